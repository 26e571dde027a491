import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { isWebUrl } from '../../utils/documents/web-url';
import { groupFollowUps } from '../../utils/feedback/follow-ups';
import { useI18n } from '../../utils/i18n/context';
import { formatDate } from '../../utils/i18n/index';
import type { DocumentRecord, FeedbackItemRecord, StudentRecord } from '../../utils/model/records';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import type { Repositories } from '../../utils/panel/services/types';
import { compactText } from '../../utils/text/compact';

/** BCP 47 tags for dates in each interface language. */
const MAX_TEXT_LENGTH = 120;
/** How often "now" is looked at again, so items that come due appear without a reload. */
const CLOCK_INTERVAL_MS = 60_000;

/** An open follow-up with what the list shows about it. */
interface ListedFollowUp {
  item: FeedbackItemRecord;
  document: DocumentRecord | undefined;
  student: StudentRecord | undefined;
}

/** Open follow-ups (due and ahead), soonest first, each with its document and student (read in the same live query). */
async function loadOpen(repos: Repositories): Promise<ListedFollowUp[]> {
  const open = await repos.feedback.openFollowUps();
  return Promise.all(
    open.map(async (item) => {
      const document = await repos.documents.get(item.documentId);
      const studentId = item.studentId ?? document?.studentId;
      const student = studentId ? await repos.students.get(studentId) : undefined;
      return { item, document, student };
    }),
  );
}

/** The text the item starts with: its first part that says something. */
function firstText(item: FeedbackItemRecord): string {
  const part = item.parts.find((candidate) => candidate.text.trim() !== '') ?? item.parts[0];
  return compactText(part?.text ?? '', MAX_TEXT_LENGTH);
}

/**
 * Every open follow-up across all documents, in two groups, soonest first:
 * those that have come due (or are overdue) and those still ahead. For each:
 * when, on which document, for whom, what the feedback said, a link to the
 * document and a button to mark it followed up. Kept live: an item marked
 * elsewhere (or here) leaves the list, and one that comes due moves from
 * "Upcoming" to "Due".
 */
export function FollowUpsList(props: { now?: () => number; highlightItemId?: string }) {
  const { repos } = useAppServices();
  const { t, locale } = useI18n();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const highlightRef = useRef<HTMLLIElement>(null);
  const clock = useRef(props.now ?? Date.now);
  clock.current = props.now ?? Date.now;
  const [now, setNow] = useState(() => clock.current());
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const tick = () => setNow(clock.current());
    const timer = setInterval(tick, CLOCK_INTERVAL_MS);
    // A hidden tab's timers are slowed down; look again as soon as it is shown.
    const onVisible = () => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  const open = useLiveQuery(() => loadOpen(repos), [repos]);
  const groups = useMemo(
    () => (open.data ? groupFollowUps(open.data, now, (entry) => entry.item) : undefined),
    [open.data, now],
  );

  const highlightShown = open.data?.some(({ item }) => item.id === props.highlightItemId) ?? false;
  useEffect(() => {
    if (highlightShown) highlightRef.current?.scrollIntoView?.({ block: 'center' });
  }, [highlightShown]);

  const markDone = async (itemId: string) => {
    setBusy((current) => new Set(current).add(itemId));
    setFailure(null);
    try {
      await repos.feedback.markFollowedUp(itemId, Date.now());
      // The item's controls are about to disappear: keep the keyboard in the list.
      headingRef.current?.focus();
    } catch (error) {
      setFailure(String(error));
    } finally {
      setBusy((current) => {
        const next = new Set(current);
        next.delete(itemId);
        return next;
      });
    }
  };

  const renderItem = ({ item, document, student }: ListedFollowUp) => {
    const itemId = `${id}-${item.id}`;
    const highlighted = item.id === props.highlightItemId;
    const url = document?.url ?? '';
    return (
      <li
        key={item.id}
        ref={highlighted ? highlightRef : undefined}
        class={`follow-up${highlighted ? ' highlighted' : ''}`}
        aria-current={highlighted ? 'true' : undefined}
        data-testid="follow-up"
      >
        <h4 id={`${itemId}-title`} class="follow-up-title">
          {t('followUpsDue', {
            date: formatDate(item.followUpAt ?? 0, locale),
            document: document?.title || t('documentUntitled'),
          })}
        </h4>
        {student && (
          <p class="follow-up-student">
            {t('contextStudent')}: {student.name}
          </p>
        )}
        <p class="follow-up-text" data-testid="follow-up-text">
          {firstText(item)}
        </p>
        <div class="item-actions">
          {isWebUrl(url) ? (
            <a
              href={url}
              target="_blank"
              rel="noopener noreferrer"
              aria-describedby={`${itemId}-title`}
            >
              {t('followUpsOpen')}
            </a>
          ) : (
            url && <span class="follow-up-url">{url}</span>
          )}
          <button
            type="button"
            aria-describedby={`${itemId}-title`}
            disabled={busy.has(item.id)}
            onClick={() => void markDone(item.id)}
          >
            {t('followUpsDone')}
          </button>
        </div>
      </li>
    );
  };

  return (
    <section class="follow-ups" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('followUpsHeading')}
      </h2>
      {open.error !== undefined && (
        <p class="warning" role="alert">
          {t('listLoadFailed', { reason: String(open.error) })}
        </p>
      )}
      {failure !== null && (
        <p class="warning" role="alert">
          {t('followUpsDoneFailed', { reason: failure })}
        </p>
      )}
      {groups && (
        <section class="follow-up-group" aria-labelledby={`${id}-due`} data-testid="follow-ups-due">
          <h3 id={`${id}-due`}>{t('followUpsDueHeading')}</h3>
          {groups.due.length === 0 ? (
            <p class="hint">{t('followUpsNone')}</p>
          ) : (
            <ol class="follow-up-list">{groups.due.map(renderItem)}</ol>
          )}
        </section>
      )}
      {groups && groups.upcoming.length > 0 && (
        <section
          class="follow-up-group"
          aria-labelledby={`${id}-upcoming`}
          data-testid="follow-ups-upcoming"
        >
          <h3 id={`${id}-upcoming`}>{t('followUpsUpcomingHeading')}</h3>
          <ol class="follow-up-list">{groups.upcoming.map(renderItem)}</ol>
        </section>
      )}
    </section>
  );
}
