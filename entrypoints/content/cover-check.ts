/** Why the teacher may not see the panel they are typing into. */
export type CoverProblem = 'covered' | 'faded';

/** The computed styles that decide whether an element is drawn visibly. */
export type VisibilityStyle = Pick<CSSStyleDeclaration, 'opacity' | 'filter' | 'visibility'>;

/** Below this combined opacity the panel counts as invisible. */
const MIN_OPACITY = 0.5;
/** Filters that can make the panel (nearly) invisible; colour filters such as dark-mode inverts are fine. */
const HIDING_FILTER = /opacity\(|blur\(|brightness\(\s*0*\.?0|contrast\(\s*0*\.?0/;

/**
 * Decides, from what is on top at points inside the panel and from the
 * styles of the panel's host and its ancestors, whether a click or key
 * meant for the panel could go to the page, or the panel could not be seen.
 * Kept pure so the rules are tested without a layout engine.
 */
export function coverProblem(
  host: Element,
  topElements: readonly (Element | null)[],
  styles: readonly VisibilityStyle[],
): CoverProblem | null {
  if (topElements.some((top) => top !== null && top !== host)) return 'covered';
  const opacity = styles.reduce((product, style) => product * Number(style.opacity || 1), 1);
  const hidden = styles.some(
    (style) => style.visibility === 'hidden' || HIDING_FILTER.test(style.filter || ''),
  );
  return opacity < MIN_OPACITY || hidden ? 'faded' : null;
}

/** Points inside a rectangle (its centre and near its corners) that lie in the window. */
export function samplePoints(rect: DOMRect, win: Window): { x: number; y: number }[] {
  const inset = 12;
  const xs = [rect.left + inset, rect.left + rect.width / 2, rect.right - inset];
  const ys = [rect.top + inset, rect.top + rect.height / 2, rect.bottom - inset];
  return xs
    .flatMap((x) => ys.map((y) => ({ x, y })))
    .filter(({ x, y }) => x >= 0 && y >= 0 && x < win.innerWidth && y < win.innerHeight);
}
