/**
 * A small button that shows only a symbol: the label is what screen readers
 * announce and what a mouse user sees as a tooltip, so the symbol is never
 * the only explanation.
 */
export function IconButton(props: { label: string; symbol: string; onClick(): void }) {
  return (
    <button
      type="button"
      class="icon"
      onClick={props.onClick}
      aria-label={props.label}
      title={props.label}
    >
      <span aria-hidden="true">{props.symbol}</span>
    </button>
  );
}
