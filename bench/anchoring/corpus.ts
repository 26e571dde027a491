/**
 * A long student document for the anchoring benchmark, with the passages a
 * teacher commented on and the student's later revisions, all from a seeded
 * generator so every run (and both libraries) get the same text.
 */

import { seededRandom } from '../seeded-random';

/** Words of the demo essays; sentences are drawn from them, so the text reads like prose statistically. */
const VOCABULARY = (
  'every morning at quarter to seven my alarm goes off and I feel like have not slept all ' +
  'the most important reason for a later start is biology when children reach puberty body ' +
  'starts releasing sleep hormone melatonin evening often until around eleven o’clock this ' +
  'means that fifteen year old who goes bed ten being difficult she lies awake an hour her ' +
  'brain simply ready yet researchers recommend teenagers get between eight hours night if ' +
  'you fall asleep have up before can do maths yourself most us are missing one two school ' +
  'över även också många skolan eleverna läser böcker hösten världen skrev uppsats därför ' +
  'memory needs because during deep sorts what we learned day stores so when short grumpy ' +
  'actually remember less lessons noticed myself tired read same sentence three times without'
).split(' ');

/** A paragraph of the document: its sentences, and which words are wrapped in <em> or <strong>. */
export interface Paragraph {
  words: string[];
  emphasised: Set<number>;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Paragraphs of generated prose until their text reaches `characters`. */
export function generateParagraphs(characters: number, seed = 1): Paragraph[] {
  const random = seededRandom(seed);
  const paragraphs: Paragraph[] = [];
  let total = 0;
  while (total < characters) {
    const words: string[] = [];
    const sentences = 4 + Math.floor(random() * 5);
    for (let s = 0; s < sentences; s++) {
      const length = 8 + Math.floor(random() * 13);
      for (let w = 0; w < length; w++) {
        let word = pick(random, VOCABULARY);
        if (w === 0) word = word[0]?.toUpperCase() + word.slice(1);
        if (w === length - 1) word += '.';
        else if (random() < 0.06) word += ',';
        words.push(word);
      }
    }
    const emphasised = new Set<number>();
    for (let i = 0; i < words.length; i++) if (random() < 0.03) emphasised.add(i);
    paragraphs.push({ words, emphasised });
    total += words.join(' ').length + 1;
  }
  return paragraphs;
}

/** A passage a teacher commented on: words `[from, to)` of one paragraph. */
export interface Passage {
  paragraph: number;
  from: number;
  to: number;
}

/** `count` passages of 4–24 words spread evenly over the document. */
export function choosePassages(paragraphs: Paragraph[], count: number, seed = 2): Passage[] {
  const random = seededRandom(seed);
  const passages: Passage[] = [];
  for (let i = 0; i < count; i++) {
    const paragraph = Math.floor(((i + 0.5) / count) * paragraphs.length);
    const words = paragraphs[paragraph]?.words.length ?? 0;
    const length = Math.min(words - 2, 4 + Math.floor(random() * 21));
    const from = 1 + Math.floor(random() * (words - length - 1));
    passages.push({ paragraph, from, to: from + length });
  }
  return passages;
}

/** How the student revised the text between the comment and the re-anchoring. */
export type Revision = 'unchanged' | 'around' | 'inside' | 'ends';

/**
 * Another word of the vocabulary in place of `word`, with its capital and
 * its trailing punctuation kept, as a student swaps one word for another.
 */
function replacementFor(word: string, random: () => number): string {
  const [, bare = '', punctuation = ''] = /^(.*?)([.,]?)$/u.exec(word) ?? [];
  let other = pick(random, VOCABULARY);
  while (other.toLowerCase() === bare.toLowerCase()) other = pick(random, VOCABULARY);
  const capitalised = bare[0] !== bare[0]?.toLowerCase();
  return `${capitalised ? other[0]?.toUpperCase() + other.slice(1) : other}${punctuation}`;
}

/**
 * The `ends` revision of one passage: the first word of every third passage,
 * the last word of the next, and both of the one after are replaced.
 */
function replaceEnds(words: string[], passage: Passage, n: number, random: () => number): void {
  const which = n % 3;
  if (which !== 1) words[passage.from] = replacementFor(words[passage.from] ?? '', random);
  if (which !== 0) words[passage.to - 1] = replacementFor(words[passage.to - 1] ?? '', random);
}

/**
 * The revised document: `around` rewrites the word before and the word after
 * each passage and adds a paragraph at the top (everything moves); `inside`
 * does the same and also misspells one word in the middle of each passage
 * and inserts a word into it; `ends` adds the paragraph and replaces the
 * first or the last word of each passage, or both, with another word (the
 * words around it stay). Returns the paragraphs and the text each passage
 * should now be found as.
 */
export function revise(
  paragraphs: Paragraph[],
  passages: Passage[],
  revision: Revision,
): { paragraphs: Paragraph[]; expected: string[] } {
  const copy = paragraphs.map((p) => ({ words: [...p.words], emphasised: new Set(p.emphasised) }));
  const bounds = passages.map((passage) => ({ ...passage }));
  if (revision === 'ends') {
    const random = seededRandom(3);
    bounds.forEach((passage, n) => {
      replaceEnds((copy[passage.paragraph] as Paragraph).words, passage, n, random);
    });
  } else if (revision !== 'unchanged') {
    for (const passage of bounds) {
      const words = (copy[passage.paragraph] as Paragraph).words;
      words[passage.from - 1] = `revised${words[passage.from - 1]}`;
      words[passage.to] = `${words[passage.to]}ly`;
      if (revision === 'inside') {
        const middle = Math.floor((passage.from + passage.to) / 2);
        words[middle] = `${words[middle]?.slice(0, -1) ?? ''}x${words[middle]?.slice(-1) ?? ''}`;
        words.splice(middle, 0, 'really');
        passage.to += 1;
        for (const later of bounds) {
          if (later !== passage && later.paragraph === passage.paragraph && later.from > middle) {
            later.from += 1;
            later.to += 1;
          }
        }
      }
    }
  }
  if (revision !== 'unchanged') {
    copy.unshift({
      words: 'A new opening paragraph the student added after the comments.'.split(' '),
      emphasised: new Set(),
    });
    for (const passage of bounds) passage.paragraph += 1;
  }
  const expected = bounds.map(({ paragraph, from, to }) =>
    (copy[paragraph] as Paragraph).words.slice(from, to).join(' '),
  );
  return { paragraphs: copy, expected };
}

/** The document as HTML: one <p> per paragraph, some words in <em>/<strong>, a little noise around. */
export function toHtml(paragraphs: Paragraph[]): string {
  const body = paragraphs
    .map((p, n) => {
      const words = p.words.map((word, i) =>
        p.emphasised.has(i) ? (i % 2 ? `<em>${word}</em>` : `<strong>${word}</strong>`) : word,
      );
      return n % 50 === 0
        ? `<h2>Part ${n / 50 + 1}</h2>\n<p>${words.join(' ')}</p>`
        : `<p>${words.join(' ')}</p>`;
    })
    .join('\n');
  return `<article>\n${body}\n<script>var analytics = "ignored";</script>\n</article>`;
}
