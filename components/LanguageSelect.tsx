import type { Settings } from '../utils/db/index';
import { useI18n } from '../utils/i18n/context';
import { LabelledSelect } from './LabelledSelect';

/** Switches the interface language at once; "browser language" follows the browser. */
export function LanguageSelect(props: {
  value: Settings['locale'];
  onChange(locale: Settings['locale']): void;
}) {
  const { t } = useI18n();
  return (
    <LabelledSelect
      class="language"
      label={t('languageLabel')}
      value={props.value}
      onChange={props.onChange}
      options={[
        { value: 'auto', label: t('languageAuto') },
        { value: 'sv', label: t('languageSv') },
        { value: 'nb', label: t('languageNb') },
        { value: 'en', label: t('languageEn') },
      ]}
    />
  );
}
