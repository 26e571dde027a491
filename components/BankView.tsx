import type { TemplateLang } from '../utils/feedback/templates/types';
import type { TemplateBank } from '../utils/panel/use-template-bank';

/** The comment bank's own tab: the teacher's templates, the bank's health, sharing. */
export function BankView(_props: { bank: TemplateBank; templateLang: TemplateLang }) {
  return null;
}
