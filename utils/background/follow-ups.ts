import type { WorkerRepositories } from '../db/worker-repositories';

/** Prefix of every alarm the extension sets for follow-up reminders. */
export const FOLLOW_UP_ALARM_PREFIX = 'feedforward-follow-up';
/** The alarm that looks for due follow-ups regularly, in case a one-shot alarm was missed. */
export const FOLLOW_UP_SWEEP_ALARM = `${FOLLOW_UP_ALARM_PREFIX}-sweep`;
export const FOLLOW_UP_SWEEP_MINUTES = 30;

/** The notification id of an item's reminder, and back. */
export const notificationIdFor = (itemId: string) => `${FOLLOW_UP_ALARM_PREFIX}:${itemId}`;
export const itemIdOfNotification = (notificationId: string) =>
  notificationId.startsWith(`${FOLLOW_UP_ALARM_PREFIX}:`)
    ? notificationId.slice(FOLLOW_UP_ALARM_PREFIX.length + 1)
    : null;

/** What a reminder shows: which item, on which document. */
export interface Reminder {
  itemId: string;
  documentTitle: string;
}

/**
 * Shows one reminder for every follow-up that has come due and was not
 * reminded of yet, then records that it was shown — so a reminder appears
 * once, even if the browser was closed when its alarm should have fired.
 */
export async function remindDueFollowUps(
  repos: WorkerRepositories,
  now: number,
  show: (reminder: Reminder) => Promise<void>,
): Promise<number> {
  const due = (await repos.feedback.dueFollowUps(now)).filter(
    (item) => item.remindedAt === undefined,
  );
  for (const item of due) {
    const document = await repos.documents.get(item.documentId);
    await show({ itemId: item.id, documentTitle: document?.title ?? '' });
  }
  await repos.feedback.markReminded(
    due.map((item) => item.id),
    now,
  );
  return due.length;
}

/**
 * A reminder was clicked: remember which item to show, and return the
 * document's address to open (the panel on that document then shows it).
 */
export async function openFollowUp(
  repos: WorkerRepositories,
  itemId: string,
): Promise<string | null> {
  const item = await repos.feedback.get(itemId);
  if (!item) return null;
  const document = await repos.documents.get(item.documentId);
  if (!document) return null;
  await repos.handoffs.setPendingFocus({ documentKey: document.key, itemId });
  return document.url;
}
