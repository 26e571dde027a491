import { useId } from 'preact/hooks';
import type { WorkLevel } from '../../utils/feedback/composer';
import { LEVEL_LABELS } from '../../utils/feedback/labels';
import { useI18n } from '../../utils/i18n/context';

const WORK_LEVELS: WorkLevel[] = ['task', 'process', 'selfRegulation'];

/**
 * The level of one part as a row of three chips — one line instead of a
 * labelled select — built from radio buttons, so arrow keys move between
 * levels and screen readers announce the choice as usual.
 */
export function LevelChips(props: {
  /** Names the group for screen readers, e.g. "Level of Feed back". */
  label: string;
  value: WorkLevel;
  /** The level came with a template the teacher inserted. */
  fromTemplate: boolean;
  onChange(level: WorkLevel): void;
}) {
  const { t } = useI18n();
  const name = useId();
  return (
    <div
      class="level-chips"
      role="radiogroup"
      aria-label={props.label}
      title={props.fromTemplate ? t('composerLevelFromTemplate') : undefined}
    >
      {props.fromTemplate && <span class="visually-hidden">{t('composerLevelFromTemplate')}</span>}
      {WORK_LEVELS.map((level) => (
        <label key={level} class={`level-chip level-${level}`}>
          <input
            type="radio"
            name={name}
            value={level}
            checked={props.value === level}
            onChange={() => props.onChange(level)}
          />
          <span>{t(LEVEL_LABELS[level])}</span>
        </label>
      ))}
    </div>
  );
}
