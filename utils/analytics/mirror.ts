import { type Uptake, type UptakeFields, uptakeOf } from '../feedback/uptake';
import {
  FEEDBACK_LEVELS,
  FEEDBACK_QUESTIONS,
  type FeedbackLevel,
  type FeedbackQuestion,
} from '../model/feedback';
import type { FeedbackItemRecord } from '../model/records';
import { bucketOf, type Granularity, type PeriodBucket } from './periods';

/**
 * The teacher's own mirror: how their feedback is made up, week by week or
 * month by month — never a score. Items are added one page at a time
 * (`addToMirror`), so a school year of feedback is summed without ever
 * holding every item; only what uptake needs is kept per item.
 */

/** What the mirror reads of an item. */
export type MirrorItem = Pick<
  FeedbackItemRecord,
  'parts' | 'createdAt' | 'outcome' | 'reviewTrail' | 'source' | 'status'
>;

/** The person-level rules the mirror counts items by. */
export const PERSON_RULES = ['person-praise', 'person-criticism'] as const;
export type PersonRule = (typeof PERSON_RULES)[number];

/** How often one golden rule was flagged on drafts, and how often it was still flagged at save. */
export interface RuleTally {
  flagged: number;
  atSave: number;
}

/** The figures of one week or month. */
export interface MirrorBucket {
  period: PeriodBucket;
  /** The teacher's saved items written in it. */
  items: number;
  /** Their parts, by feedback level and by feedback question. */
  partsByLevel: Record<FeedbackLevel, number>;
  partsByQuestion: Record<FeedbackQuestion, number>;
  /** Items with a feed-forward part. */
  withFeedForward: number;
  /** Items the person-level rules flag on their saved text. */
  withPerson: Record<PersonRule, number>;
  /** Feed-forward parts in all (improvement points; the average is this over `items`). */
  improvementPoints: number;
  /** Items with a part linked to a success criterion. */
  linkedToCriterion: number;
  /** Items that carry the review's trail (saved since the review was recorded). */
  reviewed: number;
  /** Per rule key, over the reviewed items. */
  rules: Record<string, RuleTally>;
  /** What uptake is counted from (only the fields it reads). */
  uptakeFields: UptakeFields[];
}

/** The mirror so far: its buckets by key. */
export interface MirrorTally {
  granularity: Granularity;
  buckets: Map<string, MirrorBucket>;
}

/** An empty mirror for one way of grouping. */
export function emptyMirror(granularity: Granularity): MirrorTally {
  return { granularity, buckets: new Map() };
}

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

function emptyBucket(period: PeriodBucket): MirrorBucket {
  return {
    period,
    items: 0,
    partsByLevel: zeroes(FEEDBACK_LEVELS),
    partsByQuestion: zeroes(FEEDBACK_QUESTIONS),
    withFeedForward: 0,
    withPerson: zeroes(PERSON_RULES),
    improvementPoints: 0,
    linkedToCriterion: 0,
    reviewed: 0,
    rules: {},
    uptakeFields: [],
  };
}

/** Only the teacher's own saved feedback is mirrored: not drafts, not peer or self work. */
function mirrored(item: MirrorItem): boolean {
  return item.status !== 'draft' && item.source === 'teacher';
}

/**
 * Adds a page of items to the mirror. `savedFindings` gives the rule keys
 * flagged on an item's saved text: its trail's `atSave` where it has one,
 * else what the rules say when run over its text (the caller decides,
 * since that needs the review's code).
 */
export function addToMirror<Item extends MirrorItem>(
  tally: MirrorTally,
  items: readonly Item[],
  savedFindings: (item: Item) => readonly string[],
): void {
  for (const item of items) {
    if (!mirrored(item)) continue;
    const period = bucketOf(item.createdAt, tally.granularity);
    let bucket = tally.buckets.get(period.key);
    if (!bucket) {
      bucket = emptyBucket(period);
      tally.buckets.set(period.key, bucket);
    }
    addItem(bucket, item, savedFindings(item));
  }
}

function addItem(bucket: MirrorBucket, item: MirrorItem, findings: readonly string[]): void {
  const parts = item.parts.filter((part) => part.text.trim() !== '');
  bucket.items += 1;
  for (const part of parts) {
    bucket.partsByLevel[part.level] += 1;
    bucket.partsByQuestion[part.question] += 1;
  }
  const steps = parts.filter((part) => part.question === 'feedForward').length;
  bucket.improvementPoints += steps;
  if (steps > 0) bucket.withFeedForward += 1;
  if (parts.some((part) => part.criterionId !== undefined)) bucket.linkedToCriterion += 1;
  for (const rule of PERSON_RULES) if (findings.includes(rule)) bucket.withPerson[rule] += 1;
  if (item.reviewTrail) {
    bucket.reviewed += 1;
    for (const rule of item.reviewTrail.flagged) {
      const tally = bucket.rules[rule] ?? { flagged: 0, atSave: 0 };
      bucket.rules[rule] = tally;
      tally.flagged += 1;
      if (item.reviewTrail.atSave.includes(rule)) tally.atSave += 1;
    }
  }
  bucket.uptakeFields.push({
    parts: steps > 0 ? FEED_FORWARD_ONLY : [],
    createdAt: item.createdAt,
    outcome: item.outcome,
  });
}

/** The one part uptake looks for, shared by every item that has a next step. */
const FEED_FORWARD_ONLY: UptakeFields['parts'] = [
  { id: 'feed-forward', question: 'feedForward', level: 'task', text: '' },
];

/** A share of a whole, kept as its two numbers so it can be shown as "3 of 4" and as a percentage. */
export interface Share {
  count: number;
  of: number;
}

/** One rule on the review's list for a period: how often it came up and how often it was fixed. */
export interface RuleRow {
  rule: string;
  flagged: number;
  /** Flagged on the draft but no longer at save. */
  fixed: number;
}

/** One week's or month's mirror, as the tab shows it. */
export interface MirrorRow {
  period: PeriodBucket;
  items: number;
  partsByLevel: Record<FeedbackLevel, number>;
  partsByQuestion: Record<FeedbackQuestion, number>;
  feedForward: Share;
  personPraise: Share;
  personCriticism: Share;
  /** Improvement points per item; null for a period without items. */
  pointsPerItem: number | null;
  criterion: Share;
  uptake: Uptake;
  /** Every rule flagged on drafts, most frequent first (ties by key). */
  rules: RuleRow[];
  /** Of all flags on drafts, how many were fixed before saving. */
  fixedBeforeSaving: Share;
  reviewed: number;
}

/** The mirror's rows, oldest period first. */
export function mirrorRows(tally: MirrorTally): MirrorRow[] {
  return [...tally.buckets.values()]
    .sort((a, b) => a.period.start - b.period.start)
    .map((bucket) => {
      const rules = Object.entries(bucket.rules).map(([rule, counts]) => ({
        rule,
        flagged: counts.flagged,
        fixed: counts.flagged - counts.atSave,
      }));
      const flagged = rules.reduce((sum, row) => sum + row.flagged, 0);
      const fixed = rules.reduce((sum, row) => sum + row.fixed, 0);
      return {
        period: bucket.period,
        items: bucket.items,
        partsByLevel: bucket.partsByLevel,
        partsByQuestion: bucket.partsByQuestion,
        feedForward: { count: bucket.withFeedForward, of: bucket.items },
        personPraise: { count: bucket.withPerson['person-praise'], of: bucket.items },
        personCriticism: { count: bucket.withPerson['person-criticism'], of: bucket.items },
        pointsPerItem: bucket.items === 0 ? null : bucket.improvementPoints / bucket.items,
        criterion: { count: bucket.linkedToCriterion, of: bucket.items },
        uptake: uptakeOf(bucket.uptakeFields),
        rules: rules.sort((a, b) => b.flagged - a.flagged || a.rule.localeCompare(b.rule)),
        fixedBeforeSaving: { count: fixed, of: flagged },
        reviewed: bucket.reviewed,
      };
    });
}
