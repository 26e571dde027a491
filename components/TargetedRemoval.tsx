import { useState } from 'preact/hooks';
import type { CleanUpTarget } from '../utils/db/index';
import { useI18n } from '../utils/i18n/context';
import { useAppServices } from '../utils/panel/services';
import { ConfirmRemoval } from './ConfirmRemoval';
import { LabelledSelect, type SelectOption } from './LabelledSelect';

/**
 * Choose what to delete (a school year, a class, a student), see what it
 * frees, confirm. Changing the choice starts over, so a preview is never
 * confirmed for something else.
 */
export function TargetedRemoval(props: {
  label: string;
  options: SelectOption<string>[];
  targetOf(value: string): CleanUpTarget;
  startLabel: string;
}) {
  const { repos } = useAppServices();
  const { t } = useI18n();
  const [chosen, setChosen] = useState('');
  const value = props.options.some((option) => option.value === chosen)
    ? chosen
    : (props.options[0]?.value ?? '');
  if (props.options.length === 0) return <p class="hint">{t('storageNoChoices')}</p>;
  return (
    <>
      <LabelledSelect<string>
        label={props.label}
        value={value}
        options={props.options}
        onChange={setChosen}
      />
      <ConfirmRemoval
        key={`${props.label}:${value}`}
        startLabel={props.startLabel}
        preview={() => repos.cleanUp.preview(props.targetOf(value))}
        remove={() => repos.cleanUp.remove(props.targetOf(value))}
      />
    </>
  );
}
