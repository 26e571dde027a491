import type { TemplateLang } from '../utils/feedback/templates/types';
import type { TemplateBank } from '../utils/panel/use-template-bank';
import { BankHealth } from './BankHealth';
import { BankShare } from './BankShare';
import { BankTemplateList } from './BankTemplateList';

/** The comment bank's own tab: the teacher's templates, the bank's health, sharing. */
export function BankView(props: { bank: TemplateBank; templateLang: TemplateLang }) {
  return (
    <div class="bank-view">
      <BankTemplateList bank={props.bank} templateLang={props.templateLang} />
      <BankHealth templates={props.bank.templates} templateLang={props.templateLang} />
      <BankShare />
    </div>
  );
}
