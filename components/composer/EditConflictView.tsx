import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { QUESTION_LABELS } from '../../utils/feedback/labels';
import { useI18n } from '../../utils/i18n/context';
import type { FeedbackPart } from '../../utils/model/records';
import type { EditConflict } from './use-edit-conflict';

/** One version's parts, each under the name the composer gives it (a self-level part is praise). */
function Version(props: { heading: string; parts: readonly Omit<FeedbackPart, 'id'>[] }) {
  const { t } = useI18n();
  const counts = new Map<string, number>();
  const named = props.parts.map((part) => {
    const name =
      part.level === 'self' ? t('composerPraiseHeading') : t(QUESTION_LABELS[part.question]);
    const count = (counts.get(name) ?? 0) + 1;
    counts.set(name, count);
    return { name, key: `${name}-${count}`, text: part.text };
  });
  return (
    <section class="version">
      <h3>{props.heading}</h3>
      <dl>
        {named.map(({ name, key, text }) => (
          <Fragment key={key}>
            <dt>{name}</dt>
            <dd>{text}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

/**
 * The edited item changed in another tab. First one line says so as soon as
 * it happens; once the teacher compares (or saves anyway), both versions are
 * shown side by side with the three ways out, and focus goes there. Nothing
 * is written over until the teacher chooses.
 */
export function EditConflictView(props: {
  conflict: EditConflict;
  /** What the composer holds now. */
  mine: readonly Omit<FeedbackPart, 'id'>[];
}) {
  const { t } = useI18n();
  const { conflict } = props;
  const group = useRef<HTMLFieldSetElement>(null);
  const shown = conflict.shown;
  useEffect(() => {
    if (shown) group.current?.focus();
  }, [shown]);

  if (shown) {
    const theirs = shown.theirs;
    return (
      <fieldset class="edit-conflict" ref={group} tabIndex={-1}>
        <legend>{t('conflictHeading')}</legend>
        <p role="alert">{theirs ? t('conflictChanged') : t('conflictDeleted')}</p>
        <div class="versions">
          {theirs && <Version heading={t('conflictTheirs')} parts={theirs.parts} />}
          <Version heading={t('conflictMine')} parts={props.mine} />
        </div>
        <div class="actions">
          {theirs && (
            <button type="button" onClick={conflict.keepMine}>
              {t('conflictKeepMine')}
            </button>
          )}
          <button type="button" onClick={conflict.keepTheirs}>
            {theirs ? t('conflictKeepTheirs') : t('conflictDiscardMine')}
          </button>
          <button type="button" onClick={conflict.keepBoth}>
            {theirs ? t('conflictKeepBoth') : t('conflictSaveAsNew')}
          </button>
        </div>
      </fieldset>
    );
  }
  if (conflict.changedElsewhere === undefined) return null;
  const theirs = conflict.changedElsewhere;
  return (
    <div class="edit-conflict-notice" role="status">
      <p>{theirs ? t('conflictChangedNotice') : t('conflictDeletedNotice')}</p>
      <button type="button" onClick={() => conflict.open(theirs)}>
        {t('conflictCompare')}
      </button>
    </div>
  );
}
