/**
 * An id for a note or a tally row inside a visit: random, so two copies of
 * a visit edited apart (the coach's and the colleague's) never reuse one.
 */
export function newLocalId(): string {
  return crypto.randomUUID();
}
