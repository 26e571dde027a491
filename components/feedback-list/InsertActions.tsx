import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import type { MessageKey } from '../../utils/i18n/index';
import type { InsertResult } from '../../utils/panel/services/insert-feedback';
import { useAnnounce } from '../ui/Announcer';

const REASON_KEYS: Record<Extract<InsertResult, { kind: 'fallback' }>['reason'], MessageKey> = {
  noField: 'insertReasonNoField',
  bridgeMissing: 'insertReasonBridgeMissing',
  notAllowed: 'insertReasonNotAllowed',
  passageNotFound: 'insertReasonPassageNotFound',
  commentBoxMissing: 'insertReasonCommentBoxMissing',
  selectInDocs: 'insertReasonSelectInDocs',
  commentNotPosted: 'insertReasonCommentNotPosted',
  noAnswer: 'insertReasonNoAnswer',
  unreadablePassage: 'insertReasonUnreadablePassage',
};

type Outcome = InsertResult | { kind: 'copied' } | { kind: 'copyFailed' };

/** The sentences that tell the teacher what happened and, after a fallback, what to press. */
function outcomeText(outcome: Outcome, t: (key: MessageKey) => string): string {
  switch (outcome.kind) {
    case 'inserted':
      return t('insertInserted');
    case 'commentReady':
      return t('insertCommentReady');
    case 'commentPosted':
      return t('insertCommentPosted');
    case 'copied':
      return t('copyDone');
    case 'copyFailed':
      return t('copyFailed');
    case 'fallback': {
      const reason = t(REASON_KEYS[outcome.reason]);
      if (!outcome.copied) return `${reason} ${t('copyFailed')}`;
      return `${reason} ${t(outcome.reason === 'noField' ? 'insertPasteInField' : 'insertPasteInDocs')}`;
    }
  }
}

/**
 * "Insert" and "Copy" for one saved item, and what came of it. Inserting
 * never loses the feedback: when the page cannot take it, it is already on
 * the clipboard and the message says which keys to press. The message is
 * also said through the panel's live region: it appears with its text, and a
 * region that does so is often not read.
 */
export function InsertActions(props: {
  number: number;
  onInsert(): Promise<InsertResult>;
  onCopy(): Promise<boolean>;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const announce = useAnnounce();
  useEffect(() => {
    if (outcome) announce(outcomeText(outcome, t));
  }, [outcome, announce, t]);

  const insert = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await props.onInsert();
      setOutcome(result);
      if (result.kind === 'commentReady') void result.settled.then(setOutcome);
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    setOutcome((await props.onCopy()) ? { kind: 'copied' } : { kind: 'copyFailed' });
  };

  return (
    <>
      <button
        type="button"
        aria-label={t('insertActionLabel', { number: props.number })}
        disabled={busy}
        onClick={() => void insert()}
      >
        {busy ? t('insertBusy') : t('insertAction')}
      </button>
      <button
        type="button"
        aria-label={t('copyActionLabel', { number: props.number })}
        onClick={() => void copy()}
      >
        {t('copyAction')}
      </button>
      {outcome && (
        <p
          class={outcome.kind === 'fallback' || outcome.kind === 'copyFailed' ? 'warning' : 'hint'}
          data-testid="insert-outcome"
        >
          {outcomeText(outcome, t)}
        </p>
      )}
    </>
  );
}
