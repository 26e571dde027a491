import { CATALOGS, LOCALES, type MessageKey } from './index';

/** Messages the browser itself shows (manifest, toolbar, shortcut list) or the page host uses. */
export const MANIFEST_MESSAGE_KEYS = [
  'extName',
  'extDescription',
  'actionTitle',
  'commandToggle',
  'actionUnavailable',
  'hostResize',
  'hostExpand',
  'hostFrameTitle',
  'hostCovered',
  'notificationTitle',
  'notificationBody',
  'visitReminderTitle',
  'visitReminderBody',
] as const satisfies readonly MessageKey[];

/**
 * The browser's `_locales/<lang>/messages.json` files, generated from the same
 * catalogs as the panel so a translation exists in exactly one place.
 */
export function manifestLocaleFiles(): { relativeDest: string; contents: string }[] {
  return LOCALES.map((locale) => {
    const messages = Object.fromEntries(
      MANIFEST_MESSAGE_KEYS.map((key) => [key, { message: CATALOGS[locale][key] }]),
    );
    return {
      relativeDest: `_locales/${locale}/messages.json`,
      contents: `${JSON.stringify(messages, null, 2)}\n`,
    };
  });
}
