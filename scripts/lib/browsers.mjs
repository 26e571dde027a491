/**
 * Where the browsers (and the one other program) that `npm start` and
 * `npm test` drive are found, and what to do when one is missing: on a
 * fresh Debian machine as root, install it the way `.ci/run` does; anywhere
 * else, stop before any work with one line that says what to install. A
 * run that builds, type-checks and then fails half-way through the browser
 * tests for want of a browser would cost minutes and say little.
 *
 * Plain ESM with no dependencies, so it works before `npm ci` has run;
 * `browsers.d.mts` types it for TypeScript.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The programs, each with the environment variable that points at another
 * binary, the Debian package that provides it and where it usually lives.
 */
export const TOOLS = {
  chromium: {
    name: 'Chromium',
    env: 'CHROME_PATH',
    debianPackage: 'chromium',
    places: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    windowsPlaces: [join('Google', 'Chrome', 'Application', 'chrome.exe')],
  },
  firefox: {
    name: 'Firefox',
    env: 'FIREFOX_PATH',
    debianPackage: 'firefox-esr',
    places: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
    windowsPlaces: [join('Mozilla Firefox', 'firefox.exe')],
  },
  openssl: {
    name: 'OpenSSL',
    env: 'OPENSSL_PATH',
    debianPackage: 'openssl',
    command: 'openssl',
    places: [],
    windowsPlaces: [],
  },
};

/** The places to look for `tool` on this machine, best first. */
function candidates(tool, env = process.env, platform = process.platform) {
  const found = [...tool.places];
  if (platform === 'win32') {
    for (const base of [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]) {
      if (base) found.push(...tool.windowsPlaces.map((place) => join(base, place)));
    }
  }
  if (tool.command) {
    for (const dir of (env.PATH ?? '').split(delimiter)) {
      if (dir) found.push(join(dir, platform === 'win32' ? `${tool.command}.exe` : tool.command));
    }
  }
  return found;
}

/**
 * The binary to use for `kind` ('chromium', 'firefox' or 'openssl'): the
 * one its environment variable names (even when that file is missing, so
 * that a wrong setting is reported rather than silently replaced), else the
 * first usual place that exists; `undefined` when there is none.
 */
export function findTool(kind, env = process.env, exists = existsSync) {
  const tool = TOOLS[kind];
  if (env[tool.env]) return exists(env[tool.env]) ? env[tool.env] : undefined;
  return candidates(tool, env).find((path) => exists(path));
}

/**
 * What to do about the missing tools: nothing, install their Debian
 * packages (as root where apt-get exists, and none is pinned to a path by
 * its variable), or stop with one line for `purpose` ("npm test needs…").
 */
export function planForMissing({ missing, purpose, env, isRoot, hasApt }) {
  if (missing.length === 0) return { action: 'none' };
  const tools = missing.map((kind) => TOOLS[kind]);
  const packages = tools.map((tool) => tool.debianPackage);
  const pinned = tools.filter((tool) => env[tool.env]);
  if (pinned.length > 0) {
    const wrong = pinned.map((tool) => `${tool.env}=${env[tool.env]}`).join(', ');
    return {
      action: 'stop',
      message: `${purpose} ${names(tools)}, but ${wrong} does not exist: point it at the installed program.`,
    };
  }
  if (isRoot && hasApt) return { action: 'install', packages };
  const how = hasApt
    ? `sudo apt-get install -y ${packages.join(' ')}`
    : `install ${names(tools)} (or set ${tools.map((tool) => tool.env).join(' / ')} to the program)`;
  return {
    action: 'stop',
    message: `${purpose} ${names(tools)}, which this machine lacks: ${how}`,
  };
}

/** "Chromium", "Chromium and Firefox", "Chromium, Firefox and OpenSSL". */
function names(tools) {
  const all = tools.map((tool) => tool.name);
  return all.length === 1 ? all[0] : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
}

/**
 * Makes sure every tool in `kinds` is there before a command starts its
 * work: installs the missing ones on Debian as root (output shown), or
 * prints the one line and exits with status 1.
 */
export function ensureTools(kinds, purpose) {
  const missing = kinds.filter((kind) => !findTool(kind));
  const plan = planForMissing({
    missing,
    purpose,
    env: process.env,
    isRoot: process.getuid?.() === 0,
    hasApt: existsSync('/usr/bin/apt-get'),
  });
  if (plan.action === 'none') return;
  if (plan.action === 'stop') {
    console.error(plan.message);
    process.exit(1);
  }
  console.log(`Installing ${plan.packages.join(' ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  if (!run(['update', '-qq']) || !run(['install', '-y', '-qq', ...plan.packages])) {
    console.error(`apt-get could not install ${plan.packages.join(' ')}; install it by hand.`);
    process.exit(1);
  }
  const still = kinds.filter((kind) => !findTool(kind));
  if (still.length > 0) {
    const tools = still.map((kind) => TOOLS[kind]);
    console.error(`${names(tools)} still missing after apt-get install; install it by hand.`);
    process.exit(1);
  }
}
