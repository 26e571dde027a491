import { useEffect, useMemo, useState } from 'preact/hooks';
import { createI18n, type I18n } from '../../utils/i18n/context';
import { type MessageKey, resolveLocale } from '../../utils/i18n/index';
import type { Settings } from '../../utils/model/settings';
import type { TemplateLang } from '../../utils/model/templates';
import { localeCache } from '../../utils/panel/adapters/locale-cache';
import { useSetting, useSettingFrom } from '../../utils/panel/hooks/use-setting';
import type { Repositories } from '../../utils/panel/services/types';

/** The interface language of an extension page, as set or as the browser has it. */
export interface InterfaceLanguage {
  setting: Settings['locale'];
  /** False until the stored setting is read: render nothing, rather than flash the wrong language. */
  ready: boolean;
  i18n: I18n;
}

/**
 * The teacher's language setting (else the browser's language) for a whole
 * page, kept current when another page changes it; the page's `lang` and
 * title follow, so screen readers pronounce it right. The setting last read
 * is remembered outside the database, so the page is drawn at once in the
 * right language while the database opens.
 */
export function useInterfaceLanguage(
  repos: Repositories,
  browserLanguages: readonly string[],
  titleKey: MessageKey,
): InterfaceLanguage {
  const stored = useSettingFrom(repos.settings, 'locale');
  const [cached] = useState(() => localeCache.read());
  useEffect(() => {
    if (stored.ready) localeCache.write(stored.value);
  }, [stored.ready, stored.value]);
  const ready = stored.ready || cached !== undefined;
  const setting = stored.ready || cached === undefined ? stored.value : cached;
  const locale = resolveLocale(setting, browserLanguages);
  const i18n = useMemo(() => createI18n(locale), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = i18n.t(titleKey);
  }, [locale, i18n, titleKey]);
  return { setting, ready, i18n };
}

/** The comment bank's language: its own setting, or ('auto') the interface's. */
export function useTemplateLanguage(interfaceLocale: TemplateLang): {
  setting: Settings['templateLocale'];
  lang: TemplateLang;
} {
  const setting = useSetting('templateLocale');
  return { setting, lang: setting === 'auto' ? interfaceLocale : setting };
}
