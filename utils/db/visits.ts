import * as v from 'valibot';
import { followUpDue } from '../coaching/follow-up';
import { nextMeetingNumber } from '../coaching/pairs';
import { type VisitRecord, VisitRecordSchema } from '../model/records';
import { type FeedforwardDatabase, newId } from './database';

/** What the teacher writes down to start a visit; the meeting number is counted, not typed. */
export interface NewVisit {
  school: string;
  at: number;
  visitedColleague: string;
  coach: string;
}

/** The fields of a visit the interface edits, a few at a time. */
export type VisitChanges = Partial<Omit<VisitRecord, 'id' | 'createdAt' | 'updatedAt'>>;

/** Co-coaching visits: written down, filled in step by step, handed over. */
export interface VisitRepository {
  get(id: string): Promise<VisitRecord | undefined>;
  /** Every visit, newest first. */
  all(): Promise<VisitRecord[]>;
  /** Writes down a visit with the pair's next meeting number, counted in the same transaction. */
  create(visit: NewVisit): Promise<VisitRecord>;
  /**
   * Changes some fields of a stored visit; the record is checked before it
   * is written. Pass a function of the stored visit when the change builds
   * on it (one more tally mark, one more note), so quick taps are never lost.
   */
  update(
    id: string,
    changes: VisitChanges | ((stored: VisitRecord) => VisitChanges),
  ): Promise<VisitRecord>;
  remove(id: string): Promise<void>;
  /** Stores a visit from a hand-over file: `added`, or `replaced` if this browser had it. */
  receive(visit: VisitRecord): Promise<'added' | 'replaced'>;
  /** Visits whose follow-up date has come, not yet held and not yet reminded of. */
  dueReminders(now: number): Promise<VisitRecord[]>;
  /** Records that the reminder of these visits' follow-ups was shown. */
  markReminded(ids: readonly string[], at: number): Promise<void>;
}

/** Visits are few (about one a month per pair); they are listed whole. */
export function createVisitRepository(db: FeedforwardDatabase): VisitRepository {
  const store = (record: VisitRecord) => db.visits.put(v.parse(VisitRecordSchema, record));
  return {
    get: (id) => db.visits.get(id),
    all: async () => await db.visits.orderBy('at').reverse().toArray(),
    create: (visit) =>
      db.transaction('rw', db.visits, async () => {
        const existing = await db.visits.toArray();
        const now = Date.now();
        const record: VisitRecord = {
          id: newId(),
          ...visit,
          meetingNumber: nextMeetingNumber(existing, visit.visitedColleague, visit.coach),
          focus: '',
          documentation: '',
          notes: '',
          followUp: {},
          createdAt: now,
          updatedAt: now,
        };
        await store(record);
        return record;
      }),
    update: (id, changes) =>
      db.transaction('rw', db.visits, async () => {
        const stored = await db.visits.get(id);
        if (!stored) throw new Error(`No visit ${id}`);
        const patch = typeof changes === 'function' ? changes(stored) : changes;
        const record: VisitRecord = { ...stored, ...patch, updatedAt: Date.now() };
        // A follow-up moved to another day is reminded of again on that day.
        if ('followUpAt' in patch && patch.followUpAt !== stored.followUpAt)
          delete record.remindedAt;
        await store(record);
        return record;
      }),
    remove: (id) => db.visits.delete(id),
    dueReminders: async (now) =>
      (await db.visits.toArray()).filter(
        (visit) => visit.remindedAt === undefined && followUpDue(visit, now),
      ),
    async markReminded(ids, at) {
      await db.visits
        .where('id')
        .anyOf([...ids])
        .modify({ remindedAt: at });
    },
    receive: (visit) =>
      db.transaction('rw', db.visits, async () => {
        const had = (await db.visits.get(visit.id)) !== undefined;
        await store(visit);
        return had ? 'replaced' : 'added';
      }),
  };
}
