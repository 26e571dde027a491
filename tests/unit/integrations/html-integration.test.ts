import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../../utils/anchoring/index';
import { FALLBACK_MARK_ATTRIBUTE } from '../../../utils/integrations/highlights';
import { createHtmlIntegration } from '../../../utils/integrations/html';
import type { Integration } from '../../../utils/integrations/types';
import type { Anchor } from '../../../utils/model/anchor';
import { HIGHLIGHT_PALETTES } from '../../../utils/model/highlight-palettes';
import type { PlacedItem } from '../../../utils/model/page';
import { installHighlightApi, installHitTesting, mountPage, pointer, rangeOf } from './page';

const ESSAY =
  '<h1>Climate</h1><p id="one">Rising sea levels threaten coastal cities.</p><p id="two">We must act now, together.</p>';

let integration: Integration | null = null;

/** The essay in the page, the integration over it, and our own panel host beside it. */
function essayPage() {
  const page = mountPage(ESSAY);
  const host = document.createElement('feedforward-host');
  document.body.append(host);
  integration = createHtmlIntegration(document, (node) => host.contains(node));
  return { page, host, integration };
}

function anchorOf(text: string): Anchor {
  const anchor = describeRange(document.body, rangeOf(document.body, text));
  if (!anchor) throw new Error(`no anchor for ${text}`);
  return anchor;
}

/** Items on "sea levels" (task) and "act now" (process), plus one whose passage was never there. */
function items(): PlacedItem[] {
  const gone = anchorOf('sea levels');
  return [
    { id: 'sea', anchor: anchorOf('sea levels'), level: 'task' },
    { id: 'act', anchor: anchorOf('act now'), level: 'process' },
    {
      id: 'gone',
      anchor: {
        quote: { ...gone.quote, exact: 'melting glaciers', prefix: 'Xyz ', suffix: ' qqq' },
        position: { ...gone.position, start: 500, end: 516 },
      },
      level: 'self',
    },
  ];
}

/** The essay placed with items(), the panel listening for changed passages. */
async function placedEssay() {
  const essay = essayPage();
  const anchorsChanged = vi.fn();
  const unsubscribe = essay.integration.subscribe({ anchorsChanged });
  await essay.integration.place(items(), 'standard');
  return { ...essay, anchorsChanged, unsubscribe };
}

/** Both passages that are in the essay, marked. */
const BOTH_MARKED = [
  ['sea', 'sea levels'],
  ['act', 'act now'],
];

/** What is marked in the page: each mark's item and text, in page order. */
function marked(root: ParentNode = document.body): [string | null, string | null][] {
  return [...root.querySelectorAll(`[${FALLBACK_MARK_ATTRIBUTE}]`)].map((mark) => [
    mark.getAttribute(FALLBACK_MARK_ATTRIBUTE),
    mark.textContent,
  ]);
}

/** Lets the page's change be noticed and the quiet period pass. */
async function afterQuiet() {
  await vi.advanceTimersByTimeAsync(0);
  await vi.advanceTimersByTimeAsync(450);
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  integration?.clear();
  integration = null;
  vi.useRealTimers();
  document.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
});

describe('createHtmlIntegration: placing passages', () => {
  it('says which passages were found, in the items’ order, and marks the found ones', async () => {
    const { integration } = essayPage();
    const reports = await integration.place(items(), 'standard');

    expect(reports).toEqual([
      { id: 'sea', status: 'anchored', text: 'sea levels' },
      { id: 'act', status: 'anchored', text: 'act now' },
      { id: 'gone', status: 'orphaned' },
    ]);
    expect(marked()).toEqual(BOTH_MARKED);
    const act = document.querySelector(`[${FALLBACK_MARK_ATTRIBUTE}="act"]`);
    expect(act?.getAttribute('style')).toContain(HIGHLIGHT_PALETTES.standard.process.background);
  });

  it('replaces the earlier marks when placed again, in the newly chosen colours', async () => {
    const { integration } = essayPage();
    await integration.place(items(), 'standard');
    const [sea] = items();
    await integration.place([sea as PlacedItem], 'colourBlind');

    expect(marked()).toEqual([['sea', 'sea levels']]);
    const mark = document.querySelector(`[${FALLBACK_MARK_ATTRIBUTE}="sea"]`);
    expect(mark?.getAttribute('style')).toContain(HIGHLIGHT_PALETTES.colourBlind.task.background);
  });

  it('leaves the page’s elements untouched where the Highlight API paints', async () => {
    const api = installHighlightApi();
    try {
      const { page, integration } = essayPage();
      const before = page.innerHTML;
      await integration.place(items(), 'standard');
      expect(page.innerHTML).toBe(before);
      expect(api.rangesOf('feedforward-level-task').map(String)).toEqual(['sea levels']);
      expect(api.rangesOf('feedforward-level-process').map(String)).toEqual(['act now']);
      integration.clear();
      expect(api.highlights.size).toBe(0);
    } finally {
      integration?.clear();
      integration = null;
      api.restore();
    }
  });

  it('takes every mark away on clear, leaving the page as it was', async () => {
    const { page, integration } = essayPage();
    const before = page.innerHTML;
    await integration.place(items(), 'standard');
    integration.clear();
    expect(page.innerHTML).toBe(before);
  });
});

describe('createHtmlIntegration: following the page’s text', () => {
  it('tells the panel when a passage disappears from the page, and unmarks it', async () => {
    const { page, anchorsChanged } = await placedEssay();

    (page.querySelector('#two') as HTMLElement).textContent = 'We will wait and see.';
    await afterQuiet();

    expect(anchorsChanged).toHaveBeenCalledExactlyOnceWith([
      { id: 'sea', status: 'anchored', text: 'sea levels' },
      { id: 'act', status: 'orphaned' },
      { id: 'gone', status: 'orphaned' },
    ]);
    expect(marked()).toEqual([['sea', 'sea levels']]);
  });

  it('finds a passage again when it comes back', async () => {
    const { page, anchorsChanged } = await placedEssay();
    const two = page.querySelector('#two') as HTMLElement;

    two.textContent = 'We will wait and see.';
    await afterQuiet();
    two.textContent = 'We must act now, together.';
    await afterQuiet();

    expect(anchorsChanged).toHaveBeenLastCalledWith([
      { id: 'sea', status: 'anchored', text: 'sea levels' },
      { id: 'act', status: 'anchored', text: 'act now' },
      { id: 'gone', status: 'orphaned' },
    ]);
    expect(marked()).toEqual(BOTH_MARKED);
  });

  it('tells the panel the text a found passage covers now when the student edits inside it', async () => {
    const { page, anchorsChanged } = await placedEssay();

    (page.querySelector('#one') as HTMLElement).textContent =
      'Rising sea lewels threaten coastal cities.';
    await afterQuiet();
    expect(anchorsChanged).toHaveBeenCalledExactlyOnceWith([
      { id: 'sea', status: 'anchored', text: 'sea lewels' },
      { id: 'act', status: 'anchored', text: 'act now' },
      { id: 'gone', status: 'orphaned' },
    ]);
  });

  it('stays quiet when a change leaves every passage where it was', async () => {
    const { page, anchorsChanged } = await placedEssay();

    const note = document.createElement('p');
    note.textContent = 'A reply from the student.';
    page.append(note);
    await afterQuiet();

    expect(anchorsChanged).not.toHaveBeenCalled();
    expect(marked()).toEqual(BOTH_MARKED);
  });

  it('does not react to its own marks or to our panel, so it never repaints in a loop', async () => {
    const { host, anchorsChanged } = await placedEssay();
    const mark = document.querySelector(`[${FALLBACK_MARK_ATTRIBUTE}="sea"]`);

    host.textContent = 'The panel changed.';
    await afterQuiet();
    await vi.advanceTimersByTimeAsync(3000);

    expect(mark?.isConnected).toBe(true);
    expect(anchorsChanged).not.toHaveBeenCalled();
  });

  it('stops following the page after clear, and after unsubscribing', async () => {
    const { page, integration, anchorsChanged, unsubscribe } = await placedEssay();
    unsubscribe();
    (page.querySelector('#two') as HTMLElement).textContent = 'Gone.';
    await afterQuiet();
    expect(anchorsChanged).not.toHaveBeenCalled();

    integration.subscribe({ anchorsChanged });
    integration.clear();
    (page.querySelector('#one') as HTMLElement).textContent = 'Also gone.';
    await afterQuiet();
    expect(anchorsChanged).not.toHaveBeenCalled();
    expect(marked()).toEqual([]);
  });
});

describe('createHtmlIntegration: pointing at passages', () => {
  it('tells the panel which item’s passage was clicked', async () => {
    const hits = installHitTesting();
    try {
      const { integration } = essayPage();
      const highlightActivated = vi.fn();
      integration.subscribe({ highlightActivated });
      await integration.place(items(), 'standard');
      const mark = document.querySelector(`[${FALLBACK_MARK_ATTRIBUTE}="act"]`);
      hits.at(5, 5, mark?.firstChild as Node, 2);

      pointer('click', 5, 5);
      expect(highlightActivated).toHaveBeenCalledExactlyOnceWith('act', 'click');

      integration.clear();
      pointer('click', 5, 5);
      expect(highlightActivated).toHaveBeenCalledTimes(1);
    } finally {
      hits.restore();
    }
  });
});

describe('createHtmlIntegration: the selection and inserting', () => {
  it('describes the passage the teacher selected, but not text selected in a field', async () => {
    const { page, integration } = essayPage();
    document.getSelection()?.addRange(rangeOf(page, 'coastal cities'));
    const anchor = await integration.captureSelection();
    expect(anchor?.quote.exact).toBe('coastal cities');

    document.getSelection()?.removeAllRanges();
    expect(await integration.captureSelection()).toBeNull();

    const field = document.createElement('textarea');
    field.textContent = 'my own comment';
    page.append(field);
    document.getSelection()?.addRange(rangeOf(field, 'own'));
    expect(await integration.captureSelection()).toBeNull();
  });

  it('types the feedback into the comment field the teacher was in', async () => {
    const { page, host, integration } = essayPage();
    const field = document.createElement('textarea');
    page.append(field);
    field.focus();
    host.tabIndex = 0;
    host.focus();

    const outcome = await integration.insert({
      anchor: null,
      text: 'Cite a source.',
      autoPost: false,
    });
    expect(outcome).toEqual({ status: 'inserted' });
    expect(field.value).toBe('Cite a source.');
  });

  it('says there was no field when the teacher was in none', async () => {
    const { integration } = essayPage();
    const outcome = await integration.insert({
      anchor: anchorOf('act now'),
      text: 'Cite a source.',
      autoPost: true,
    });
    expect(outcome).toEqual({ status: 'fallback', reason: 'noField' });
  });
});
