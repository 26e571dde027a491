import type { NarrowingProblem } from '../../utils/model/panel-host';
import { isOwnNode } from './own-elements';

export type { NarrowingProblem };

/** What a page element under the panel looks like, for {@link narrowingProblem}. */
export interface ElementUnderPanel {
  height: number;
  width: number;
}

/** Something under the panel at least this share of the window's height is part of the page's layout, not a badge or a bar. */
const LARGE_SHARE = 0.5;

/**
 * Decides, from measurements taken after the page was narrowed, whether
 * narrowing worked. Headers, bars and badges fixed to the window's edge may
 * stay under the panel (the panel only hides their right end); a column or
 * a whole app that did not move may not. Pure, so tested without layout.
 */
export function narrowingProblem(measure: {
  overflowBefore: number;
  overflowAfter: number;
  underPanel: readonly ElementUnderPanel[];
  windowHeight: number;
}): NarrowingProblem | null {
  if (measure.overflowAfter > measure.overflowBefore + 1) return 'fixedWidth';
  const large = measure.underPanel.some(
    (element) => element.height >= measure.windowHeight * LARGE_SHARE,
  );
  return large ? 'pinnedToWindow' : null;
}

/** Room the page makes for the panel on its right, taken back exactly. */
export interface PageRoom {
  /**
   * Narrows the page so that `width` CSS pixels on the right are free; 0
   * gives the room back. Returns why narrowing did not work, in which case
   * the page is left as it was.
   */
  make(width: number): NarrowingProblem | null;
}

/**
 * How far the page's content reaches past `room` CSS pixels from the
 * window's left edge: the body's right edge, or further where its content
 * overflows it (a minimum width, a wide table).
 */
function overflowPast(doc: Document, room: number): number {
  const body = doc.body;
  if (!body) return 0;
  const right =
    body.getBoundingClientRect().left + (doc.defaultView?.scrollX ?? 0) + body.scrollWidth;
  return Math.max(0, right - room);
}

/** Page elements (not the root, the body or ours) drawn in the band the panel takes. */
function elementsUnderPanel(doc: Document, win: Window, width: number): ElementUnderPanel[] {
  const found = new Set<Element>();
  const x = Math.max(0, win.innerWidth - width / 2);
  for (let step = 1; step < 8; step += 1) {
    const y = (win.innerHeight * step) / 8;
    for (const element of doc.elementsFromPoint(x, y)) {
      if (element === doc.documentElement || element === doc.body || isOwnNode(element)) continue;
      found.add(element);
    }
  }
  return [...found].map((element) => {
    const rect = element.getBoundingClientRect();
    return { height: rect.height, width: rect.width };
  });
}

/**
 * Makes room beside the panel the way a reader expects of a side-by-side
 * view: the root element gets a right margin as wide as the panel, so the
 * page's own layout reflows into what is left and its scrolling keeps
 * working. The root's inline `margin-right` is saved the first time and put
 * back exactly when the room is given back. A `resize` event tells pages
 * that lay themselves out in script (Google Docs) to measure again.
 */
export function createPageRoom(doc: Document): PageRoom {
  const win = doc.defaultView ?? window;
  const root = doc.documentElement;
  let saved: { value: string; priority: string; hadStyle: boolean } | null = null;
  let overflowBefore = 0;
  /** The width the page was last narrowed by (0: not narrowed). */
  let applied = 0;

  const relayout = () => win.dispatchEvent(new Event('resize'));
  const giveBack = () => {
    if (!saved) return;
    if (saved.value) root.style.setProperty('margin-right', saved.value, saved.priority);
    else root.style.removeProperty('margin-right');
    if (!saved.hadStyle && root.getAttribute('style') === '') root.removeAttribute('style');
    saved = null;
    applied = 0;
    relayout();
  };

  return {
    make(width) {
      if (width <= 0) {
        giveBack();
        return null;
      }
      if (!saved) {
        saved = {
          value: root.style.getPropertyValue('margin-right'),
          priority: root.style.getPropertyPriority('margin-right'),
          hadStyle: root.hasAttribute('style'),
        };
        overflowBefore = overflowPast(doc, root.clientWidth);
      }
      // Told only of a real change: the host re-renders on the page's resize
      // events, and a `resize` for every render would call this again and again.
      if (width !== applied) {
        applied = width;
        root.style.setProperty('margin-right', `${width}px`, 'important');
        relayout();
      }
      const problem = narrowingProblem({
        overflowBefore,
        overflowAfter: overflowPast(doc, root.clientWidth - width),
        underPanel: elementsUnderPanel(doc, win, width),
        windowHeight: win.innerHeight,
      });
      if (problem) giveBack();
      return problem;
    },
  };
}
