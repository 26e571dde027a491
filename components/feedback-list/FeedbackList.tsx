import { useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import type { FeedbackItemRecord } from '../../utils/model/records';
import { useFeedbackActions } from '../../utils/panel/services/feedback-actions';
import type { RevealOutcome } from '../../utils/panel/services/reveal';
import { useDocumentSession } from '../../utils/panel/session/context';
import { FeedbackListItem } from './FeedbackListItem';
import type { Activation, AnchorStatus } from './use-placement';

/**
 * The document's saved feedback, in the order it was written, read from the
 * document's session. Items whose passage is gone from the page, or whose
 * saved passage could not be read, stay in place and usable, and are
 * counted at the top so the teacher notices them.
 */
export function FeedbackList(props: {
  /** The highlight the teacher points at in the page. */
  activation: Activation | null;
  statusOf(id: string): AnchorStatus;
}) {
  const { t } = useI18n();
  const { items: loaded, itemsError, editing, passage } = useDocumentSession();
  const actions = useFeedbackActions();
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, RevealOutcome>>(new Map());
  const items = loaded ?? [];
  const countOf = (status: AnchorStatus) =>
    items.filter((item) => item.anchor && props.statusOf(item.id) === status).length;
  const orphans = countOf('orphaned');
  const unreadable = countOf('invalid');
  const hoveredId = props.activation?.how === 'hover' ? props.activation.id : null;
  const { focus } = editing;

  const reveal = async (item: FeedbackItemRecord) => {
    const outcome = await actions.reveal(item);
    setOutcomes((previous) => new Map(previous).set(item.id, outcome));
  };

  return (
    <section class="feedback-list" aria-labelledby="feedback-list-heading">
      <h2 id="feedback-list-heading">{t('listHeading', { count: items.length })}</h2>
      {itemsError !== undefined && (
        <p class="warning" role="alert">
          {t('listLoadFailed', { reason: String(itemsError) })}
        </p>
      )}
      {loaded !== undefined && items.length === 0 && <p class="hint">{t('listEmpty')}</p>}
      {orphans > 0 && (
        <p class="warning" role="status" data-testid="orphan-count">
          {t('anchorOrphanedCount', { count: orphans })}
        </p>
      )}
      {unreadable > 0 && (
        <p class="warning" role="status" data-testid="unreadable-count">
          {t('anchorUnreadableCount', { count: unreadable })}
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
            editing={editing.editingId === item.id}
            focusRequest={focus?.id === item.id ? focus.seq : undefined}
            hovered={hoveredId === item.id}
            canEdit={editing.composerEmpty}
            hasSelection={passage !== null}
            onReveal={reveal}
          />
        ))}
      </ol>
    </section>
  );
}
