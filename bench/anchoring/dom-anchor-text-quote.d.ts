/** The parts of `dom-anchor-text-quote` (untyped CommonJS) the anchoring benchmark compares with. */
declare module 'dom-anchor-text-quote' {
  export interface QuoteSelector {
    exact: string;
    prefix?: string;
    suffix?: string;
  }
  export function fromRange(root: Node, range: Range): QuoteSelector;
  export function toRange(
    root: Node,
    selector: QuoteSelector,
    options?: { hint?: number },
  ): Range | null;
}

/** Text offsets as `dom-anchor-text-quote` uses them (over `textContent`), for its position hint. */
declare module 'dom-anchor-text-position' {
  export function fromRange(root: Node, range: Range): { start: number; end: number };
}
