#!/usr/bin/env node
/**
 * `npm start`: run the product, in one command.
 *
 * Feedforward is a browser extension, so "running it" means building it,
 * giving it something to work on and opening a browser with it installed.
 * This script does exactly that, so that a teacher, a reviewer or a new
 * developer can see the extension at work without knowing WXT or Chrome's
 * developer flags:
 *
 * 1. builds the extension (`npx wxt build`, output in `.output/chrome-mv3`;
 *    with `--firefox`, `npx wxt build -b firefox` into `.output/firefox-mv3`);
 * 2. serves the demo essays in `tests/fixtures/pages/` on a loopback port;
 * 3. when there is a display, opens Chromium or Chrome (or, with
 *    `--firefox`, Firefox) with a fresh, throw-away profile, the extension
 *    loaded and a demo essay open — having installed the browser first on
 *    Debian as root, or stopped before building with one line saying what
 *    to install;
 * 4. without a display, prints how to load the extension by hand and keeps serving.
 *
 * Plain Node (20+) with no dependencies, so it runs before anything else works.
 * Run `node scripts/start.mjs --help` for the options.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTools, findTool } from './lib/browsers.mjs';
import { serveFolder } from './lib/serve-folder.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIREFOX = process.argv.includes('--firefox');
const EXTENSION_DIR = join(ROOT, '.output', FIREFOX ? 'firefox-mv3' : 'chrome-mv3');
const PAGES_DIR = join(ROOT, 'tests', 'fixtures', 'pages');
const DEMO_PAGES = { en: 'essay-en.html', sv: 'essay-sv.html', nb: 'essay-nb.html' };

const HELP = `Usage: npm start [-- options]   (or: node scripts/start.mjs [options])

Builds the Feedforward extension, serves the demo essays on 127.0.0.1 and,
when there is a display, opens Chromium/Chrome with the extension loaded in a
fresh temporary profile. A missing Chromium is installed with apt-get when
run as root on Debian; otherwise the command stops at once and says what to
install. Without a display it prints how to load the extension by hand.

Options:
  --firefox      build for Firefox and open Firefox instead (Firefox ESR,
                 Developer Edition or Nightly: they can run an unsigned add-on)
  --build-only   build, print where the extension is and how to load it, exit
  --help, -h     show this help

Environment:
  CHROME_PATH              browser binary to use (default: the first found of
                           /usr/bin/chromium, /usr/bin/chromium-browser,
                           /usr/bin/google-chrome, the usual macOS/Windows paths)
  FIREFOX_PATH             Firefox binary for --firefox (default: the first found
                           of /usr/bin/firefox-esr, /usr/bin/firefox, macOS/Windows)
  FEEDFORWARD_DEMO_LANG    demo essay to open: en (default), sv or nb
`;

const INSTRUCTIONS =
  'Click the Feedforward toolbar button (or press Alt+Shift+F), select a passage, write feedback.';

/** Runs `npx wxt build` in the project, with its output on this terminal. */
function build() {
  const windows = process.platform === 'win32';
  return new Promise((done) => {
    const args = FIREFOX ? ['wxt', 'build', '-b', 'firefox'] : ['wxt', 'build'];
    const child = spawn(windows ? 'npx.cmd' : 'npx', args, {
      cwd: ROOT,
      stdio: 'inherit',
      shell: windows,
    });
    child.on('error', (error) => {
      console.error(`Could not run "npx ${args.join(' ')}": ${error.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Serves `tests/fixtures/pages/` on 127.0.0.1 at a free port, with an index
 * of the demo pages at `/`. Only files inside that folder are served;
 * anything else is 403 (outside) or 404.
 */
function serveDemoPages() {
  return serveFolder(PAGES_DIR, {
    index: { title: 'Feedforward demo pages', source: 'tests/fixtures/pages' },
  });
}

/** Which browser `npm start` opens: the one place that decides (`--firefox` or not). */
function browserKind() {
  return FIREFOX ? 'firefox' : 'chromium';
}

/** Whether a browser window could be shown here. */
function hasDisplay() {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** The demo essay chosen by `FEEDFORWARD_DEMO_LANG` (en, sv or nb). */
function demoPage() {
  const lang = (process.env.FEEDFORWARD_DEMO_LANG ?? 'en').trim().toLowerCase();
  if (lang in DEMO_PAGES) return DEMO_PAGES[lang];
  console.warn(`FEEDFORWARD_DEMO_LANG="${lang}" is not en, sv or nb; opening the English essay.`);
  return DEMO_PAGES.en;
}

function printManualInstructions(server) {
  console.log(`
The built extension is in:
  ${EXTENSION_DIR}
`);
  console.log(
    FIREFOX
      ? `To load it into Firefox (until Firefox closes):
  1. open about:debugging#/runtime/this-firefox
  2. click "Load Temporary Add-on…"
  3. choose ${join(EXTENSION_DIR, 'manifest.json')}`
      : `To load it into Chrome or Chromium:
  1. open chrome://extensions
  2. switch on "Developer mode" (top right)
  3. click "Load unpacked" and choose the folder above`,
  );
  if (server) {
    console.log(`
Demo pages are served at ${server.origin}/ :
  ${server.url(DEMO_PAGES.en)}
  ${server.url(DEMO_PAGES.sv)}
  ${server.url(DEMO_PAGES.nb)}

Open one, then: ${INSTRUCTIONS}
Press Ctrl+C to stop the server.`);
  } else {
    console.log(`
Then open any page and: ${INSTRUCTIONS}
(Run "npm start" without --build-only to also serve the demo essays.)`);
  }
}

/**
 * Ctrl+C (and termination requests) run whatever `setStop` last registered,
 * once; until then they simply exit.
 */
let stopAction = async () => process.exit(130);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // A second Ctrl+C does not wait for the cleanup.
    if (stopping) process.exit(130);
    stopping = true;
    void stopAction();
  });
}
function setStop(action) {
  stopAction = action;
}

/** Serves until Ctrl+C, for when no browser can be opened here. */
function serveUntilInterrupted(server) {
  printManualInstructions(server);
  setStop(async () => {
    await server.close();
    process.exit(0);
  });
}

/** Chromium's arguments: the throw-away profile, the unpacked extension, the essay. */
function chromiumArgs(profileDir, url) {
  const args = [
    `--user-data-dir=${profileDir}`,
    `--load-extension=${EXTENSION_DIR}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  // Chromium refuses to start as root with its sandbox on (containers, CI images).
  if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox');
  args.push(url);
  return args;
}

/**
 * Firefox's arguments, and the throw-away profile made ready for them.
 * Firefox has no flag that loads an unpacked extension, so the profile
 * gets a proxy file (named with the add-on id, holding the build folder's
 * path) in its extensions folder, and prefs that let it run unsigned and
 * enabled: ESR, Developer Edition and Nightly honour
 * `xpinstall.signatures.required`, release Firefox does not (load it by
 * hand there, see --build-only).
 */
async function firefoxArgs(profileDir, url) {
  // The add-on id is the build's own (scripts/lib/firefox-build.ts).
  const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings.gecko.id;
  await mkdir(join(profileDir, 'extensions'));
  await writeFile(join(profileDir, 'extensions', id), EXTENSION_DIR);
  const prefs = {
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    'extensions.startupScanScopes': 1,
    'browser.shell.checkDefaultBrowser': false,
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.auto': false,
  };
  const lines = Object.entries(prefs).map(
    ([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`,
  );
  await writeFile(join(profileDir, 'user.js'), `${lines.join('\n')}\n`);
  return ['--profile', profileDir, '--no-remote', '--new-instance', url];
}

/** Opens the browser on the demo essay and serves until it closes or Ctrl+C. */
async function runBrowser(binary, server) {
  const profileDir = await mkdtemp(join(tmpdir(), 'feedforward-profile-'));
  const removeProfile = () =>
    // The browser may still be writing to its profile for a moment after exit.
    rm(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  const url = server.url(demoPage());
  const args = FIREFOX ? await firefoxArgs(profileDir, url) : chromiumArgs(profileDir, url);

  // Until the browser is up, Ctrl+C only has the profile to clean up.
  setStop(async () => {
    await server.close();
    await removeProfile();
    process.exit(130);
  });

  const browser = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  // The browser's own log is noise here, unless it fails.
  let log = '';
  browser.stderr.on('data', (chunk) => {
    log = (log + chunk).slice(-4000);
  });
  const exited = new Promise((done) => {
    browser.once('exit', (code, signal) => done({ code, signal }));
  });

  browser.once('error', async (error) => {
    console.error(`Could not start ${binary}: ${error.message}`);
    await removeProfile();
    serveUntilInterrupted(server);
  });

  browser.once('spawn', () => {
    console.log(`
Opened ${binary}
  with the extension from ${EXTENSION_DIR}
  on ${url}
  (temporary profile: ${profileDir})

${INSTRUCTIONS}
${
  FIREFOX
    ? 'The button is on the toolbar; if not, find it in the Extensions (puzzle-piece) menu.'
    : 'If the toolbar button is hidden, pin it from the puzzle-piece (Extensions) menu.'
}`);
    if (/google chrome|google-chrome|chrome\.exe/i.test(binary)) {
      console.log(`
Note: Google Chrome 137 and later ignore --load-extension. If Feedforward is
missing, load ${EXTENSION_DIR} by hand (chrome://extensions → Developer mode →
Load unpacked), or set CHROME_PATH to Chromium or Chrome for Testing.`);
    }
    console.log(`
Demo pages: ${server.origin}/
Close the browser or press Ctrl+C to stop.`);

    let interrupted = false;
    setStop(async () => {
      interrupted = true;
      console.log('\nStopping the browser and the demo server…');
      // On a terminal the browser got the Ctrl+C too and may be gone already.
      if (browser.exitCode === null && browser.signalCode === null) browser.kill('SIGTERM');
      const force = setTimeout(() => browser.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(force);
    });

    void exited.then(async ({ code, signal }) => {
      if (!interrupted) {
        if (code !== 0 && !signal && log.trim()) {
          console.error(`The browser exited with code ${code}. Its last output:\n${log.trim()}`);
        } else {
          console.log('The browser was closed; stopping.');
        }
      }
      await server.close();
      await removeProfile();
      process.exit(interrupted || code === 0 || signal ? 0 : 1);
    });
  });
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  const unknown = args.filter((arg) => arg !== '--build-only' && arg !== '--firefox');
  if (unknown.length > 0) {
    console.error(`Unknown option: ${unknown.join(' ')}\n`);
    process.stderr.write(HELP);
    process.exit(2);
  }

  const buildOnly = args.includes('--build-only');
  const display = hasDisplay();
  // Before the build: a machine that cannot show the essay hears so at once.
  if (!buildOnly && display) ensureTools([browserKind()], 'npm start needs');

  const status = await build();
  if (status !== 0) {
    console.error(`\nThe build failed (exit code ${status}).`);
    process.exit(status);
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`\nThe build did not produce ${join(EXTENSION_DIR, 'manifest.json')}.`);
    process.exit(1);
  }

  if (buildOnly) {
    printManualInstructions();
    return;
  }

  const server = await serveDemoPages();
  if (display) {
    await runBrowser(findTool(browserKind()), server);
    return;
  }
  console.log(
    '\nNo display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser is opened.',
  );
  serveUntilInterrupted(server);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
