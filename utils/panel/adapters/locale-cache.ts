import * as v from 'valibot';
import { SETTING_SCHEMAS, type Settings } from '../../model/settings';

const KEY = 'feedforward.locale';

/**
 * The interface-language setting, also kept in the extension origin's
 * localStorage: read synchronously, so a page can draw itself in the right
 * language at once instead of waiting for the database to open. The
 * database stays the source of truth; this copy follows it.
 */
export const localeCache = {
  read(): Settings['locale'] | undefined {
    try {
      const parsed = v.safeParse(SETTING_SCHEMAS.locale, globalThis.localStorage?.getItem(KEY));
      return parsed.success ? parsed.output : undefined;
    } catch {
      return undefined;
    }
  },
  write(locale: Settings['locale']): void {
    try {
      globalThis.localStorage?.setItem(KEY, locale);
    } catch {
      // Storage refused (private mode, full disk): the database still has it.
    }
  },
};
