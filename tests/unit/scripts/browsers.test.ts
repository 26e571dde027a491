import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findTool, planForMissing } from '../../../scripts/lib/browsers.mjs';

const onDebian = (path: string) => ['/usr/bin/chromium', '/usr/bin/openssl'].includes(path);

describe('finding the browsers the commands drive', () => {
  it('takes the usual place first and looks the OpenSSL command up on the PATH', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin' };
    expect(findTool('chromium', env, onDebian)).toBe('/usr/bin/chromium');
    expect(findTool('openssl', env, onDebian)).toBe('/usr/bin/openssl');
    expect(findTool('firefox', env, onDebian)).toBeUndefined();
  });

  it('uses the binary a variable names, and reports it missing rather than falling back', () => {
    expect(findTool('chromium', { CHROME_PATH: '/opt/chrome' }, () => true)).toBe('/opt/chrome');
    expect(findTool('chromium', { CHROME_PATH: '/opt/chrome' }, onDebian)).toBeUndefined();
  });
});

describe('what a command does when one is missing', () => {
  const base = { purpose: 'npm test needs', env: {}, isRoot: false, hasApt: true };

  it('goes on when nothing is missing', () => {
    expect(planForMissing({ ...base, missing: [] })).toEqual({ action: 'none' });
  });

  it('installs the Debian packages as root, as CI does', () => {
    expect(planForMissing({ ...base, isRoot: true, missing: ['chromium', 'firefox'] })).toEqual({
      action: 'install',
      packages: ['chromium', 'firefox-esr'],
    });
  });

  it('otherwise stops with one line naming the exact command', () => {
    const plan = planForMissing({ ...base, missing: ['chromium', 'firefox', 'openssl'] });
    expect(plan).toEqual({
      action: 'stop',
      message:
        'npm test needs Chromium, Firefox and OpenSSL, which this machine lacks: sudo apt-get install -y chromium firefox-esr openssl',
    });
  });

  it('without apt-get names the programs and the variables that point at them', () => {
    const plan = planForMissing({ ...base, hasApt: false, missing: ['firefox'] });
    expect(plan).toEqual({
      action: 'stop',
      message:
        'npm test needs Firefox, which this machine lacks: install Firefox (or set FIREFOX_PATH to the program)',
    });
  });

  it('does not install over a variable that points at a missing file', () => {
    const plan = planForMissing({
      ...base,
      isRoot: true,
      env: { CHROME_PATH: '/opt/nothing' },
      missing: ['chromium'],
    });
    expect(plan).toEqual({
      action: 'stop',
      message:
        'npm test needs Chromium, but CHROME_PATH=/opt/nothing does not exist: point it at the installed program.',
    });
  });
});

describe('the first step of npm test', () => {
  it('stops at once with one line and status 1', () => {
    const run = spawnSync(
      process.execPath,
      ['scripts/ensure-tools.mjs', 'npm test', 'chromium', 'openssl'],
      { env: { ...process.env, CHROME_PATH: '/opt/no-such-chromium' }, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'npm test needs Chromium, but CHROME_PATH=/opt/no-such-chromium does not exist: point it at the installed program.',
    ]);
  });
});
