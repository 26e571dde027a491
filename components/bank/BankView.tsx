import type { TemplateLang } from '../../utils/model/templates';
import { BankHealth } from './BankHealth';
import { BankShare } from './BankShare';
import { BankTemplateList } from './BankTemplateList';
import type { TemplateBank } from './use-template-bank';

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
