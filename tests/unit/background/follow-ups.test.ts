import { describe, expect, it, vi } from 'vitest';
import {
  itemIdOfNotification,
  notificationIdFor,
  openFollowUp,
  type Reminder,
  remindDueFollowUps,
  remindDueVisits,
  type VisitReminder,
  visitIdOfNotification,
  visitNotificationIdFor,
} from '../../../utils/background/follow-ups';
import type { DraftInput } from '../../../utils/db/feedback';
import { openRepositories, type Repositories } from '../../../utils/db/index';
import { FOLLOW_UP_QUESTIONS } from '../../../utils/model/visit';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 2, 10, 12, 0, 0).getTime();

function freshRepositories(): Repositories {
  return openRepositories(`feedforward-follow-ups-${crypto.randomUUID()}`);
}

async function essay(repos: Repositories, key = 'gdoc:essay', title = 'Essay on climate') {
  return repos.documents.ensure({
    key,
    title,
    url: `https://docs.google.com/document/d/${key}/edit`,
  });
}

function draft(documentId: string, text: string, followUpAt?: number): DraftInput {
  return {
    documentId,
    anchor: null,
    parts: [{ question: 'feedForward', level: 'process', text }],
    followUpAt,
  };
}

/** Runs the reminder pass and returns what it showed. */
async function remind(repos: Repositories, now: number): Promise<Reminder[]> {
  const shown: Reminder[] = [];
  const count = await remindDueFollowUps(repos, now, async (reminder) => {
    shown.push(reminder);
  });
  expect(count).toBe(shown.length);
  return shown;
}

describe('remindDueFollowUps', () => {
  it('shows every due item once, with its document, and records that it did', async () => {
    const repos = freshRepositories();
    const climate = await essay(repos);
    const report = await essay(repos, 'gdoc:report', 'Lab report');
    const first = await repos.feedback.commit(draft(climate.id, 'Add a source.', NOW - 2 * DAY));
    const second = await repos.feedback.commit(draft(report.id, 'Label the axes.', NOW - DAY));

    const shown = await remind(repos, NOW);
    expect(shown).toEqual([
      { itemId: first.id, documentTitle: 'Essay on climate' },
      { itemId: second.id, documentTitle: 'Lab report' },
    ]);
    expect((await repos.feedback.get(first.id))?.remindedAt).toBe(NOW);
    expect((await repos.feedback.get(second.id))?.remindedAt).toBe(NOW);

    expect(await remind(repos, NOW + 60_000)).toEqual([]);
    expect(await remind(repos, NOW + DAY)).toEqual([]);
  });

  it('leaves out items not yet due, followed up, with an outcome since their date, without a date, and drafts', async () => {
    const repos = freshRepositories();
    const document = await essay(repos);
    await repos.feedback.commit(draft(document.id, 'Later.', NOW + DAY));
    await repos.feedback.commit(draft(document.id, 'No date.'));
    const done = await repos.feedback.commit(draft(document.id, 'Done.', NOW - DAY));
    await repos.feedback.markFollowedUp(done.id, NOW - 1000);
    const resolved = await repos.feedback.commit(draft(document.id, 'Taken up.', NOW - DAY));
    await repos.feedback.recordOutcome(resolved.id, { kind: 'actedOn' }, NOW - 1000);
    await repos.feedback.putDraft(draft(document.id, 'Still typing.', NOW - DAY));

    expect(await remind(repos, NOW)).toEqual([]);

    // The later one comes due in its turn.
    const shown = await remind(repos, NOW + DAY);
    expect(shown.map((reminder) => reminder.documentTitle)).toEqual(['Essay on climate']);
  });

  it('reminds again when the teacher moves the date, but not when the item is merely edited', async () => {
    const repos = freshRepositories();
    const document = await essay(repos);
    const item = await repos.feedback.commit(draft(document.id, 'Add a source.', NOW - DAY));
    expect(await remind(repos, NOW)).toHaveLength(1);

    // Edited text, same date: already reminded.
    await repos.feedback.commit({
      ...draft(document.id, 'Add a second source.', NOW - DAY),
      draftOf: item.id,
    });
    expect((await repos.feedback.get(item.id))?.remindedAt).toBe(NOW);
    expect(await remind(repos, NOW + 1000)).toEqual([]);

    // A new date gets its own reminder once it comes.
    await repos.feedback.commit({
      ...draft(document.id, 'Add a second source.', NOW + DAY),
      draftOf: item.id,
    });
    expect((await repos.feedback.get(item.id))?.remindedAt).toBeUndefined();
    expect(await remind(repos, NOW + 2000)).toEqual([]);
    const shown = await remind(repos, NOW + DAY);
    expect(shown).toEqual([{ itemId: item.id, documentTitle: 'Essay on climate' }]);
    expect(await remind(repos, NOW + DAY + 1000)).toEqual([]);
  });

  it('still reminds of an item whose document is gone, without a title', async () => {
    const repos = freshRepositories();
    const document = await essay(repos);
    const item = await repos.feedback.commit(draft(document.id, 'Orphan.', NOW - DAY));
    await repos.documents.remove(document.id);
    expect(await remind(repos, NOW)).toEqual([{ itemId: item.id, documentTitle: '' }]);
  });

  it('records nothing when showing a reminder fails, so it is tried again', async () => {
    const repos = freshRepositories();
    const document = await essay(repos);
    const item = await repos.feedback.commit(draft(document.id, 'Add a source.', NOW - DAY));
    const failing = vi.fn(async () => {
      throw new Error('notifications blocked');
    });
    await expect(remindDueFollowUps(repos, NOW, failing)).rejects.toThrow('notifications blocked');
    expect((await repos.feedback.get(item.id))?.remindedAt).toBeUndefined();
    expect(await remind(repos, NOW + 1000)).toHaveLength(1);
  });
});

describe('openFollowUp', () => {
  it('remembers which item to show and returns the document to open', async () => {
    const repos = freshRepositories();
    const document = await essay(repos);
    const item = await repos.feedback.commit(draft(document.id, 'Add a source.', NOW - DAY));

    expect(await repos.handoffs.pendingFocus()).toBeNull();
    expect(await openFollowUp(repos, item.id)).toBe(document.url);
    expect(await repos.handoffs.pendingFocus()).toEqual({
      documentKey: 'gdoc:essay',
      itemId: item.id,
    });
  });

  it('answers null for an unknown item, or one whose document is gone, and stores nothing', async () => {
    const repos = freshRepositories();
    expect(await openFollowUp(repos, 'no-such-item')).toBeNull();

    const document = await essay(repos);
    const item = await repos.feedback.commit(draft(document.id, 'Orphan.', NOW - DAY));
    await repos.documents.remove(document.id);
    expect(await openFollowUp(repos, item.id)).toBeNull();
    expect(await repos.handoffs.pendingFocus()).toBeNull();
  });
});

describe('notification ids', () => {
  it('carry the item id there and back', () => {
    const itemId = crypto.randomUUID();
    const notificationId = notificationIdFor(itemId);
    expect(notificationId).not.toBe(itemId);
    expect(itemIdOfNotification(notificationId)).toBe(itemId);
  });

  it('ignore notifications that are not follow-up reminders', () => {
    expect(itemIdOfNotification('some-other-notification')).toBeNull();
    expect(itemIdOfNotification('')).toBeNull();
    expect(itemIdOfNotification(`x${notificationIdFor('abc')}`)).toBeNull();
  });
});

describe('reminders of a co-coaching visit’s follow-up', () => {
  /** A visit whose follow-up was agreed for `followUpAt`. */
  async function visitDue(repos: Repositories, followUpAt: number) {
    const visit = await repos.visits.create({
      school: 'Ekskolan',
      at: followUpAt - 7 * DAY,
      visitedColleague: 'Alex Berg',
      coach: 'Robin Sand',
    });
    return repos.visits.update(visit.id, { followUpAt });
  }

  /** Runs the visits' reminder pass and returns what it showed. */
  async function remindVisits(repos: Repositories, now: number): Promise<VisitReminder[]> {
    const shown: VisitReminder[] = [];
    await remindDueVisits(repos, now, async (reminder) => {
      shown.push(reminder);
    });
    return shown;
  }

  it('reminds once when the date has come, naming the colleague, and its click is told apart', async () => {
    const repos = freshRepositories();
    const visit = await visitDue(repos, NOW - DAY);
    await visitDue(repos, NOW + DAY);
    expect(await remindVisits(repos, NOW)).toEqual([{ visitId: visit.id, colleague: 'Alex Berg' }]);
    expect(await remindVisits(repos, NOW + 2 * DAY)).toHaveLength(1);
    expect(await remindVisits(repos, NOW + 3 * DAY)).toEqual([]);
    const id = visitNotificationIdFor(visit.id);
    expect(visitIdOfNotification(id)).toBe(visit.id);
    expect(itemIdOfNotification(id)).toBeNull();
    expect(visitIdOfNotification(notificationIdFor('item-1'))).toBeNull();
  });

  it('reminds again on a new date, and not once the follow-up is written down', async () => {
    const repos = freshRepositories();
    const visit = await visitDue(repos, NOW - DAY);
    expect(await remindVisits(repos, NOW)).toHaveLength(1);
    await repos.visits.update(visit.id, { followUpAt: NOW + DAY });
    expect(await remindVisits(repos, NOW + 2 * DAY)).toHaveLength(1);

    const held = await visitDue(repos, NOW - DAY);
    await repos.visits.update(held.id, {
      followUp: { [FOLLOW_UP_QUESTIONS[0]]: 'I repeat myself when the room is loud.' },
    });
    expect(await remindVisits(repos, NOW + 3 * DAY)).toEqual([]);
  });
});
