import type { WorkerRepositories } from '../db/worker-repositories';

/** Prefix of every alarm the extension sets for follow-up reminders. */
export const FOLLOW_UP_ALARM_PREFIX = 'feedforward-follow-up';
/** The alarm that looks for due follow-ups regularly, in case a one-shot alarm was missed. */
export const FOLLOW_UP_SWEEP_ALARM = `${FOLLOW_UP_ALARM_PREFIX}-sweep`;
export const FOLLOW_UP_SWEEP_MINUTES = 30;

/** The notification id of a visit's follow-up reminder, and back. */
export const visitNotificationIdFor = (visitId: string) =>
  `${FOLLOW_UP_ALARM_PREFIX}:visit:${visitId}`;
export const visitIdOfNotification = (notificationId: string) =>
  notificationId.startsWith(`${FOLLOW_UP_ALARM_PREFIX}:visit:`)
    ? notificationId.slice(FOLLOW_UP_ALARM_PREFIX.length + 7)
    : null;

/** The notification id of an item's reminder, and back. */
export const notificationIdFor = (itemId: string) => `${FOLLOW_UP_ALARM_PREFIX}:${itemId}`;
export const itemIdOfNotification = (notificationId: string) =>
  notificationId.startsWith(`${FOLLOW_UP_ALARM_PREFIX}:`) &&
  visitIdOfNotification(notificationId) === null
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

/** What a visit's follow-up reminder shows: which visit, with which colleague. */
export interface VisitReminder {
  visitId: string;
  colleague: string;
}

/**
 * Shows one reminder for every co-coaching visit whose agreed follow-up
 * date has come while the conversation is not yet written down, once, as
 * for feedback (the regular sweep finds them; a day's date needs no alarm
 * of its own).
 */
export async function remindDueVisits(
  repos: WorkerRepositories,
  now: number,
  show: (reminder: VisitReminder) => Promise<void>,
): Promise<number> {
  const due = await repos.visits.dueReminders(now);
  for (const visit of due) await show({ visitId: visit.id, colleague: visit.visitedColleague });
  await repos.visits.markReminded(
    due.map((visit) => visit.id),
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
