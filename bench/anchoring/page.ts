/**
 * The in-page half of the anchoring benchmark, bundled and run in Chromium
 * by `bench/anchoring.mjs`: builds a long document, lets both libraries
 * describe the same 200 selections, then times how long each takes to find
 * all of them again in the revised document, and checks what they found.
 * For our anchoring it also times the revision check the panel makes on
 * what was found: each passage as it reads now against the quote the
 * feedback was written on, and the word-level before/after of every
 * revised one (the panel only works that out when the teacher opens it).
 */

import * as textPosition from 'dom-anchor-text-position';
import * as textQuote from 'dom-anchor-text-quote';
import { type Anchor, anchorAll, describeRange } from '../../utils/anchoring/index';
import { buildTextIndex, rangeFromOffsets } from '../../utils/anchoring/text-index';
import { revisionState } from '../../utils/feedback/revision';
import { diffWords } from '../../utils/text/word-diff';
import {
  choosePassages,
  generateParagraphs,
  type Paragraph,
  type Passage,
  type Revision,
  revise,
  toHtml,
} from './corpus';

/** Document size in characters, number of feedback items, and timed runs per scenario. */
export interface BenchConfig {
  characters: number;
  items: number;
  runs: number;
}

/** One revision of the document: both libraries' times (ms, per run) and what they found. */
export interface ScenarioResult {
  revision: Revision;
  documentCharacters: number;
  oursMs: number[];
  theirsMs: number[];
  oursCorrect: number;
  theirsCorrect: number;
  oursOrphaned: number;
  theirsOrphaned: number;
  /** The revision check of what our anchoring found (ms, per run). */
  revisionCheckMs: number[];
  /** Passages our anchoring found that the check reports revised. */
  revised: number;
}

/** Marks each found passage revised or not, with the before/after of the revised ones. */
function checkRevisions(anchors: Anchor[], found: (Range | null)[]): number {
  let revised = 0;
  found.forEach((range, index) => {
    const anchor = anchors[index];
    const current = range?.toString();
    if (!anchor || current === undefined) return;
    if (revisionState({ anchor, followUpAt: undefined }, current, Date.now()) !== 'revised') return;
    diffWords(anchor.quote.exact, current);
    revised += 1;
  });
  return revised;
}

interface TheirSelectors {
  quote: textQuote.QuoteSelector;
  hint: number;
}

/** A Range over the words of a passage, as a teacher's selection would be. */
function selectPassage(root: HTMLElement, paragraphs: Paragraph[], passage: Passage): Range {
  const element = root.querySelectorAll('p')[passage.paragraph] as HTMLElement;
  const words = (paragraphs[passage.paragraph] as Paragraph).words;
  const start = words.slice(0, passage.from).join(' ').length + 1;
  const end = start + words.slice(passage.from, passage.to).join(' ').length;
  const range = rangeFromOffsets(buildTextIndex(element), start, end);
  if (!range) throw new Error(`passage ${JSON.stringify(passage)} cannot be selected`);
  return range;
}

const squashed = (text: string) => text.replace(/\s+/g, ' ').trim();

function countResults(found: (Range | null)[], expected: string[]) {
  return {
    correct: found.filter((range, i) => range && squashed(range.toString()) === expected[i]).length,
    orphaned: found.filter((range) => !range).length,
  };
}

/** Replaces the document and lets the browser lay it out, as a page the teacher is looking at. */
function show(root: HTMLElement, html: string): void {
  root.innerHTML = html;
  void root.offsetHeight;
}

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

/** Runs every scenario; both libraries anchor the same items on the same DOM, in alternating order. */
export function runAnchoringBench(config: BenchConfig): ScenarioResult[] {
  const paragraphs = generateParagraphs(config.characters);
  const passages = choosePassages(paragraphs, config.items);
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  show(root, toHtml(paragraphs));
  const ours: Anchor[] = [];
  const theirs: TheirSelectors[] = [];
  for (const passage of passages) {
    const range = selectPassage(root, paragraphs, passage);
    const described = describeRange(root, range);
    if (!described) throw new Error('a passage could not be described');
    ours.push(described);
    theirs.push({
      quote: textQuote.fromRange(root, range),
      hint: textPosition.fromRange(root, range).start,
    });
  }

  const revisions: Revision[] = ['unchanged', 'around', 'inside', 'ends'];
  return revisions.map((revision) => {
    const revised = revise(paragraphs, passages, revision);
    show(root, toHtml(revised.paragraphs));
    const result: ScenarioResult = {
      revision,
      documentCharacters: buildTextIndex(root).text.length,
      oursMs: [],
      theirsMs: [],
      oursCorrect: 0,
      theirsCorrect: 0,
      oursOrphaned: 0,
      theirsOrphaned: 0,
      revisionCheckMs: [],
      revised: 0,
    };
    const runOurs = () => anchorAll(root, ours);
    const runTheirs = () =>
      theirs.map(({ quote, hint }) => textQuote.toRange(root, quote, { hint }));
    for (let run = 0; run < config.runs; run++) {
      const order = run % 2 === 0 ? [runOurs, runTheirs] : [runTheirs, runOurs];
      for (const fn of order) {
        const [found, ms] = timed(fn);
        const counts = countResults(found, revised.expected);
        if (fn === runOurs) {
          const [revised, checkMs] = timed(() => checkRevisions(ours, found));
          result.revisionCheckMs.push(checkMs);
          result.revised = revised;
          result.oursMs.push(ms);
          result.oursCorrect = counts.correct;
          result.oursOrphaned = counts.orphaned;
        } else {
          result.theirsMs.push(ms);
          result.theirsCorrect = counts.correct;
          result.theirsOrphaned = counts.orphaned;
        }
      }
    }
    return result;
  });
}
