import * as v from 'valibot';

/**
 * How many times a record's content has been saved: 1 when it is made, one
 * more with every save. A save names the revision it started from, so a
 * save made on an older copy (another tab saved in between) is caught
 * instead of silently writing over the other tab's work.
 */
export const RevisionSchema = v.pipe(v.number(), v.integer(), v.minValue(1));

/** The revision of a record; records from before revisions count as their first. */
export function revisionOf(record: { revision?: number }): number {
  return record.revision ?? 1;
}

/**
 * A save refused because it started from an older revision than the one
 * stored. It carries the record as it is stored now (`undefined` when
 * another tab deleted it), so the teacher can see both versions and choose.
 */
export class StaleRevisionError<T> extends Error {
  override name = 'StaleRevisionError';
  constructor(readonly current: T | undefined) {
    super(current ? 'Changed in another tab since it was opened' : 'Deleted in another tab');
  }
}
