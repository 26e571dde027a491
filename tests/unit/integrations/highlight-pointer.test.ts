import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchHighlightPointer } from '../../../utils/integrations/highlight-pointer';
import { createHighlighter, type Highlighter } from '../../../utils/integrations/highlights';
import { installHitTesting, mountPage, nextFrame, pointer, rangeOf, textNodeWith } from './page';

let hits: ReturnType<typeof installHitTesting>;
let highlighter: Highlighter;
let stop: () => void = () => {};

/** The page with "sea levels" (item a) and "act now" (item b) marked, and points over each. */
function markedPage() {
  const page = mountPage('<p>Rising sea levels threaten cities.</p><p>We must act now.</p>');
  highlighter = createHighlighter(document, false);
  highlighter.show(
    [
      { id: 'a', range: rangeOf(page, 'sea levels'), level: 'task' },
      { id: 'b', range: rangeOf(page, 'act now'), level: 'process' },
    ],
    'standard',
  );
  hits.at(10, 10, textNodeWith(page, 'sea'), 2);
  hits.at(12, 10, textNodeWith(page, 'levels'), 4);
  hits.at(20, 10, textNodeWith(page, 'Rising'), 1);
  hits.at(30, 40, textNodeWith(page, 'act'), 1);
}

function watch() {
  const report = vi.fn<(id: string, how: 'hover' | 'click') => void>();
  const itemAt = vi.fn((node: Node, offset: number) => highlighter.itemAt(node, offset));
  stop = watchHighlightPointer(document, itemAt, report);
  return { report, itemAt };
}

beforeEach(() => {
  hits = installHitTesting();
});

afterEach(() => {
  stop();
  hits.restore();
  document.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
});

describe('watchHighlightPointer', () => {
  it('reports pointing at a passage once, and again only after leaving it', async () => {
    markedPage();
    const { report } = watch();

    pointer('mousemove', 10, 10);
    await nextFrame();
    pointer('mousemove', 12, 10);
    await nextFrame();
    expect(report.mock.calls).toEqual([['a', 'hover']]);

    pointer('mousemove', 20, 10);
    await nextFrame();
    pointer('mousemove', 30, 40);
    await nextFrame();
    pointer('mousemove', 10, 10);
    await nextFrame();
    expect(report.mock.calls).toEqual([
      ['a', 'hover'],
      ['b', 'hover'],
      ['a', 'hover'],
    ]);
  });

  it('looks up only the last of many moves within one frame', async () => {
    markedPage();
    const { report, itemAt } = watch();

    pointer('mousemove', 10, 10);
    pointer('mousemove', 20, 10);
    pointer('mousemove', 30, 40);
    await nextFrame();
    expect(itemAt).toHaveBeenCalledTimes(1);
    expect(report.mock.calls).toEqual([['b', 'hover']]);
  });

  it('reports a click on a passage, and nothing for a click beside one', () => {
    markedPage();
    const { report } = watch();

    pointer('click', 20, 10);
    expect(report).not.toHaveBeenCalled();
    pointer('click', 30, 40);
    expect(report.mock.calls).toEqual([['b', 'click']]);
  });

  it('does not count a click that ends selecting text (choosing a passage)', () => {
    markedPage();
    const { report } = watch();
    document.getSelection()?.addRange(rangeOf(document.body, 'Rising sea'));

    pointer('click', 10, 10);
    expect(report).not.toHaveBeenCalled();

    document.getSelection()?.removeAllRanges();
    pointer('click', 10, 10);
    expect(report.mock.calls).toEqual([['a', 'click']]);
  });

  it('finds the point with caretRangeFromPoint where that is what the browser offers', () => {
    hits.restore();
    markedPage();
    const target = textNodeWith(document.body, 'act');
    Object.defineProperty(document, 'caretRangeFromPoint', {
      configurable: true,
      value: (x: number, y: number) => {
        if (x !== 30 || y !== 40) return null;
        const range = document.createRange();
        range.setStart(target, 1);
        return range;
      },
    });
    try {
      const { report } = watch();
      pointer('click', 30, 40);
      pointer('click', 1, 1);
      expect(report.mock.calls).toEqual([['b', 'click']]);
    } finally {
      Reflect.deleteProperty(document, 'caretRangeFromPoint');
    }
  });

  it('reports nothing once stopped, not even a move already waiting for its frame', async () => {
    markedPage();
    const { report } = watch();

    pointer('mousemove', 10, 10);
    stop();
    await nextFrame();
    pointer('click', 30, 40);
    pointer('mousemove', 30, 40);
    await nextFrame();
    expect(report).not.toHaveBeenCalled();
  });
});
