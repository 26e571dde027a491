import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import {
  createPluralTranslator,
  createTranslator,
  type Locale,
  type Translate,
  type TranslatePlural,
} from './index';

/** The interface language in force and the text lookup bound to it. */
export interface I18n {
  locale: Locale;
  t: Translate;
  /** A counted message, its form chosen by the language's plural rules. */
  plural: TranslatePlural;
}

/** Builds the context value for one language. */
export function createI18n(locale: Locale): I18n {
  return { locale, t: createTranslator(locale), plural: createPluralTranslator(locale) };
}

/** Provided once at the root; switching language re-renders every consumer at once. */
export const I18nContext = createContext<I18n>(createI18n('en'));

/** The current language and translator, for components. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
