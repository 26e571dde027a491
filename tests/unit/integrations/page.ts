// A host page for the page-side tests: a student's text in the test
// document, ranges over it found by their text, and stand-ins for browser
// features happy-dom lacks (the Highlight API, hit testing by coordinates).

/** Mounts `html` as the page's content, in an <article> at the end of the body. */
export function mountPage(html: string): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The first text node under `root` whose text contains `needle`. */
export function textNodeWith(root: Node, needle: string): Text {
  const found = textNodes(root).find((node) => node.data.includes(needle));
  if (!found) throw new Error(`no text node contains ${JSON.stringify(needle)}`);
  return found;
}

/** A range over the first appearance of `text` in the page's text, across elements if need be. */
export function rangeOf(root: Node, text: string): Range {
  const nodes = textNodes(root);
  const whole = nodes.map((node) => node.data).join('');
  const start = whole.indexOf(text);
  if (start === -1) throw new Error(`the page does not contain ${JSON.stringify(text)}`);
  const end = start + text.length;
  const range = document.createRange();
  let offset = 0;
  for (const node of nodes) {
    const next = offset + node.data.length;
    if (start >= offset && start < next) range.setStart(node, start - offset);
    if (end > offset && end <= next) {
      range.setEnd(node, end - offset);
      break;
    }
    offset = next;
  }
  return range;
}

/** The CSS Custom Highlight API as far as our code uses it; `restore` removes it again. */
export function installHighlightApi(): {
  highlights: Map<string, { ranges: Range[] }>;
  rangesOf(name: string): Range[];
  restore(): void;
} {
  const highlights = new Map<string, { ranges: Range[] }>();
  class Highlight {
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  const originalCss = Object.getOwnPropertyDescriptor(globalThis, 'CSS');
  const css = { highlights, escape: (value: string) => value, supports: () => false };
  Object.defineProperty(globalThis, 'CSS', { value: css, configurable: true, writable: true });
  Object.defineProperty(globalThis, 'Highlight', {
    value: Highlight,
    configurable: true,
    writable: true,
  });
  return {
    highlights,
    rangesOf: (name) => highlights.get(name)?.ranges ?? [],
    restore() {
      if (originalCss) Object.defineProperty(globalThis, 'CSS', originalCss);
      Reflect.deleteProperty(globalThis, 'Highlight');
    },
  };
}

/**
 * Makes `document.caretPositionFromPoint` answer from a table the test fills
 * (happy-dom does no layout): the point (x, y) lies at `offset` in `node`.
 */
export function installHitTesting(): {
  at(x: number, y: number, node: Node, offset: number): void;
  restore(): void;
} {
  const points = new Map<string, { offsetNode: Node; offset: number }>();
  Object.defineProperty(document, 'caretPositionFromPoint', {
    value: (x: number, y: number) => points.get(`${x},${y}`) ?? null,
    configurable: true,
  });
  return {
    at(x, y, node, offset) {
      points.set(`${x},${y}`, { offsetNode: node, offset });
    },
    restore() {
      Reflect.deleteProperty(document, 'caretPositionFromPoint');
    },
  };
}

/** The pointer moving to, or clicking at, (x, y) in the page. */
export function pointer(kind: 'mousemove' | 'click', x: number, y: number): void {
  document.body.dispatchEvent(
    new MouseEvent(kind, { clientX: x, clientY: y, bubbles: true, cancelable: true }),
  );
}

/** Waits for the next animation frames, when sampled pointer moves are looked at. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );
}
