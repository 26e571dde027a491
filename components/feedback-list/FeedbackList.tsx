import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import type { FeedbackItemRecord } from '../../utils/model/records';
import { useStartupMark } from '../../utils/panel/hooks/use-startup-mark';
import { useFeedbackActions } from '../../utils/panel/services/feedback-actions';
import type { RevealOutcome } from '../../utils/panel/services/reveal';
import { useDocumentSession } from '../../utils/panel/session/context';
import { FeedbackListItem } from './FeedbackListItem';
import type { Activation, AnchorStatus } from './use-placement';

/** How many items are shown at first, and added by each "show older". */
export const LIST_PAGE_SIZE = 20;

/**
 * The document's saved feedback, newest first (numbered in the order it
 * was written), read from the document's session. A document with hundreds
 * of items shows the newest page and more on request, so the panel opens
 * and scrolls as fast as with a few; an item asked for (just saved, or its
 * highlight clicked) is always shown. Items whose passage is gone from the
 * page, or whose saved passage could not be read, stay usable and are
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
  const [shownCount, setShownCount] = useState(LIST_PAGE_SIZE);
  useStartupMark('items-listed', items.length > 0);

  // An item asked for beyond the page shown brings the older items up to it into view.
  useEffect(() => {
    if (!focus) return;
    const fromNewest = items.length - items.findIndex((item) => item.id === focus.id);
    if (fromNewest <= items.length && fromNewest > shownCount) setShownCount(fromNewest);
  }, [focus, items, shownCount]);
  const newestFirst = items
    .map((item, index) => ({ item, number: index + 1 }))
    .reverse()
    .slice(0, shownCount);
  const older = items.length - newestFirst.length;

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
      <ol reversed>
        {newestFirst.map(({ item, number }) => (
          <FeedbackListItem
            key={item.id}
            item={item}
            number={number}
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
      {older > 0 && (
        <button type="button" onClick={() => setShownCount((count) => count + LIST_PAGE_SIZE)}>
          {t('listMore', { count: Math.min(older, LIST_PAGE_SIZE) })}
        </button>
      )}
    </section>
  );
}
