/**
 * A quote as one readable line: runs of white space (newlines from the page's
 * markup, non-breaking spaces) become one space, and a long quote is cut at a
 * word boundary with an ellipsis. For display only; stored quotes stay exact.
 */
export function compactText(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
