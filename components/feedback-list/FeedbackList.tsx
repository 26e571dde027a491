import { useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import type { FeedbackItemRecord } from '../../utils/model/records';
import { type FeedbackItemActions, FeedbackListItem, type RevealOutcome } from './FeedbackListItem';
import type { Activation, AnchorStatus } from './use-placement';

/**
 * The document's saved feedback, in the order it was written. Items whose
 * passage is gone from the page stay in place, marked, and are counted at
 * the top so the teacher notices them.
 */
export function FeedbackList(
  props: {
    items: FeedbackItemRecord[] | undefined;
    error: unknown;
    onReveal(item: FeedbackItemRecord): Promise<RevealOutcome>;
    editingId: string | null;
    /** An item to bring into view: a follow-up the teacher came for, or a clicked highlight. */
    focus: { id: string; seq: number } | null;
    /** The highlight the teacher points at in the page. */
    activation: Activation | null;
    statusOf(id: string): AnchorStatus;
    canEdit: boolean;
    hasSelection: boolean;
  } & Omit<FeedbackItemActions, 'onReveal'>,
) {
  const { t } = useI18n();
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, RevealOutcome>>(new Map());
  const items = props.items ?? [];
  const orphans = items.filter(
    (item) => item.anchor && props.statusOf(item.id) === 'orphaned',
  ).length;
  const hoveredId = props.activation?.how === 'hover' ? props.activation.id : null;

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
      {orphans > 0 && (
        <p class="warning" role="status" data-testid="orphan-count">
          {t('anchorOrphanedCount', { count: orphans })}
        </p>
      )}
      <ol>
        {items.map((item, index) => (
          <FeedbackListItem
            key={item.id}
            item={item}
            number={index + 1}
            revealOutcome={outcomes.get(item.id)}
            anchorStatus={props.statusOf(item.id)}
            editing={props.editingId === item.id}
            focusRequest={props.focus?.id === item.id ? props.focus.seq : undefined}
            hovered={hoveredId === item.id}
            canEdit={props.canEdit}
            hasSelection={props.hasSelection}
            onReveal={reveal}
            onEdit={props.onEdit}
            onDelete={props.onDelete}
            onInsert={props.onInsert}
            onCopy={props.onCopy}
            onReattach={props.onReattach}
          />
        ))}
      </ol>
    </section>
  );
}
