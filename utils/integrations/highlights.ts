import { buildTextIndex, offsetOfBoundary, rangeFromOffsets } from '../anchoring/text-index';
import { FEEDBACK_LEVELS, type FeedbackLevel } from '../model/feedback';
import { HIGHLIGHT_PALETTES } from '../model/highlight-palettes';
import type { HighlightPalette } from '../model/page';
import { closestElement } from './closest';

/** One passage to paint, with the item it belongs to. */
export interface Mark {
  id: string;
  range: Range;
  level: FeedbackLevel;
}

/** Paints the passages of a document's feedback and answers "which item is under this point?". */
export interface Highlighter {
  /** Replaces every painted passage with these. */
  show(marks: Mark[], palette: HighlightPalette): void;
  /** The item whose passage holds this DOM point (the innermost one when passages overlap). */
  itemAt(node: Node, offset: number): string | null;
  /** Removes every trace from the page. */
  clear(): void;
  /** True when the fallback changes the DOM (the text observer must ignore those changes). */
  readonly mutatesDom: boolean;
}

const NAME_PREFIX = 'feedforward-level-';
/** The attribute that marks our fallback wrappers, so they are found and removed exactly. */
export const FALLBACK_MARK_ATTRIBUTE = 'data-feedforward-mark';

function hasHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

function paintRule(selector: string, palette: HighlightPalette, level: FeedbackLevel): string {
  const paint = HIGHLIGHT_PALETTES[palette][level];
  return `${selector} { background-color: ${paint.background}; color: #1a1a1a; text-decoration: underline ${paint.underlineStyle} ${paint.underline} 2px; }`;
}

/**
 * In forced colours (Windows high contrast) the tints would be replaced by
 * the page's own colours: passages are then painted with the theme's
 * colours for marked text, and keep each level's line style.
 */
function forcedColoursRule(
  selector: string,
  palette: HighlightPalette,
  level: FeedbackLevel,
): string {
  const paint = HIGHLIGHT_PALETTES[palette][level];
  return `@media (forced-colors: active) { ${selector} { background-color: Mark; color: MarkText; text-decoration: underline ${paint.underlineStyle} MarkText 2px; } }`;
}

/** The smallest of the passages that contain the point: the one the teacher most likely means. */
function innermost(marks: readonly Mark[], node: Node, offset: number): string | null {
  let best: Mark | null = null;
  for (const mark of marks) {
    let inside = false;
    try {
      inside = mark.range.isPointInRange(node, offset);
    } catch {
      inside = false;
    }
    if (!inside) continue;
    if (!best || mark.range.toString().length < best.range.toString().length) best = mark;
  }
  return best?.id ?? null;
}

/**
 * Paints with the CSS Custom Highlight API: one highlight per level, styled
 * by a stylesheet adopted into the document. The page's DOM is not changed
 * at all, and the page's own scripts see no new elements.
 */
function createApiHighlighter(doc: Document): Highlighter {
  const sheet = new CSSStyleSheet();
  let marks: Mark[] = [];
  let installed = false;

  function clear() {
    for (const level of FEEDBACK_LEVELS) CSS.highlights.delete(`${NAME_PREFIX}${level}`);
    if (installed) {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
      installed = false;
    }
    marks = [];
  }

  return {
    mutatesDom: false,
    show(next, palette) {
      clear();
      marks = next;
      sheet.replaceSync(
        FEEDBACK_LEVELS.flatMap((level) => [
          paintRule(`::highlight(${NAME_PREFIX}${level})`, palette, level),
          forcedColoursRule(`::highlight(${NAME_PREFIX}${level})`, palette, level),
        ]).join('\n'),
      );
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      installed = true;
      for (const level of FEEDBACK_LEVELS) {
        const ranges = next.filter((mark) => mark.level === level).map((mark) => mark.range);
        if (ranges.length > 0)
          CSS.highlights.set(`${NAME_PREFIX}${level}`, new Highlight(...ranges));
      }
    },
    itemAt: (node, offset) => innermost(marks, node, offset),
    clear,
  };
}

/** The text nodes a range covers, with the part of each that lies inside it. */
function coveredTextSegments(range: Range): { node: Text; start: number; end: number }[] {
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const segments: { node: Text; start: number; end: number }[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const first = root.nodeType === Node.TEXT_NODE ? (root as Text) : walker.nextNode();
  for (let node = first as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start) segments.push({ node, start, end });
    if (node === root) break;
  }
  return segments;
}

/**
 * For browsers without the Highlight API: wraps the covered text in inline
 * `<mark>` elements with inline styles. Every wrapper is removed again on
 * `clear()` and the split text is joined back, so the page ends as it was.
 */
function createWrappingHighlighter(doc: Document): Highlighter {
  let marks: Mark[] = [];
  let wrappers: HTMLElement[] = [];

  function clear() {
    const parents = new Set<Node>();
    for (const wrapper of wrappers) {
      const parent = wrapper.parentNode;
      if (!parent) continue;
      while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
      parent.removeChild(wrapper);
      parents.add(parent);
    }
    for (const parent of parents) parent.normalize();
    wrappers = [];
    marks = [];
  }

  return {
    mutatesDom: true,
    show(next, palette) {
      clear();
      // Wrapping moves text nodes, and the DOM then pulls the boundaries of
      // other live ranges out of them, so overlapping passages would drift.
      // Offsets in the page's text do not move (wrapping adds no text): each
      // passage is turned into offsets first and into a fresh range when wrapped.
      const root = doc.body;
      const before = buildTextIndex(root);
      const spans = next.map((mark) => ({
        mark,
        start: offsetOfBoundary(before, mark.range.startContainer, mark.range.startOffset),
        end: offsetOfBoundary(before, mark.range.endContainer, mark.range.endOffset),
      }));
      for (const { mark, start, end } of spans) {
        const range = rangeFromOffsets(buildTextIndex(root), start, end);
        if (!range) continue;
        const paint = HIGHLIGHT_PALETTES[palette][mark.level];
        // Segments are collected before wrapping, since wrapping splits text nodes.
        for (const segment of coveredTextSegments(range).reverse()) {
          if (segment.end < segment.node.data.length) segment.node.splitText(segment.end);
          const target = segment.start > 0 ? segment.node.splitText(segment.start) : segment.node;
          if (!target.parentNode) continue;
          const wrapper = doc.createElement('mark');
          wrapper.setAttribute(FALLBACK_MARK_ATTRIBUTE, mark.id);
          wrapper.style.cssText = `background-color:${paint.background};color:inherit;text-decoration:underline ${paint.underlineStyle} ${paint.underline} 2px;`;
          target.parentNode.insertBefore(wrapper, target);
          wrapper.appendChild(target);
          wrappers.push(wrapper);
        }
      }
      marks = next;
    },
    itemAt(node) {
      const wrapper = closestElement(node, `[${FALLBACK_MARK_ATTRIBUTE}]`);
      const id = wrapper?.getAttribute(FALLBACK_MARK_ATTRIBUTE) ?? null;
      return id && marks.some((mark) => mark.id === id) ? id : null;
    },
    clear,
  };
}

/**
 * The highlighter for this browser: the Highlight API where it exists (every
 * current Chromium and Firefox), wrapping elements only where it does not.
 */
export function createHighlighter(doc: Document, useApi = hasHighlightApi()): Highlighter {
  return useApi ? createApiHighlighter(doc) : createWrappingHighlighter(doc);
}
