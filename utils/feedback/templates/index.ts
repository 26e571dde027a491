import type { BuiltInTemplate, LocalizedBuiltIn, TemplateLang } from '../../model/templates';
import { BUILT_IN_EN } from './builtin-en';
import { BUILT_IN_NB } from './builtin-nb';
import { BUILT_IN_SV } from './builtin-sv';

const withLang = (lang: TemplateLang, templates: BuiltInTemplate[]): LocalizedBuiltIn[] =>
  templates.map((template) => ({ ...template, lang }));

/** Every template the product ships, in every language, as the database stores them. */
export const BUILT_IN_TEMPLATES: LocalizedBuiltIn[] = [
  ...withLang('sv', BUILT_IN_SV),
  ...withLang('nb', BUILT_IN_NB),
  ...withLang('en', BUILT_IN_EN),
];
