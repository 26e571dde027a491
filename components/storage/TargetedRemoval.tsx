import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import { useAppServices } from '../../utils/panel/services/context';
import type { CleanUpTarget } from '../../utils/panel/services/types';
import { LabelledSelect, type SelectOption } from '../ui/LabelledSelect';
import { ConfirmRemoval } from './ConfirmRemoval';

/**
 * Choose what to delete (a school year, a class, a student), see what it
 * frees, confirm. Changing the choice starts over, so a preview is never
 * confirmed for something else; the choice vanishing from the list because
 * it was just deleted does not, so the summary stays readable.
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
  // What is deleted is what was previewed, even if the list changed in between.
  const previewed = useRef<CleanUpTarget | null>(null);
  const value = props.options.some((option) => option.value === chosen)
    ? chosen
    : (props.options[0]?.value ?? '');
  const empty = props.options.length === 0;
  return (
    <>
      {empty ? (
        <p class="hint">{t('storageNoChoices')}</p>
      ) : (
        <LabelledSelect<string>
          label={props.label}
          value={value}
          options={props.options}
          onChange={setChosen}
        />
      )}
      <ConfirmRemoval
        key={`${props.label}:${chosen}`}
        disabled={empty}
        startLabel={props.startLabel}
        preview={() => {
          previewed.current = props.targetOf(value);
          return repos.cleanUp.preview(previewed.current);
        }}
        remove={() => repos.cleanUp.remove(previewed.current ?? props.targetOf(value))}
      />
    </>
  );
}
