/**
 * Google Docs with annotated canvas renders, over its canvas, an invisible
 * accessibility layer: per tile an `svg` of `g[role=paragraph]`, each holding
 * one `rect` per line fragment whose `aria-label` is that fragment's text.
 * This file turns that layer, already read into plain numbers (see
 * layer-reader.ts), into one string with the place of every fragment in it,
 * so the extension can read the document when Docs' annotated-text API is
 * missing or refuses us.
 *
 * The string follows the conventions of `cleanAnnotatedText` so that a
 * passage saved while the API worked is found again from the layer:
 *  - every paragraph ends with '\n', as in Docs' text (table cells are
 *    paragraphs too);
 *  - fragments on one line are contiguous text (a change of font starts a
 *    new fragment mid-line) and are joined as they are;
 *  - a fragment on the next line of the same paragraph continues after a
 *    soft wrap. Docs wraps at a space, which the label may or may not carry;
 *    when neither side has whitespace one space is put back. Not after a
 *    hyphen or dash, where Docs wraps inside a word ("well-" / "known").
 *    A manual line break (Shift+Enter; '\n' in the clean text) looks like
 *    a wrap in the layer and so becomes a space: known difference.
 *
 * The layer holds only the tiles Docs has drawn (those near the view), so
 * its text may be part of a long document; callers treat it as such.
 */

/** One line fragment of the layer, in the coordinates of its page. */
export interface LayerFragment {
  /** The fragment's text (its `aria-label`). */
  text: string;
  /** Which page it is on, in document order (0 for a pageless document). */
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The CSS font it is drawn with (`data-font-css`), '' when unknown. */
  font: string;
}

/** One `g[role=paragraph]` as found in one tile; tiles overlap, so paragraphs repeat. */
export interface LayerParagraph {
  fragments: LayerFragment[];
}

/** A fragment with the offsets `[start, end)` of its text in the layer's text. */
export interface PlacedFragment extends LayerFragment {
  start: number;
  end: number;
}

/** The layer's text and where each fragment sits in it. */
export interface LayerText {
  text: string;
  fragments: PlacedFragment[];
}

/** Same text at the same place of the same page (rounded, as tiles can differ by a fraction of a pixel). */
function fragmentKey(fragment: LayerFragment): string {
  return `${fragment.page}|${Math.round(fragment.x)}|${Math.round(fragment.y)}|${fragment.text}`;
}

/** Reading order: page, then top, then left. */
function compareFragments(a: LayerFragment, b: LayerFragment): number {
  if (a.page !== b.page) return a.page - b.page;
  if (!sameLine(a, b)) return a.y - b.y;
  return a.x - b.x;
}

/** Two fragments are on one line when their vertical middles are within half a line of each other. */
function sameLine(a: LayerFragment, b: LayerFragment): boolean {
  const middle = (fragment: LayerFragment) => fragment.y + fragment.height / 2;
  return Math.abs(middle(a) - middle(b)) < Math.max(a.height, b.height) / 2;
}

/** Merges the copies of one paragraph from overlapping tiles: paragraphs sharing a fragment are one. */
function mergeOverlapping(paragraphs: LayerParagraph[]): LayerFragment[][] {
  const owner = new Map<string, number>();
  const parent = paragraphs.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] as number;
    return at;
  };
  paragraphs.forEach((paragraph, index) => {
    for (const fragment of paragraph.fragments) {
      const key = fragmentKey(fragment);
      const other = owner.get(key);
      if (other === undefined) owner.set(key, index);
      else parent[root(index)] = root(other);
    }
  });
  const groups = new Map<number, Map<string, LayerFragment>>();
  paragraphs.forEach((paragraph, index) => {
    const group = groups.get(root(index)) ?? new Map<string, LayerFragment>();
    groups.set(root(index), group);
    for (const fragment of paragraph.fragments) group.set(fragmentKey(fragment), fragment);
  });
  return [...groups.values()].map((group) => [...group.values()].sort(compareFragments));
}

const WRAPS_WITHOUT_SPACE = /[\s\-\u00ad\u2010-\u2014/]$/;

/** What goes between two consecutive fragments of one paragraph. */
function joint(previous: LayerFragment, next: LayerFragment): string {
  if (sameLine(previous, next)) return '';
  if (WRAPS_WITHOUT_SPACE.test(previous.text) || /^\s/.test(next.text)) return '';
  return ' ';
}

/**
 * The text of the layer's paragraphs with each fragment's offsets, copies
 * from overlapping tiles removed, in reading order (page, top, left). A
 * paragraph without fragments has no place to be put in and is left out;
 * one Docs draws as a fragment with empty text is an empty line, as in
 * Docs' text.
 */
export function layerText(paragraphs: LayerParagraph[]): LayerText {
  const ordered = mergeOverlapping(paragraphs)
    .filter((group) => group.length > 0)
    .sort((a, b) => compareFragments(a[0] as LayerFragment, b[0] as LayerFragment));
  let text = '';
  const fragments: PlacedFragment[] = [];
  for (const group of ordered) {
    group.forEach((fragment, index) => {
      const previous = group[index - 1];
      if (previous) text += joint(previous, fragment);
      fragments.push({ ...fragment, start: text.length, end: text.length + fragment.text.length });
      text += fragment.text;
    });
    text += '\n';
  }
  return { text, fragments };
}
