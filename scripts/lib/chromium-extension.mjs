/**
 * Headless Chromium with the built extension loaded, through playwright-core,
 * for the e2e tests and the benchmark's database figures; the benchmark's
 * panel timing starts the same browser with the same flags on its own
 * (bench/cdp-pipe.mjs), so what it measures is the browser the tests check.
 *
 * Plain ESM; `chromium-extension.d.mts` types it for TypeScript.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findTool } from './browsers.mjs';

/** The browser binary: `CHROME_PATH`, else the first Chromium or Chrome found (Debian's first). */
export const CHROMIUM = findTool('chromium') ?? '/usr/bin/chromium';

/**
 * Playwright's default `--disable-features` list includes third-party
 * storage partitioning, and with it Chromium denies IndexedDB to the panel
 * iframe; the list is passed again without that entry.
 */
export const DISABLED_FEATURES =
  '--disable-features=ImprovedCookieControls,LazyFrameLoading,GlobalMediaControls,DestroyProfileOnBrowserClose,MediaRouter,DialMediaRouteProvider,AcceptCHFrame,AutoExpandDetailsElement,CertificateTransparencyComponentUpdater,AvoidUnnecessaryBeforeUnloadCheckSync,Translate,HttpsUpgrades,PaintHolding,PlzDedicatedWorker';

/**
 * The flags every browser of ours starts with, with `extension` (an
 * absolute path) loaded: those of the e2e tests and the benchmark's, whether
 * Playwright launches the browser or the benchmark does.
 */
export function extensionArgs(extension) {
  return [
    '--no-sandbox',
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // The panel follows the browser's languages; fixed, so runs are alike anywhere.
    '--lang=en-GB',
    DISABLED_FEATURES,
  ];
}

/**
 * Starts Chromium headless with the extension in `extensionDir`, as a
 * teacher's browser with it installed would be, and learns the extension id
 * from its service worker. Without `profileDir` the profile is a fresh
 * temporary folder (named from `profilePrefix`), removed again if the launch
 * fails; `profileDir` reopens an existing profile. `close({ keepProfile })`
 * closes the browser and removes the profile unless `keepProfile`.
 */
export async function launchWithExtension({
  extensionDir,
  profileDir,
  extraArgs = [],
  profilePrefix = 'feedforward-',
  hasTouch = false,
}) {
  const extension = resolve(extensionDir);
  const profile = profileDir ?? (await mkdtemp(join(tmpdir(), profilePrefix)));
  const removeProfile = () => rm(profile, { recursive: true, force: true });
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      hasTouch,
      ignoreDefaultArgs: ['--disable-extensions', '--disable-features', '--hide-scrollbars'],
      args: [...extensionArgs(extension), ...extraArgs],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      profileDir: profile,
      async close({ keepProfile = false } = {}) {
        await context.close();
        if (!keepProfile) await removeProfile();
      },
    };
  } catch (error) {
    await context?.close().catch(() => {});
    // A profile made here is removed; one passed in is left as it was.
    if (!profileDir) await removeProfile();
    throw error;
  }
}
