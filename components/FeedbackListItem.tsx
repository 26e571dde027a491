import { useEffect, useRef } from 'preact/hooks';
import type { FeedbackItemRecord } from '../utils/db/index';
import { LEVEL_LABELS, QUESTION_LABELS } from '../utils/feedback/labels';
import { useI18n } from '../utils/i18n/context';
import { compactText } from '../utils/text/compact';

const MAX_QUOTE_LENGTH = 140;

/** What happened when the teacher asked to see an item's passage in the document. */
export type RevealOutcome = 'found' | 'notFound' | 'noAnswer';

/**
 * One saved item: its passage (a button that shows the passage in the
 * document) and its parts, each tagged with question and level. All stored
 * text is rendered as text, never as HTML.
 */
export function FeedbackListItem(props: {
  item: FeedbackItemRecord;
  number: number;
  revealOutcome: RevealOutcome | undefined;
  /** This item is open in the composer. */
  editing: boolean;
  /** Bring this item into view and give it focus (a follow-up the teacher came for). */
  focused?: boolean;
  /** Editing is not offered while the composer holds other unsaved text. */
  canEdit: boolean;
  onReveal(item: FeedbackItemRecord): void;
  onEdit(item: FeedbackItemRecord): void;
  onDelete(item: FeedbackItemRecord): void;
}) {
  const { t } = useI18n();
  const { item } = props;
  const quote = item.anchor ? compactText(item.anchor.quote.exact, MAX_QUOTE_LENGTH) : null;
  const element = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!props.focused) return;
    element.current?.scrollIntoView({ block: 'center' });
    element.current?.focus();
  }, [props.focused]);
  return (
    <li
      ref={element}
      tabIndex={props.focused ? -1 : undefined}
      class={`feedback-item${props.editing ? ' editing' : ''}${props.focused ? ' focused' : ''}`}
      data-testid="feedback-item"
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
      {props.revealOutcome === 'notFound' && (
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
        <div key={part.id} class={`part level-${part.level}`}>
          <p class="tags">
            <span class="tag question">{t(QUESTION_LABELS[part.question])}</span>
            <span class="tag level">{t(LEVEL_LABELS[part.level])}</span>
          </p>
          <p class="part-text" data-testid="feedback-text">
            {part.text}
          </p>
        </div>
      ))}
      <div class="item-actions">
        <button
          type="button"
          aria-label={t('listEditItem', { number: props.number })}
          disabled={!props.canEdit || props.editing}
          title={props.canEdit ? undefined : t('listEditBusy')}
          onClick={() => props.onEdit(item)}
        >
          {t('actionEdit')}
        </button>
        <button
          type="button"
          aria-label={t('listDeleteItem', { number: props.number })}
          disabled={props.editing}
          onClick={() => props.onDelete(item)}
        >
          {t('actionDelete')}
        </button>
      </div>
    </li>
  );
}
