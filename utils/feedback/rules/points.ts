/**
 * The checks that read a piece of feedback as a whole, sentence by sentence:
 * whether a neighbouring sentence gives a bare value its reason, and how many
 * improvement points the feedback names.
 */
import type { SentenceInfo } from './classify';

/** A sentence with the number of the text (the part of an item) it stands in. */
export interface PlacedSentence extends SentenceInfo {
  unit: number;
}

/** Content words a neighbour needs to count as an explanation (unless it has a "because"). */
const EXPLANATION_CONTENT = 3;

/**
 * Does `other`, the sentence before or after a bare value, give its reason? It
 * must describe the work (not a step, a goal or another bare value), say
 * enough (three content words, or a "because"), and not turn against the
 * value ("Bra inledning! Resten av texten tappar fokus." is no reason).
 */
export function explains(other: SentenceInfo, value: SentenceInfo): boolean {
  if (other.question !== 'feedBack' || other.value !== null) return false;
  if (other.content < EXPLANATION_CONTENT && !other.reason) return false;
  if (value.value === 'positive') return other.positive || !other.problem;
  if (value.value === 'negative') return other.problem || !other.positive;
  return true;
}

/**
 * Counts improvement points: each next step (and each item of a listed step),
 * each problem no step deals with, and each text tagged as a step that has no
 * sentence read as one (`stepUnits`). A problem and the step that fixes it
 * (sharing a content word) are one point. Over `limit`: the total, and the
 * sentences from the first point over the limit to the last point in the same
 * text; else null.
 */
export function pointsOverLimit(
  sentences: PlacedSentence[],
  stepUnits: number[],
  limit: number,
): { total: number; from: PlacedSentence; to: PlacedSentence } | null {
  const stepTopics = new Set<string>();
  for (const sentence of sentences) {
    if (sentence.question !== 'feedForward') continue;
    for (const topic of sentence.topics) stepTopics.add(topic);
  }
  const points: { sentence: PlacedSentence; count: number }[] = [];
  for (const sentence of sentences) {
    if (sentence.question === 'feedForward') {
      points.push({ sentence, count: Math.max(1, sentence.points) });
    } else if (sentence.question === 'feedBack' && sentence.problem) {
      const fixed = sentence.topics.some((topic) => stepTopics.has(topic));
      if (!fixed) points.push({ sentence, count: 1 });
    }
  }
  for (const unit of stepUnits) {
    if (points.some((p) => p.sentence.unit === unit)) continue;
    const first = sentences.find((s) => s.unit === unit);
    if (first) points.push({ sentence: first, count: 1 });
  }
  points.sort((a, b) => a.sentence.unit - b.sentence.unit || a.sentence.start - b.sentence.start);
  const total = points.reduce((sum, p) => sum + p.count, 0);
  if (total <= limit) return null;
  let running = 0;
  let from: PlacedSentence | undefined;
  let to: PlacedSentence | undefined;
  for (const { sentence, count } of points) {
    running += count;
    if (!from && running > limit) from = sentence;
    if (from && sentence.unit === from.unit) to = sentence;
  }
  return from && to ? { total, from, to } : null;
}
