import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { followUpDoneAt, followUpState } from '../../utils/feedback/follow-ups';
import { useI18n } from '../../utils/i18n/context';
import { formatDateTime, formatDay } from '../../utils/i18n/index';
import type { FeedbackItemRecord } from '../../utils/model/records';
import { useFeedbackActions } from '../../utils/panel/services/feedback-actions';
import type { RevealOutcome } from '../../utils/panel/services/reveal';
import { compactText } from '../../utils/text/compact';
import { FeedbackPartView } from './FeedbackPartView';
import { InsertActions } from './InsertActions';
import { OrphanNotice } from './OrphanNotice';
import { OutcomeControls } from './OutcomeControls';
import { RevisionNote } from './RevisionNote';
import type { AnchorStatus } from './use-placement';

const MAX_QUOTE_LENGTH = 140;

/**
 * One saved item: its passage (a button that shows the passage in the
 * document, or a notice when the passage is gone), its parts tagged with
 * question and level, and what can be done with it. All stored text is
 * rendered as text, never as HTML.
 */
export function FeedbackListItem(props: {
  item: FeedbackItemRecord;
  number: number;
  revealOutcome: RevealOutcome | undefined;
  anchorStatus: AnchorStatus;
  /** This item is open in the composer. */
  editing: boolean;
  /** Changes each time the item should be brought into view and focused. */
  focusRequest?: number;
  /** The teacher is pointing at this item's passage in the page. */
  hovered: boolean;
  /** Editing is not offered while the composer holds other unsaved text. */
  canEdit: boolean;
  /** A passage is selected in the page (an orphaned item can move there). */
  hasSelection: boolean;
  /** Shows the passage in the page; the list keeps what came of it. */
  onReveal(item: FeedbackItemRecord): void;
  /** The clock the follow-up is due by (tests pass their own). */
  now?: () => number;
}) {
  const { t, locale } = useI18n();
  const actions = useFeedbackActions();
  const { item } = props;
  const quote = item.anchor ? compactText(item.anchor.quote.exact, MAX_QUOTE_LENGTH) : null;
  const orphaned = item.anchor !== null && props.anchorStatus === 'orphaned';
  const element = useRef<HTMLLIElement>(null);
  const [reattached, setReattached] = useState(false);
  const now = (props.now ?? Date.now)();
  const followUp = followUpState(item, now);

  useLayoutEffect(() => {
    if (props.focusRequest === undefined) return;
    element.current?.scrollIntoView({ block: 'center' });
    element.current?.focus();
  }, [props.focusRequest]);

  const classes = ['feedback-item'];
  if (props.editing) classes.push('editing');
  if (props.focusRequest !== undefined) classes.push('focused');
  if (props.hovered) classes.push('hovered');
  if (orphaned) classes.push('orphaned');

  return (
    <li
      ref={element}
      tabIndex={props.focusRequest !== undefined ? -1 : undefined}
      class={classes.join(' ')}
      data-testid="feedback-item"
      data-anchor={item.anchor ? props.anchorStatus : 'document'}
    >
      {quote ? (
        <button
          type="button"
          class="quote-button"
          aria-label={t('listShowInDocument', { quote })}
          onClick={() => props.onReveal(item)}
        >
          <span class="quote">{quote}</span>
        </button>
      ) : (
        <p class="whole-document">{t('passageWholeDocument')}</p>
      )}
      {orphaned && (
        <OrphanNotice
          number={props.number}
          canReattach={props.hasSelection}
          onReattach={async () => {
            await actions.reattach(item);
            setReattached(true);
          }}
        />
      )}
      {reattached && !orphaned && <p role="status">{t('anchorReattached')}</p>}
      <RevisionNote item={item} now={now} />
      {!orphaned && props.revealOutcome === 'notFound' && (
        <p class="warning" role="status">
          {t('listNotFound')}
        </p>
      )}
      {props.revealOutcome === 'noAnswer' && (
        <p class="warning" role="status">
          {t('listPageNoAnswer')}
        </p>
      )}
      {item.parts.map((part) => (
        <FeedbackPartView key={part.id} part={part} />
      ))}
      {item.insertedAt !== undefined && (
        <p class="hint" data-testid="inserted-at">
          {t('insertedAt', { time: formatDateTime(item.insertedAt, locale) })}
        </p>
      )}
      {followUp !== 'none' && (
        <p
          class={`follow-up-date hint${followUp === 'due' ? ' overdue' : ''}`}
          data-testid="follow-up-date"
        >
          {followUp === 'done'
            ? t('followUpDoneOn', { date: formatDay(followUpDoneAt(item) ?? 0, locale, now) })
            : t(followUp === 'due' ? 'followUpOverdue' : 'followUpOn', {
                date: formatDay(item.followUpAt ?? 0, locale, now),
              })}
        </p>
      )}
      <div class="item-actions">
        <InsertActions
          number={props.number}
          onInsert={() => actions.insert(item)}
          onCopy={() => actions.copy(item)}
        />
        <button
          type="button"
          aria-label={t('listEditItem', { number: props.number })}
          disabled={!props.canEdit || props.editing}
          title={props.canEdit ? undefined : t('listEditBusy')}
          onClick={() => actions.edit(item)}
        >
          {t('actionEdit')}
        </button>
        <button
          type="button"
          aria-label={t('listDeleteItem', { number: props.number })}
          disabled={props.editing}
          onClick={() => void actions.remove(item)}
        >
          {t('actionDelete')}
        </button>
      </div>
      <OutcomeControls item={item} />
    </li>
  );
}
