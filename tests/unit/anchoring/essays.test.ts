import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Anchor, anchor, anchorAll, describeRange } from '../../../utils/anchoring/index';
import { buildTextIndex, rangeFromOffsets } from '../../../utils/anchoring/text-index';

const ESSAYS = ['essay-en.html', 'essay-sv.html', 'essay-nb.html'];

/** Puts the body of a fixture page into the test document and returns its <article>. */
function loadEssay(file: string): HTMLElement {
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/pages', file), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)),
  );
  const article = document.querySelector('article');
  if (!article) throw new Error(`${file} has no <article>`);
  return article;
}

afterEach(() => {
  document.body.replaceChildren();
});

/** Every sentence of every paragraph, as the reader sees it. */
function sentencesOf(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll('p'), (p) => buildTextIndex(p).text)
    .flatMap((paragraph) => paragraph.match(/[^.!?]+[.!?]/g) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 20);
}

function select(root: Node, passage: string, occurrence = 0): Range {
  const index = buildTextIndex(root);
  let at = index.text.indexOf(passage);
  for (let i = 0; i < occurrence; i++) at = index.text.indexOf(passage, at + 1);
  const range = at === -1 ? null : rangeFromOffsets(index, at, at + passage.length);
  if (!range) throw new Error(`${JSON.stringify(passage)} not found`);
  return range;
}

function describeOrFail(root: Node, range: Range): Anchor {
  const selectors = describeRange(root, range);
  if (!selectors) throw new Error('describeRange returned null');
  return selectors;
}

/** Replaces `from` by `to` inside the one text node that holds it, as a student's edit would. */
function editText(root: Node, from: string, to: string): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.includes(from)) {
      text.data = text.data.replace(from, to);
      return;
    }
  }
  throw new Error(`${JSON.stringify(from)} is in no single text node`);
}

describe.each(ESSAYS)('%s', (file) => {
  it('re-anchors every sentence to exactly the selected range on the unchanged page', () => {
    const root = loadEssay(file);
    const ranges = sentencesOf(root).map((sentence) => select(root, sentence));
    expect(ranges.length).toBeGreaterThan(15);
    const found = anchorAll(
      root,
      ranges.map((range) => describeOrFail(root, range)),
    );
    found.forEach((range, i) => {
      expect(range?.compareBoundaryPoints(Range.START_TO_START, ranges[i] as Range)).toBe(0);
      expect(range?.compareBoundaryPoints(Range.END_TO_END, ranges[i] as Range)).toBe(0);
    });
  });

  it('re-anchors every sentence after a new paragraph was added at the top', () => {
    const root = loadEssay(file);
    const sentences = sentencesOf(root);
    const selectors = sentences.map((sentence) => describeOrFail(root, select(root, sentence)));
    root
      .querySelector('p')
      ?.before(
        Object.assign(document.createElement('p'), { textContent: 'A new opening paragraph.' }),
      );
    expect(
      anchorAll(root, selectors).map((range) => range?.toString().replace(/\s+/g, ' ')),
    ).toEqual(sentences.map((sentence) => sentence.replace(/\s+/g, ' ')));
  });
});

describe('essay-en.html with a student’s revisions', () => {
  it('finds a sentence after the student corrected mistakes inside it and edited the one before', () => {
    const root = loadEssay('essay-en.html');
    const sentence =
      'Parents who start work early say that they cant drive there kids to school if it starts at nine, and the school buses are planned around the old times.';
    const selectors = describeOrFail(root, select(root, sentence));
    editText(root, 'cant drive there kids', 'can’t drive their kids');
    editText(root, 'Of course there are people', 'Of course, some people are');
    const found = anchor(root, selectors);
    expect(found?.toString()).toBe(
      sentence.replace('cant drive there kids', 'can’t drive their kids'),
    );
  });

  it('finds a revised passage that runs across a <br>, never cutting a word in two', () => {
    const root = loadEssay('essay-en.html');
    const passage = 'an hour.\nAnother argument is that teenagers';
    const selectors = describeOrFail(root, select(root, passage));
    editText(root, 'Another argument', 'Anotherr argument');
    editText(root, 'hour.', 'houur.');
    root.querySelector('p')?.prepend('Added. ');
    const found = anchor(root, selectors);
    expect(found && describeRange(root, found)?.quote.exact).toBe(
      'an houur.\nAnotherr argument is that teenagers',
    );
  });

  it.each([0, 1])(
    'keeps a comment on copy %i of the repeated sentence on that copy',
    (occurrence) => {
      const root = loadEssay('essay-en.html');
      const repeated = 'Teenagers are not lazy, their body clocks are simply different.';
      const selectors = describeOrFail(root, select(root, repeated, occurrence));
      root.querySelector('p')?.prepend('One more sentence at the very start. ');
      const found = anchor(root, selectors);
      expect(found?.toString()).toBe(repeated);
      expect(
        found?.compareBoundaryPoints(Range.START_TO_START, select(root, repeated, occurrence)),
      ).toBe(0);
    },
  );

  it('orphans a comment whose paragraph the student deleted', () => {
    const root = loadEssay('essay-en.html');
    const paragraphs = root.querySelectorAll('p');
    const target = paragraphs[5] as HTMLParagraphElement;
    const selectors = describeOrFail(
      root,
      select(root, 'Many young people today say that they are stressed'),
    );
    target.remove();
    expect(anchor(root, selectors)).toBeNull();
  });

  it('orphans a comment whose sentence the student rewrote completely', () => {
    const root = loadEssay('essay-en.html');
    const sentence = 'If it works there I dont see why it would not work here.';
    const selectors = describeOrFail(root, select(root, sentence));
    editText(root, sentence, 'Other countries have different school systems, which matters too.');
    expect(anchor(root, selectors)).toBeNull();
  });
});
