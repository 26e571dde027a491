import { browser } from 'wxt/browser';
import type { MANIFEST_MESSAGE_KEYS } from './manifest-locales';

/** A message the browser's own `_locales` files carry. */
export type BrowserMessageKey = (typeof MANIFEST_MESSAGE_KEYS)[number];

/**
 * Reads a message from the browser's `_locales`, in the browser's language.
 * For the few places that run before the panel (toolbar title, the host's
 * labels until the panel sends its own). The files are generated at build
 * time from the catalogs, so their keys are typed here rather than by WXT.
 */
export function browserMessage(key: BrowserMessageKey): string {
  const getMessage = browser.i18n.getMessage as (name: string) => string;
  return getMessage(key);
}
