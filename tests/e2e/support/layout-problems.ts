import type { Frame, Page } from 'playwright-core';

/**
 * What is cut off or overlapping in a document as laid out now: horizontal
 * scrolling, controls whose text is clipped by hidden overflow, and
 * interactive controls lying over one another. Each problem is one line
 * naming the element(s) and the numbers.
 */
export function layoutProblems(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const problems: string[] = [];
    const name = (node: Element) => {
      const classes = [...node.classList].map((part) => `.${part}`).join('');
      return `${node.tagName.toLowerCase()}${classes} "${(node.textContent ?? '').trim().slice(0, 30)}"`;
    };
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      const past = [...document.body.querySelectorAll('*')].filter(
        (node) => node.getBoundingClientRect().right > root.clientWidth + 1,
      );
      const innermost = past.filter(
        (node) => !past.some((other) => other !== node && node.contains(other)),
      );
      problems.push(
        `scrolls sideways: ${root.scrollWidth} px of content in ${root.clientWidth} px, past the edge: ${innermost.slice(0, 3).map(name).join(', ')}`,
      );
    }
    // Not inside a closed <details> (laid out but skipped), not hidden, not transparent.
    const visible = (node: Element) =>
      node.checkVisibility({
        contentVisibilityAuto: true,
        opacityProperty: true,
        visibilityProperty: true,
      }) && node.getBoundingClientRect().width > 0;
    const controls = [
      ...document.querySelectorAll(
        'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=tab], label',
      ),
    ].filter(visible);
    for (const control of controls) {
      // A text field scrolls its own text; a select shows its chosen option as the browser draws it;
      // a label hidden for screen readers only is clipped on purpose.
      if (control.matches('input, textarea, select, .visually-hidden')) continue;
      const style = getComputedStyle(control);
      const hidesOverflow = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (hidesOverflow && control.scrollWidth > control.clientWidth + 1) {
        problems.push(
          `text cut off: ${name(control)} needs ${control.scrollWidth} px, has ${control.clientWidth}`,
        );
      }
    }
    // Radio buttons and checkboxes drawn as chips lie under their own label; a label holds its control.
    const interactive = controls.filter((control) => !control.matches('label'));
    for (let one = 0; one < interactive.length; one += 1) {
      for (let two = one + 1; two < interactive.length; two += 1) {
        const first = interactive[one] as Element;
        const second = interactive[two] as Element;
        if (first.contains(second) || second.contains(first)) continue;
        if (first.closest('label') && first.closest('label') === second.closest('label')) continue;
        // The comment-bank button sits inside its text field's corner, which keeps room for it.
        if (
          first.closest('.marked-field') &&
          first.closest('.marked-field') === second.closest('.marked-field')
        )
          continue;
        const a = first.getBoundingClientRect();
        const b = second.getBoundingClientRect();
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (width > 1 && height > 1) {
          problems.push(
            `overlap: ${name(first)} and ${name(second)} by ${Math.round(width)}×${Math.round(height)} px`,
          );
        }
      }
    }
    return problems;
  });
}
