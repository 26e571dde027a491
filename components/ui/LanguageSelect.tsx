import { useI18n } from '../../utils/i18n/context';
import { LabelledSelect } from './LabelledSelect';

/** A language setting: one of the three languages, or "auto" (follow something else). */
export type LanguageSetting = 'auto' | 'sv' | 'nb' | 'en';

/**
 * Chooses a language at once — the interface's ("auto" follows the browser)
 * or the comment bank's ("auto" follows the interface).
 */
export function LanguageSelect(props: {
  label: string;
  autoLabel: string;
  value: LanguageSetting;
  onChange(value: LanguageSetting): void;
}) {
  const { t } = useI18n();
  return (
    <LabelledSelect<LanguageSetting>
      class="language"
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      options={[
        { value: 'auto', label: props.autoLabel },
        { value: 'sv', label: t('languageSv') },
        { value: 'nb', label: t('languageNb') },
        { value: 'en', label: t('languageEn') },
      ]}
    />
  );
}
