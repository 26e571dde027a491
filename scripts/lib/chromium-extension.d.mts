/** Types for `chromium-extension.mjs` (plain ESM, so that Node scripts run it as is). */
import type { BrowserContext } from 'playwright-core';

/** The browser binary: `CHROME_PATH`, else the first Chromium or Chrome found (Debian's first). */
export declare const CHROMIUM: string;

/** Playwright's default `--disable-features` flag, less third-party storage partitioning. */
export declare const DISABLED_FEATURES: string;

/** The flags every browser of ours starts with, with the extension at `extension` loaded. */
export declare function extensionArgs(extension: string): string[];

export interface LaunchOptions {
  /** The built, unpacked extension to load. */
  extensionDir: string;
  /** An existing profile to reopen; by default a fresh temporary one. */
  profileDir?: string;
  /** More Chromium flags, after the usual ones. */
  extraArgs?: string[];
  /** The start of a fresh profile's folder name in the temp folder. */
  profilePrefix?: string;
  /** A touch screen (taps, touch events), as on a tablet. */
  hasTouch?: boolean;
}

/** Chromium with the extension loaded, in its profile. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** Closes the browser; the profile is kept when `keepProfile` (to reopen it). */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Starts Chromium headless with the extension and learns its id from the
 * extension's service worker.
 */
export declare function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser>;
