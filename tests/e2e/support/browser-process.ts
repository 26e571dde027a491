import { readdir, readFile } from 'node:fs/promises';
import type { ExtensionBrowser } from './extension-browser';

/**
 * The id of the browser's main process: the one Chromium process started
 * with this profile folder that is not a helper (renderer, GPU, utility).
 */
async function mainProcessId(profileDir: string): Promise<number> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const commandLine = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const args = commandLine.split('\0');
    if (
      args.includes(`--user-data-dir=${profileDir}`) &&
      !args.some((a) => a.startsWith('--type='))
    ) {
      return Number(entry);
    }
  }
  throw new Error(`no browser process for ${profileDir}`);
}

/**
 * Kills the browser at once (SIGKILL), as a crash or a forced quit would:
 * no page gets to run unload handlers and nothing is flushed on the way
 * out. The profile stays, to be reopened.
 */
export async function killBrowser(browser: ExtensionBrowser): Promise<void> {
  const closed = new Promise((resolve) => browser.context.once('close', resolve));
  process.kill(await mainProcessId(browser.profileDir), 'SIGKILL');
  await closed;
}
