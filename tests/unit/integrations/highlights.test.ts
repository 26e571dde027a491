import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import {
  createHighlighter,
  FALLBACK_MARK_ATTRIBUTE,
  type Mark,
} from '../../../utils/integrations/highlights';
import { FEEDBACK_LEVELS } from '../../../utils/model/feedback';
import { HIGHLIGHT_PALETTES } from '../../../utils/model/highlight-palettes';
import { installHighlightApi, mountPage, rangeOf, textNodeWith } from './page';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  document.adoptedStyleSheets = [];
});

const ESSAY =
  '<h1>Climate</h1><p>Rising sea levels threaten <b>coastal cities</b> around the world.</p><p>We must act now.</p>';

describe('HIGHLIGHT_PALETTES', () => {
  it('gives every level its own background in both palettes', () => {
    for (const palette of Object.values(HIGHLIGHT_PALETTES)) {
      const backgrounds = FEEDBACK_LEVELS.map((level) => palette[level].background);
      expect(new Set(backgrounds).size).toBe(FEEDBACK_LEVELS.length);
    }
  });

  it('tells the levels apart without colour in the colour-blind palette', () => {
    const styles = FEEDBACK_LEVELS.map(
      (level) => HIGHLIGHT_PALETTES.colourBlind[level].underlineStyle,
    );
    expect(new Set(styles).size).toBe(FEEDBACK_LEVELS.length);
  });
});

describe('createHighlighter with the Highlight API', () => {
  let api: ReturnType<typeof installHighlightApi>;
  beforeEach(() => {
    api = installHighlightApi();
  });
  afterEach(() => api.restore());

  it('is chosen by itself where the browser has the API, and leaves the page untouched', () => {
    const page = mountPage(ESSAY);
    const before = page.innerHTML;
    const highlighter = createHighlighter(document);
    expect(highlighter.mutatesDom).toBe(false);

    highlighter.show([{ id: 'a', range: rangeOf(page, 'sea levels'), level: 'task' }], 'standard');
    expect(page.innerHTML).toBe(before);
    expect(page.querySelector(`[${FALLBACK_MARK_ATTRIBUTE}]`)).toBeNull();
  });

  it('paints one highlight per level holding exactly that level’s passages', () => {
    const page = mountPage(ESSAY);
    const highlighter = createHighlighter(document, true);
    const marks: Mark[] = [
      { id: 'a', range: rangeOf(page, 'Rising'), level: 'task' },
      { id: 'b', range: rangeOf(page, 'coastal cities'), level: 'process' },
      { id: 'c', range: rangeOf(page, 'act now'), level: 'task' },
    ];
    highlighter.show(marks, 'standard');

    expect([...api.highlights.keys()].sort()).toEqual([
      'feedforward-level-process',
      'feedforward-level-task',
    ]);
    expect(api.rangesOf('feedforward-level-task').map(String)).toEqual(['Rising', 'act now']);
    expect(api.rangesOf('feedforward-level-process').map(String)).toEqual(['coastal cities']);
  });

  it('styles each level with the chosen palette, and swaps the palette without piling up sheets', () => {
    const page = mountPage(ESSAY);
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    // happy-dom drops ::highlight() rules, so the text handed to the sheet is read instead.
    const replaceSync = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    const highlighter = createHighlighter(document, true);
    const marks: Mark[] = [{ id: 'a', range: rangeOf(page, 'Rising'), level: 'process' }];

    highlighter.show(marks, 'standard');
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(document.adoptedStyleSheets[0]).toBe(pageSheet);
    const standard = cssOf(document.adoptedStyleSheets[1], replaceSync);
    expect(standard).toContain(HIGHLIGHT_PALETTES.standard.process.background);

    highlighter.show(marks, 'colourBlind');
    expect(document.adoptedStyleSheets).toHaveLength(2);
    const colourBlind = cssOf(document.adoptedStyleSheets[1], replaceSync);
    for (const level of FEEDBACK_LEVELS) {
      const paint = HIGHLIGHT_PALETTES.colourBlind[level];
      expect(colourBlind).toContain(paint.background);
      expect(colourBlind).toContain(paint.underlineStyle);
    }
    expect(colourBlind).not.toContain(HIGHLIGHT_PALETTES.standard.process.background);
  });

  it('takes away every highlight and its sheet on clear, keeping the page’s own sheets', () => {
    const page = mountPage(ESSAY);
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    const highlighter = createHighlighter(document, true);
    highlighter.show(
      [
        { id: 'a', range: rangeOf(page, 'Rising'), level: 'task' },
        { id: 'b', range: rangeOf(page, 'act'), level: 'self' },
      ],
      'standard',
    );

    highlighter.clear();
    expect(api.highlights.size).toBe(0);
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
    expect(highlighter.itemAt(textNodeWith(page, 'Rising'), 2)).toBeNull();
  });

  it('answers which item is under a point, the innermost when passages overlap', () => {
    const page = mountPage(ESSAY);
    const highlighter = createHighlighter(document, true);
    highlighter.show(
      [
        { id: 'sentence', range: rangeOf(page, 'Rising sea levels threaten'), level: 'task' },
        { id: 'phrase', range: rangeOf(page, 'sea levels'), level: 'process' },
      ],
      'standard',
    );
    const text = textNodeWith(page, 'Rising');
    expect(highlighter.itemAt(text, 2)).toBe('sentence');
    expect(highlighter.itemAt(text, 'Rising sea'.length)).toBe('phrase');
    expect(highlighter.itemAt(textNodeWith(page, 'act now'), 3)).toBeNull();
  });

  it('ignores a point in another document instead of failing', () => {
    const page = mountPage(ESSAY);
    const highlighter = createHighlighter(document, true);
    highlighter.show([{ id: 'a', range: rangeOf(page, 'Rising'), level: 'task' }], 'standard');
    const elsewhere = document.implementation.createHTMLDocument('other').createTextNode('Rising');
    expect(highlighter.itemAt(elsewhere, 1)).toBeNull();
  });
});

describe('createHighlighter without the Highlight API (wrapping fallback)', () => {
  it('is chosen by itself where the API is missing', () => {
    expect(createHighlighter(document).mutatesDom).toBe(true);
  });

  it('wraps each passage in marks coloured for its level, keeping the text as it was', () => {
    const page = mountPage(ESSAY);
    const text = page.textContent;
    const highlighter = createHighlighter(document, false);
    // Passages in separate text nodes: happy-dom does not move live ranges
    // when a text node is split, as browsers do.
    highlighter.show(
      [
        { id: 'a', range: rangeOf(page, 'around the world'), level: 'task' },
        { id: 'b', range: rangeOf(page, 'sea levels threaten coastal'), level: 'self' },
      ],
      'colourBlind',
    );

    expect(page.textContent).toBe(text);
    const wrapped = [...page.querySelectorAll<HTMLElement>(`[${FALLBACK_MARK_ATTRIBUTE}]`)];
    expect(
      wrapped.map((mark) => [mark.getAttribute(FALLBACK_MARK_ATTRIBUTE), mark.textContent]),
    ).toEqual([
      ['b', 'sea levels threaten '],
      ['b', 'coastal'],
      ['a', 'around the world'],
    ]);
    const self = wrapped[0] as HTMLElement;
    expect(self.tagName).toBe('MARK');
    expect(self.getAttribute('style')).toContain(HIGHLIGHT_PALETTES.colourBlind.self.background);
    expect(self.getAttribute('style')).toContain('dotted');
    expect(wrapped[1]?.parentElement?.tagName).toBe('B');
    expect(wrapped[2]?.getAttribute('style')).toContain(
      HIGHLIGHT_PALETTES.colourBlind.task.background,
    );
  });

  it('marks a passage and a word inside it both in full (overlapping passages)', () => {
    const page = mountPage(ESSAY);
    const highlighter = createHighlighter(document, false);
    highlighter.show(
      [
        { id: 'outer', range: rangeOf(page, 'around the world'), level: 'task' },
        { id: 'inner', range: rangeOf(page, 'the'), level: 'process' },
      ],
      'standard',
    );
    const text = (id: string) =>
      [...page.querySelectorAll(`[${FALLBACK_MARK_ATTRIBUTE}="${id}"]`)]
        .map((mark) => mark.textContent)
        .join('');
    expect(text('outer')).toBe('around the world');
    expect(text('inner')).toBe('the');
  });

  it('restores the page exactly on clear, text nodes joined back', () => {
    const page = mountPage(ESSAY);
    const before = page.innerHTML;
    const nodesBefore = textNodeCount(page);
    const highlighter = createHighlighter(document, false);
    highlighter.show(
      [
        { id: 'a', range: rangeOf(page, 'sea levels threaten coastal'), level: 'task' },
        { id: 'b', range: rangeOf(page, 'must'), level: 'process' },
      ],
      'standard',
    );
    expect(page.innerHTML).not.toBe(before);

    highlighter.clear();
    expect(page.innerHTML).toBe(before);
    expect(textNodeCount(page)).toBe(nodesBefore);
  });

  it('replaces the earlier marks when shown again', () => {
    const page = mountPage(ESSAY);
    const highlighter = createHighlighter(document, false);
    highlighter.show([{ id: 'a', range: rangeOf(page, 'Rising'), level: 'task' }], 'standard');
    highlighter.show([{ id: 'b', range: rangeOf(page, 'act now'), level: 'task' }], 'standard');
    const wrapped = [...page.querySelectorAll(`[${FALLBACK_MARK_ATTRIBUTE}]`)];
    expect(wrapped.map((mark) => mark.textContent)).toEqual(['act now']);
  });

  it('answers which item is under a point, and nothing once cleared', () => {
    const page = mountPage(ESSAY);
    const highlighter = createHighlighter(document, false);
    highlighter.show([{ id: 'a', range: rangeOf(page, 'coastal'), level: 'task' }], 'standard');
    expect(highlighter.itemAt(textNodeWith(page, 'coastal'), 2)).toBe('a');
    expect(highlighter.itemAt(textNodeWith(page, 'act now'), 2)).toBeNull();

    highlighter.clear();
    expect(highlighter.itemAt(textNodeWith(page, 'coastal'), 2)).toBeNull();
  });
});

/** The text last given to this sheet. */
function cssOf(
  sheet: CSSStyleSheet | undefined,
  replaceSync: MockInstance<CSSStyleSheet['replaceSync']>,
): string {
  const calls = replaceSync.mock.contexts.flatMap((context, index) =>
    context === sheet ? [replaceSync.mock.calls[index]?.[0] ?? ''] : [],
  );
  return calls.at(-1) ?? '';
}

function textNodeCount(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let count = 0;
  while (walker.nextNode()) count += 1;
  return count;
}
