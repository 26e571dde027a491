import {
  ADD_COMMENT_CONTROLS,
  ADD_COMMENT_SHORTCUT,
  COMMENT_BOX,
  COMMENT_INPUT,
  COMMENT_POST_BUTTON,
  DISABLED_BUTTON,
  KEY_EVENT_TARGET_FRAME,
  POSTED_COMMENT_BODY,
} from './selectors';

/** How long each step may take before the insert gives up on it. */
export interface CommentBoxTimings {
  /** For the comment box to appear after the "Add comment" control or shortcut. */
  openMs: number;
  /** For the "Comment" button to enable, and then for the box to close after the click. */
  postMs: number;
  /** How often the page is looked at while waiting. */
  pollMs: number;
  /** For the teacher to press "Comment" themselves before the wait for it ends. */
  teacherPostMs: number;
}

export const DEFAULT_COMMENT_BOX_TIMINGS: CommentBoxTimings = {
  openMs: 2500,
  postMs: 2500,
  pollMs: 50,
  teacherPostMs: 30 * 60_000,
};

/** Looks at the page until `find` returns something, or gives up after `timeoutMs`. */
async function waitFor<T>(
  find: () => T | null | undefined,
  timeoutMs: number,
  pollMs: number,
): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** A press as a pointer makes it: Docs' buttons act on mousedown/mouseup, others on click. */
function press(element: Element): void {
  const view = element.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    element.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view }));
  }
}

function isMac(doc: Document): boolean {
  return /Mac|iPhone|iPad/.test(doc.defaultView?.navigator.platform ?? '');
}

/** Sends Docs' "Add comment" shortcut to the frame that receives the editor's key presses. */
function pressAddCommentShortcut(doc: Document): boolean {
  const frame = doc.querySelector<HTMLIFrameElement>(KEY_EVENT_TARGET_FRAME);
  const frameDoc = frame?.contentDocument;
  if (!frameDoc) return false;
  const target = frameDoc.querySelector('[contenteditable="true"]') ?? frameDoc.body;
  if (!target) return false;
  const mac = isMac(doc);
  const init = {
    ...ADD_COMMENT_SHORTCUT,
    altKey: true,
    ctrlKey: !mac,
    metaKey: mac,
    bubbles: true,
    cancelable: true,
  };
  target.dispatchEvent(new KeyboardEvent('keydown', init));
  target.dispatchEvent(new KeyboardEvent('keyup', init));
  return true;
}

/** What the comment input holds, as text (a textarea's value or a contenteditable's text). */
function inputText(input: HTMLElement): string {
  return input instanceof HTMLTextAreaElement ? input.value : (input.textContent ?? '');
}

const withoutSpace = (text: string) => text.replace(/\s+/g, '');

/**
 * Opens Docs' own comment box for the current selection: its "Add comment"
 * control if there is one, else (or if that shows no box) the keyboard
 * shortcut. Returns the new box's input, or null if none appeared in time.
 * Inputs already on the page (reply fields of other comments) are not it.
 */
export async function openCommentBox(
  doc: Document,
  timings: CommentBoxTimings,
): Promise<HTMLElement | null> {
  const existing = new Set(doc.querySelectorAll(COMMENT_INPUT));
  const newInput = () => {
    const active = doc.activeElement;
    if (active instanceof HTMLElement && active.matches(COMMENT_INPUT) && !existing.has(active)) {
      return active;
    }
    return Array.from(doc.querySelectorAll<HTMLElement>(COMMENT_INPUT)).find(
      (input) => !existing.has(input) && input.closest(COMMENT_BOX),
    );
  };
  const control = ADD_COMMENT_CONTROLS.map((selector) => doc.querySelector(selector)).find(
    (element) => element && !element.matches(DISABLED_BUTTON),
  );
  if (control) {
    press(control);
    const opened = await waitFor(newInput, timings.openMs / 2, timings.pollMs);
    if (opened) return opened;
  }
  if (!pressAddCommentShortcut(doc)) return null;
  return waitFor(newInput, control ? timings.openMs / 2 : timings.openMs, timings.pollMs);
}

/**
 * Types the feedback into the comment input the way Docs accepts typing:
 * focus and the browser's own insertText command (which fires the input
 * events Docs listens to); if that leaves the input without the text, sets
 * it and announces it with an InputEvent. Returns whether the text is in.
 */
export function fillCommentInput(input: HTMLElement, text: string): boolean {
  const doc = input.ownerDocument;
  input.focus();
  if (withoutSpace(inputText(input)) === '') doc.execCommand('insertText', false, text);
  if (withoutSpace(inputText(input)) === withoutSpace(text)) return true;
  if (input instanceof HTMLTextAreaElement) input.value = text;
  else input.textContent = text;
  input.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
  );
  return withoutSpace(inputText(input)) === withoutSpace(text);
}

/** The posted comments on the page now, to tell a new one from those already there. */
export function postedComments(doc: Document): Set<Element> {
  return new Set(doc.querySelectorAll(POSTED_COMMENT_BODY));
}

/** A comment posted since `before` was taken whose text is `text` (spacing aside). */
function newCommentWith(doc: Document, before: Set<Element>, text: string): boolean {
  const wanted = withoutSpace(text);
  return Array.from(doc.querySelectorAll(POSTED_COMMENT_BODY)).some(
    (body) => !before.has(body) && withoutSpace(body.textContent ?? '') === wanted,
  );
}

/**
 * Waits until the box no longer holds the text (posted, cancelled, or
 * closed), then says whether a new comment with the text is in Docs'
 * comments stream: only then was the feedback really posted.
 */
export async function settleComment(
  input: HTMLElement,
  text: string,
  before: Set<Element>,
  timings: CommentBoxTimings & { waitMs: number },
): Promise<boolean> {
  const doc = input.ownerDocument;
  const held = inputText(input);
  await waitFor(
    () => !input.isConnected || inputText(input) !== held,
    timings.waitMs,
    timings.pollMs,
  );
  // Docs draws the new comment a moment after the box lets go of the text.
  const posted = await waitFor(
    () => newCommentWith(doc, before, text),
    timings.postMs,
    timings.pollMs,
  );
  return posted === true;
}

/**
 * Presses the box's "Comment" button once Docs has enabled it, and checks
 * that a new comment with the text appeared. Returns false if the button
 * never enabled or no such comment appeared, so the teacher is told and
 * still has the text.
 */
export async function postComment(
  input: HTMLElement,
  text: string,
  timings: CommentBoxTimings,
): Promise<boolean> {
  const scope = input.closest(COMMENT_BOX) ?? input.ownerDocument;
  const button = await waitFor(
    () => {
      const found = scope.querySelector(COMMENT_POST_BUTTON);
      return found && !found.matches(DISABLED_BUTTON) ? found : null;
    },
    timings.postMs,
    timings.pollMs,
  );
  if (!button) return false;
  const before = postedComments(input.ownerDocument);
  press(button);
  return settleComment(input, text, before, { ...timings, waitMs: timings.postMs });
}
