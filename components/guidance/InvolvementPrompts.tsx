import { useId, useMemo, useRef, useState } from 'preact/hooks';
import {
  canPrompt,
  type PromptLang,
  peerFeedbackPrompt,
  selfAssessmentPrompt,
} from '../../utils/feedback/prompts';
import { useI18n } from '../../utils/i18n/context';
import { useAppServices } from '../../utils/panel/services/context';
import { useDocumentSession } from '../../utils/panel/session/context';

type PromptKind = 'self' | 'peer';

/** The last prompt copied or recorded, and what it was for. */
interface Done {
  what: 'copied' | 'given';
  kind?: PromptKind;
  text: string;
  studentId: string | undefined;
  documentId: string | undefined;
}

/**
 * Involving the learner: a self-assessment or a peer-feedback task written
 * from the assignment's goal and success criteria, in the feedback's
 * language, to copy to the student; and, once given, a record of it that
 * counts towards the quarter balance.
 */
export function InvolvementPrompts(props: {
  /** The language the prompt is written in: the feedback's, not the interface's. */
  lang: PromptLang;
  onCopy(text: string): Promise<void>;
}) {
  const { t } = useI18n();
  const { repos } = useAppServices();
  const id = useId();
  const preview = useRef<HTMLTextAreaElement>(null);
  const [kind, setKind] = useState<PromptKind | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const { assignment, student, document: stored, ensureDocument } = useDocumentSession();
  const documentId = stored?.id;
  const { lang } = props;
  const studentName = student?.name;
  // Written from the stored criteria each time, so an edited criterion shows at once.
  const text = useMemo(() => {
    if (!kind || !assignment || !canPrompt(assignment)) return '';
    return kind === 'self'
      ? selfAssessmentPrompt(assignment, lang, studentName)
      : peerFeedbackPrompt(assignment, lang);
  }, [kind, assignment, lang, studentName]);

  // What was copied or recorded holds for that text, learner and document only.
  const status =
    done &&
    done.text === text &&
    done.studentId === student?.id &&
    (documentId === undefined || done.documentId === documentId)
      ? done
      : null;

  if (!assignment || !canPrompt(assignment)) {
    return (
      <section class="involvement" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('involvementHeading')}</h2>
        <p class="hint">{t('involvementNeedsCriteria')}</p>
      </section>
    );
  }

  const choose = (next: PromptKind) => {
    setKind(next);
    setError(null);
  };

  const copy = async () => {
    try {
      await props.onCopy(text);
      setError(null);
      setDone({ what: 'copied', text, studentId: student?.id, documentId });
    } catch {
      // The text is selected in the preview instead, so the teacher can copy it by hand.
      setDone(null);
      preview.current?.focus();
      preview.current?.select();
    }
  };

  const give = async () => {
    if (!kind || busy) return;
    setBusy(true);
    try {
      const document = await ensureDocument();
      await repos.activity.log(kind, {
        documentId: document.id,
        studentId: student?.id,
        groupId: student?.groupId ?? assignment.groupId,
        note: text,
      });
      setError(null);
      setDone({ what: 'given', kind, text, studentId: student?.id, documentId: document.id });
    } catch (failure) {
      setError(t('contextSaveFailed', { reason: String(failure) }));
    } finally {
      setBusy(false);
    }
  };

  const kindLabel = kind === 'peer' ? t('involvementPeer') : t('involvementSelf');

  return (
    <section class="involvement" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('involvementHeading')}</h2>
      <div class="actions">
        <button type="button" aria-pressed={kind === 'self'} onClick={() => choose('self')}>
          {t('involvementSelf')}
        </button>
        <button type="button" aria-pressed={kind === 'peer'} onClick={() => choose('peer')}>
          {t('involvementPeer')}
        </button>
      </div>
      {kind && (
        <div class="field">
          <label for={`${id}-prompt`}>{kindLabel}</label>
          <textarea
            id={`${id}-prompt`}
            ref={preview}
            class="prompt-text"
            readOnly
            rows={Math.min(14, text.split('\n').length + 1)}
            lang={lang}
            value={text}
          />
          <div class="actions">
            <button type="button" onClick={() => void copy()}>
              {t('involvementCopy')}
            </button>
            <button
              type="button"
              disabled={busy || status?.what === 'given'}
              onClick={() => void give()}
            >
              {t('involvementGive')}
            </button>
          </div>
        </div>
      )}
      <p class="status" role="status">
        {status?.what === 'copied' && t('involvementCopied')}
        {status?.what === 'given' &&
          t('involvementGiven', {
            kind: status.kind === 'peer' ? t('involvementKindPeer') : t('involvementKindSelf'),
          })}
      </p>
      {error && (
        <p class="warning" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
