import { isOwnNode } from './own-elements';

/** What a keyboard can reach on a page, in the order the browser tabs through it. */
const TABBABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), iframe, summary, [contenteditable=""], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/** Gives the focus to `element` and says whether it took it (hidden or inert elements refuse). */
function takesFocus(element: Element): boolean {
  if (!(element instanceof HTMLElement || element instanceof SVGElement)) return false;
  element.focus({ preventScroll: true });
  return element.ownerDocument.activeElement === element;
}

/**
 * Notes where the page's keyboard focus is as the panel opens, and returns
 * how to give it back when the panel closes: to the same element, or — when
 * the page removed or disabled it meanwhile — to the first control still
 * there in the nearest part of the page that survived, so the teacher goes
 * on from about where they were instead of from the top of the page. Focus
 * that was on nothing (the page's body) goes back to nothing.
 */
export function rememberFocus(doc: Document): () => void {
  const before = doc.activeElement;
  if (!before || before === doc.body || before === doc.documentElement || isOwnNode(before)) {
    return () => {};
  }
  const ancestors: Element[] = [];
  for (let node = before.parentElement; node; node = node.parentElement) ancestors.push(node);
  return () => {
    if (before.isConnected && takesFocus(before)) return;
    // From the nearest part of the page still there outwards, its first control that takes the focus.
    for (const survivor of ancestors.filter((ancestor) => ancestor.isConnected)) {
      for (const candidate of survivor.querySelectorAll(TABBABLE)) {
        if (!isOwnNode(candidate) && takesFocus(candidate)) return;
      }
    }
  };
}
