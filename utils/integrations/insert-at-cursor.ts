import { feedbackHtml } from '../feedback/feedback-html';

/** A text field or rich-text box on the page where a comment can be typed. */
type EditableTarget = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

function isTextField(element: Element): element is HTMLInputElement | HTMLTextAreaElement {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  return (
    element instanceof HTMLInputElement &&
    TEXT_INPUT_TYPES.has(element.type) &&
    !element.readOnly &&
    !element.disabled
  );
}

/** The comment field an element belongs to, or null when it is not editable. */
function editableOf(element: Element | null): EditableTarget | null {
  if (!element) return null;
  if (isTextField(element)) return element;
  if (element instanceof HTMLElement && element.isContentEditable) {
    // The outermost editable element is the field; inner ones are its paragraphs.
    let field: HTMLElement = element;
    while (field.parentElement?.isContentEditable) field = field.parentElement;
    return field;
  }
  return null;
}

/** The point in a rich-text field where typing would go, kept while focus is in the panel. */
function savedCaret(doc: Document, field: HTMLElement): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return field.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
}

/**
 * The browser's own editing command, where the document offers one: true
 * when the browser says it ran. Documents without it (non-browser DOMs,
 * some embedded viewers) get our own insertion instead of an error.
 */
function browserEdit(doc: Document, command: 'insertText' | 'insertHTML', value: string): boolean {
  return typeof doc.execCommand === 'function' && doc.execCommand(command, false, value);
}

function insertIntoTextField(
  doc: Document,
  field: HTMLInputElement | HTMLTextAreaElement,
  text: string,
) {
  const before = field.value;
  const start = field.selectionStart ?? before.length;
  const end = field.selectionEnd ?? start;
  field.focus();
  field.setSelectionRange(start, end);
  // execCommand goes through the browser's own editing, so frameworks (React,
  // Vue, Angular) see a genuine input event and the teacher can undo it.
  if (browserEdit(doc, 'insertText', text) && field.value !== before) return;
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
  );
}

function insertIntoRichText(doc: Document, field: HTMLElement, caret: Range | null, text: string) {
  const before = field.innerHTML;
  field.focus();
  const selection = doc.getSelection();
  const range = caret ?? doc.createRange();
  if (!caret) {
    range.selectNodeContents(field);
    range.collapse(false);
  }
  selection?.removeAllRanges();
  selection?.addRange(range);
  if (browserEdit(doc, 'insertHTML', feedbackHtml(text)) && field.innerHTML !== before) return;
  range.deleteContents();
  range.insertNode(doc.createTextNode(text));
  field.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
  );
}

/**
 * Remembers the last comment field the teacher was typing in (an LMS comment
 * box, any textarea or rich-text editor) — also one they were in before the
 * panel was opened — because clicking "Insert" in the panel moves focus
 * away from it, and types the feedback there on request.
 */
export function createCursorInserter(doc: Document, isOwnElement: (node: Node) => boolean) {
  // The teacher may have been in a comment box before opening the panel (that
  // opening is what brought this script), so the field focused now counts too.
  const focused = doc.activeElement;
  let field: EditableTarget | null = focused && !isOwnElement(focused) ? editableOf(focused) : null;
  let caret: Range | null = field && !isTextField(field) ? savedCaret(doc, field) : null;

  const remember = (event: Event) => {
    const target = event.target as Element | null;
    if (!target || isOwnElement(target)) return;
    const editable = editableOf(target);
    if (editable) field = editable;
  };
  const trackCaret = () => {
    if (field && !isTextField(field)) caret = savedCaret(doc, field) ?? caret;
  };
  doc.addEventListener('focusin', remember, true);
  doc.addEventListener('selectionchange', trackCaret);

  return {
    /**
     * Types the feedback where the teacher's cursor was (plain text into text
     * fields, paragraphs made from it into rich-text boxes); false when there is no field.
     */
    insert(text: string): boolean {
      const active = editableOf(doc.activeElement);
      const target = active ?? field;
      if (!target?.isConnected) return false;
      if (isTextField(target)) insertIntoTextField(doc, target, text);
      else insertIntoRichText(doc, target, target === field ? caret : null, text);
      return true;
    },
    stop() {
      doc.removeEventListener('focusin', remember, true);
      doc.removeEventListener('selectionchange', trackCaret);
    },
  };
}
