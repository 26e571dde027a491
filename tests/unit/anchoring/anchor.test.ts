import { afterEach, describe, expect, it } from 'vitest';
import { type Anchor, anchor, describeRange } from '../../../utils/anchoring/index';
import { buildTextIndex } from '../../../utils/anchoring/text-index';
import { mountPage, textNodeWith } from '../integrations/page';

afterEach(() => {
  document.body.replaceChildren();
});

/** A range from `startText` (at the start of `startNeedle`) to the end of `endNeedle`. */
function rangeBetween(root: Node, startNeedle: string, endNeedle: string): Range {
  const startNode = textNodeWith(root, startNeedle);
  const endNode = textNodeWith(root, endNeedle);
  const range = document.createRange();
  range.setStart(startNode, startNode.data.indexOf(startNeedle));
  range.setEnd(endNode, endNode.data.indexOf(endNeedle) + endNeedle.length);
  return range;
}

/** A range over the `occurrence`-th (0-based) appearance of `text` inside one text node. */
function rangeOfOccurrence(root: Node, text: string, occurrence: number): Range {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let at = data.indexOf(text); at !== -1; at = data.indexOf(text, at + 1)) {
      if (seen === occurrence) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        return range;
      }
      seen += 1;
    }
  }
  throw new Error(`occurrence ${occurrence} of ${JSON.stringify(text)} not found`);
}

/** The page text that positions count in (block boundaries add a line break). */
function pageText(root: Node): string {
  return buildTextIndex(root).text;
}

function describeOrFail(root: Node, range: Range): Anchor {
  const described = describeRange(root, range);
  if (!described) throw new Error('describeRange returned null');
  return described;
}

const ESSAY = `
  <h1>The end of the war</h1>
  <p>In the spring of 1945 <em>the war in Europe</em> was coming to an end, and
  <strong>millions of people</strong> were on the move across the continent.</p>
  <p>Rebuilding took <a href="#n1">many years</a> and a great deal of help.</p>`;

describe('describeRange (remembering the passage a teacher selected)', () => {
  it('quotes text that runs across emphasis, bold and links exactly as the reader sees it', () => {
    const root = mountPage(ESSAY);
    const range = rangeBetween(root, 'the war in Europe', 'millions of people');
    const described = describeOrFail(root, range);
    expect(described.quote.exact).toBe(range.toString());
    expect(described.quote.exact).toMatch(/^the war in Europe was coming .* millions of people$/s);
    expect(described.position.end - described.position.start).toBe(described.quote.exact.length);
  });

  it('keeps up to 32 characters of context on each side', () => {
    const root = mountPage(ESSAY);
    const described = describeOrFail(root, rangeOfOccurrence(root, 'were on the move', 0));
    expect(described.quote.prefix).toHaveLength(32);
    expect(described.quote.suffix).toHaveLength(32);
    expect(described.quote.prefix.endsWith('millions of people ')).toBe(true);
    expect(described.quote.suffix.startsWith(' across the continent.')).toBe(true);
  });

  it('keeps shorter context at the very start of the document', () => {
    const root = mountPage('<p>Short text here.</p>');
    const described = describeOrFail(root, rangeOfOccurrence(root, 'Short', 0));
    expect(described.quote.prefix).toBe('');
    expect(described.position.start).toBe(0);
  });

  it('describes a whole paragraph selected by its element boundaries', () => {
    const root = mountPage(ESSAY);
    const paragraph = root.querySelectorAll('p')[1] as HTMLParagraphElement;
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    expect(describeOrFail(root, range).quote.exact).toBe(paragraph.textContent);
  });

  it('returns nothing for an empty or blank selection', () => {
    const root = mountPage('<p>One</p>\n   \n<p>Two</p>');
    const collapsed = document.createRange();
    collapsed.setStart(textNodeWith(root, 'One'), 1);
    expect(describeRange(root, collapsed)).toBeNull();
    expect(describeRange(root, rangeOfOccurrence(root, '   ', 0))).toBeNull();
  });

  it('leaves script and style text out of the quote and its context', () => {
    const root = mountPage(
      '<p>Before <script>var secret = "tracking";</script><style>p { color: red }</style>the passage after.</p>',
    );
    const described = describeOrFail(root, rangeOfOccurrence(root, 'the passage', 0));
    expect(described.quote.prefix).toBe('Before ');
    expect(described.position.start).toBe('Before '.length);
  });
});

describe('anchor (finding the passage again)', () => {
  it('finds a passage across inline elements again on the unchanged page', () => {
    const root = mountPage(ESSAY);
    const original = rangeBetween(root, 'the war in Europe', 'millions of people');
    const found = anchor(root, describeOrFail(root, original));
    expect(found?.toString()).toBe(original.toString());
    expect(found?.compareBoundaryPoints(Range.START_TO_START, original)).toBe(0);
    expect(found?.compareBoundaryPoints(Range.END_TO_END, original)).toBe(0);
  });

  it('finds it on a fresh copy of the page (after a reload)', () => {
    const first = mountPage(ESSAY);
    const selectors = describeOrFail(first, rangeBetween(first, 'many years', 'great deal'));
    first.remove();
    const reloaded = mountPage(ESSAY);
    const found = anchor(reloaded, selectors);
    expect(found?.toString()).toBe(selectors.quote.exact);
    expect(reloaded.contains(found?.startContainer ?? null)).toBe(true);
  });

  it('uses the stored position when it still holds the quote, even if context would point elsewhere', () => {
    const root = mountPage('<p>alpha beta. gamma beta. delta</p>');
    const second = describeOrFail(root, rangeOfOccurrence(root, 'beta', 1));
    // Context that fits the first occurrence better; the unchanged position must win.
    const misleading: Anchor = {
      ...second,
      quote: { ...second.quote, prefix: 'alpha ', suffix: '. gamma' },
    };
    const found = anchor(root, misleading);
    expect(found && describeRange(root, found)?.position).toEqual(second.position);
  });

  it('finds the passage when the student added text before it', () => {
    const root = mountPage(ESSAY);
    const selectors = describeOrFail(root, rangeOfOccurrence(root, 'a great deal of help', 0));
    root
      .querySelector('h1')
      ?.after(Object.assign(document.createElement('p'), { textContent: 'A new introduction. ' }));
    const found = anchor(root, selectors);
    expect(found?.toString()).toBe('a great deal of help');
    expect(describeRange(root, found as Range)?.position.start).toBe(
      pageText(root).indexOf('a great deal of help'),
    );
    expect(selectors.position.start).toBeLessThan(pageText(root).indexOf('a great deal of help'));
  });

  it('picks the right one of two identical passages by the text around it', () => {
    const repeated = 'The results were good.';
    const root = mountPage(
      `<p>In the first test. ${repeated} Then we changed the method.</p>` +
        `<p>In the second test. ${repeated} That surprised us.</p>`,
    );
    const selectors = describeOrFail(root, rangeOfOccurrence(root, repeated, 1));
    // Enough new text that the first occurrence ends up nearer the old position.
    const gap = selectors.position.start - pageText(root).indexOf(repeated);
    const insertion = `${'x'.repeat(Math.ceil(gap / 2) + 5)} `;
    root.prepend(Object.assign(document.createElement('p'), { textContent: insertion }));

    const found = anchor(root, selectors);
    expect(found?.toString()).toBe(repeated);
    const foundAt = describeRange(root, found as Range)?.position.start;
    expect(foundAt).toBe(pageText(root).lastIndexOf(repeated));
  });

  it('prefers the first of two identical passages when that is the one that was selected', () => {
    const repeated = 'The results were good.';
    const root = mountPage(
      `<p>In the first test. ${repeated} Then we changed the method.</p>` +
        `<p>In the second test. ${repeated} That surprised us.</p>`,
    );
    const selectors = describeOrFail(root, rangeOfOccurrence(root, repeated, 0));
    root.prepend(Object.assign(document.createElement('p'), { textContent: 'Intro. ' }));
    const found = anchor(root, selectors);
    expect(describeRange(root, found as Range)?.position.start).toBe(
      pageText(root).indexOf(repeated),
    );
  });

  it.each([
    [0, 'first'],
    [1, 'second'],
  ])(
    'when the text around both copies changed, picks the copy nearest where the %s one was',
    (occurrence) => {
      const root = mountPage(
        '<p>Opening words. The key claim. Middle part here. The key claim. Closing.</p>',
      );
      const selectors = describeOrFail(root, rangeOfOccurrence(root, 'The key claim.', occurrence));
      const original = selectors.position.start;
      // The student rewrote everything around both copies and added a little text in front.
      root.innerHTML = '<p>New start! The key claim. Other middle words! The key claim. Fin.</p>';
      const found = anchor(root, selectors);
      const candidates = [
        pageText(root).indexOf('The key claim.'),
        pageText(root).lastIndexOf('The key claim.'),
      ];
      const nearest = candidates.reduce((a, b) =>
        Math.abs(b - original) < Math.abs(a - original) ? b : a,
      );
      expect(describeRange(root, found as Range)?.position.start).toBe(nearest);
      expect(nearest).toBe(candidates[occurrence]);
    },
  );

  it('returns null when the student deleted the passage, so the item is shown as orphaned', () => {
    const root = mountPage(ESSAY);
    const selectors = describeOrFail(root, rangeOfOccurrence(root, 'millions of people', 0));
    root.querySelector('strong')?.remove();
    expect(anchor(root, selectors)).toBeNull();
  });

  it('does not find the passage inside a script or style that quotes it', () => {
    const root = mountPage('<p>Keep <b>this sentence</b> here.</p>');
    const selectors = describeOrFail(root, rangeOfOccurrence(root, 'this sentence', 0));
    root.innerHTML =
      '<script>const text = "this sentence";</script><style>.x::after { content: "this sentence" }</style><p>Other.</p>';
    expect(anchor(root, selectors)).toBeNull();
  });

  it('does not count script text when using the stored position', () => {
    const root = mountPage('<p>Keep <b>this sentence</b> here.</p>');
    const selectors = describeOrFail(root, rangeOfOccurrence(root, 'this sentence', 0));
    root.prepend(Object.assign(document.createElement('script'), { textContent: 'var a = 1;' }));
    const found = anchor(root, selectors);
    expect(found?.toString()).toBe('this sentence');
    expect(describeRange(root, found as Range)?.position).toEqual(selectors.position);
  });
});
