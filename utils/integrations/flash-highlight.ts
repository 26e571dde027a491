const HIGHLIGHT_NAME = 'feedforward-flash';
const FLASH_MS = 1600;

let styleInstalled = false;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Marks a range for a moment with the CSS Custom Highlight API, which paints
 * over the text without changing the student's document (no wrapping
 * elements). Where the API is missing, the passage is only scrolled to.
 */
export function flashRange(range: Range): void {
  const doc = range.startContainer.ownerDocument;
  if (
    !doc ||
    typeof CSS === 'undefined' ||
    !('highlights' in CSS) ||
    typeof Highlight === 'undefined'
  ) {
    return;
  }
  if (!styleInstalled) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54f; color: #1a1a1a; }`,
    );
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    styleInstalled = true;
  }
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => CSS.highlights.delete(HIGHLIGHT_NAME), FLASH_MS);
}
