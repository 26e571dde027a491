import { useState } from 'preact/hooks';
import { OUTCOME_LABELS } from '../../utils/feedback/labels';
import {
  isOpenFeedForward,
  LAST_TIME_SHOWN,
  type LastTimeEntry,
  lastTimeEntries,
} from '../../utils/feedback/last-time';
import { useI18n } from '../../utils/i18n/context';
import { formatDay } from '../../utils/i18n/index';
import type { DocumentRecord } from '../../utils/model/records';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import type { Repositories } from '../../utils/panel/services/types';
import { useDocumentSession } from '../../utils/panel/session/context';

/** How many more open next steps "Show more" adds. */
const MORE_STEP = 10;

/**
 * The learner's newest open feed-forwards on other documents, one more
 * than shown so the hint knows whether there are more: a bounded walk of
 * the learner's index, never their whole history.
 */
async function loadLastTime(
  repos: Repositories,
  studentId: string,
  documentId: string,
  limit: number,
): Promise<LastTimeEntry[]> {
  const items = await repos.feedback.newestForStudent(
    studentId,
    limit + 1,
    (item) => item.documentId !== documentId && isOpenFeedForward(item),
  );
  const documentIds = [...new Set(items.map((item) => item.documentId))];
  const documents = await Promise.all(documentIds.map((id) => repos.documents.get(id)));
  const found = documents.filter((document): document is DocumentRecord => document !== undefined);
  return lastTimeEntries(items, found, documentId);
}

/**
 * "Last time": at the top of the panel, the next steps the learner was
 * given on earlier work and has not yet acted on, newest first, so new
 * feedback builds on the old (closing the loop, DOMAIN.md 7 and 9). At
 * first three, one line each (the words cut short, then the document and
 * the date), so the composer stays in the first screen; "Show more" shows
 * them in full and, each time, more of them. It folds to one line, and goes
 * away once every one is marked acted on.
 */
export function LastTime() {
  const { repos } = useAppServices();
  const { document } = useDocumentSession();
  const { t, locale } = useI18n();
  const [limit, setLimit] = useState(LAST_TIME_SHOWN);
  const [full, setFull] = useState(false);
  const studentId = document?.studentId;
  const documentId = document?.id;
  const loaded = useLiveQuery(
    () =>
      studentId && documentId
        ? loadLastTime(repos, studentId, documentId, limit)
        : Promise.resolve([]),
    [repos, studentId, documentId, limit],
  );
  const entries = loaded.data ?? [];
  if (entries.length === 0) return null;
  const more = !full || entries.length > limit;
  const showMore = () => {
    if (full) setLimit(limit + MORE_STEP);
    setFull(true);
  };

  return (
    <details class={full ? 'last-time' : 'last-time compact'} open data-testid="last-time">
      <summary class="last-time-heading">{t('lastTimeHeading')}</summary>
      <ol class="last-time-list">
        {entries.slice(0, limit).map((entry) => (
          <li key={entry.itemId} class="last-time-entry">
            <span class="last-time-text">{entry.text}</span>{' '}
            <span class="last-time-meta hint">
              {t('lastTimeMeta', {
                title: entry.documentTitle || t('lastTimeUntitled'),
                date: formatDay(entry.at, locale),
              })}
              {entry.outcome && ` · ${t(OUTCOME_LABELS[entry.outcome.kind])}`}
            </span>
          </li>
        ))}
      </ol>
      {more && (
        <button type="button" class="link" onClick={showMore}>
          {t('lastTimeShowMore')}
        </button>
      )}
    </details>
  );
}
