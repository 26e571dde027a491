import { useState } from 'preact/hooks';
import type { FeedbackItemRecord } from '../utils/db/index';
import { useI18n } from '../utils/i18n/context';
import { FeedbackListItem, type RevealOutcome } from './FeedbackListItem';

/** The document's saved feedback, in the order it was written. */
export function FeedbackList(props: {
  items: FeedbackItemRecord[] | undefined;
  error: unknown;
  onReveal(item: FeedbackItemRecord): Promise<RevealOutcome>;
  editingId: string | null;
  /** An item to bring into view (a follow-up the teacher came for). */
  focusId?: string | null;
  canEdit: boolean;
  onEdit(item: FeedbackItemRecord): void;
  onDelete(item: FeedbackItemRecord): void;
}) {
  const { t } = useI18n();
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, RevealOutcome>>(new Map());
  const items = props.items ?? [];

  const reveal = async (item: FeedbackItemRecord) => {
    const outcome = await props.onReveal(item);
    setOutcomes((previous) => new Map(previous).set(item.id, outcome));
  };

  return (
    <section class="feedback-list" aria-labelledby="feedback-list-heading">
      <h2 id="feedback-list-heading">{t('listHeading', { count: items.length })}</h2>
      {props.error !== undefined && (
        <p class="warning" role="alert">
          {t('listLoadFailed', { reason: String(props.error) })}
        </p>
      )}
      {props.items !== undefined && items.length === 0 && <p class="hint">{t('listEmpty')}</p>}
      <ol>
        {items.map((item, index) => (
          <FeedbackListItem
            key={item.id}
            item={item}
            number={index + 1}
            revealOutcome={outcomes.get(item.id)}
            editing={props.editingId === item.id}
            focused={props.focusId === item.id}
            canEdit={props.canEdit}
            onReveal={reveal}
            onEdit={props.onEdit}
            onDelete={props.onDelete}
          />
        ))}
      </ol>
    </section>
  );
}
