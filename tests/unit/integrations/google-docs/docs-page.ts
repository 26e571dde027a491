import {
  BridgeError,
  type DocsBridge,
} from '../../../../utils/integrations/google-docs/bridge-client';
import type { RawRange } from '../../../../utils/integrations/google-docs/bridge-protocol';

/** What the fake Docs page lets a test choose. */
export interface FakeDocsOptions {
  /** Docs' "Add comment" control is on the page (else only the shortcut opens the box). */
  control?: boolean;
  /** Something (control or shortcut) opens a comment box at all. */
  opens?: boolean;
  /** The box's input: Docs' older textarea or its contenteditable. */
  input?: 'textarea' | 'contenteditable';
  /** The "Comment" button enables once text is typed. */
  postEnables?: boolean;
  /** The browser's insertText command works (it does in Chromium; happy-dom has none). */
  insertTextWorks?: boolean;
  /** Pressing "Comment" shows the new comment (else the box closes and nothing appears). */
  postShows?: boolean;
}

/**
 * A DOM like Google Docs' around its comment box (see selectors.ts and the
 * stand-in page): the "Add comment" control, the key-event iframe with its
 * shortcut, a comment box with input, "Comment" and "Cancel", and a list of
 * posted comments. The test's `document` is used; `reset()` empties it.
 */
export function mountFakeDocsPage(options: FakeDocsOptions = {}) {
  const {
    control = true,
    opens = true,
    input = 'textarea',
    postEnables = true,
    insertTextWorks = true,
    postShows = true,
  } = options;
  const doc = document;
  const posted: string[] = [];
  const shortcuts: KeyboardEvent[] = [];
  let boxesOpened = 0;

  const textOf = (element: HTMLElement) =>
    element instanceof HTMLTextAreaElement ? element.value : (element.textContent ?? '');

  function openBox(): void {
    if (!opens) return;
    boxesOpened += 1;
    const box = doc.createElement('div');
    box.className = 'docos-anchoreddocoview';
    const field = input === 'textarea' ? doc.createElement('textarea') : doc.createElement('div');
    field.className = input === 'textarea' ? 'docos-input-textarea' : 'docos-input-contenteditable';
    if (input === 'contenteditable') field.setAttribute('contenteditable', 'true');
    const post = doc.createElement('div');
    post.setAttribute('role', 'button');
    post.className = 'docos-input-buttons-post jfk-button-disabled';
    post.setAttribute('aria-disabled', 'true');
    post.textContent = 'Comment';
    field.addEventListener('input', () => {
      if (!postEnables) return;
      const empty = textOf(field).trim() === '';
      post.classList.toggle('jfk-button-disabled', empty);
      post.setAttribute('aria-disabled', String(empty));
    });
    post.addEventListener('click', () => {
      if (post.getAttribute('aria-disabled') === 'true') return;
      box.remove();
      if (!postShows) return;
      posted.push(textOf(field));
      const body = doc.createElement('div');
      body.className = 'docos-replyview-body';
      body.textContent = textOf(field);
      doc.body.append(body);
    });
    box.append(field, post);
    doc.body.append(box);
    field.focus();
  }

  if (control) {
    const margin = doc.createElement('div');
    margin.className = 'docs-instant-docos-content';
    const bubble = doc.createElement('div');
    bubble.id = 'docs-instant-button-bubble';
    bubble.setAttribute('role', 'button');
    bubble.addEventListener('click', openBox);
    margin.append(bubble);
    doc.body.append(margin);
  }
  const frame = doc.createElement('iframe');
  frame.className = 'docs-texteventtarget-iframe';
  // happy-dom loads only inline frame documents (Docs' frame is an empty same-origin one).
  frame.setAttribute('srcdoc', '<div contenteditable="true"></div>');
  doc.body.append(frame);
  const frameDoc = frame.contentDocument;
  if (!frameDoc) throw new Error('the key-event frame has no document');
  frameDoc.addEventListener('keydown', (event) => {
    shortcuts.push(event);
    if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyM') openBox();
  });

  (doc as unknown as { execCommand: Document['execCommand'] }).execCommand = (
    command: string,
    _ui?: boolean,
    value?: string,
  ) => {
    const focused = doc.activeElement as HTMLElement | null;
    if (!insertTextWorks || command !== 'insertText' || !focused) return false;
    if (focused instanceof HTMLTextAreaElement) focused.value += value ?? '';
    else focused.textContent += value ?? '';
    focused.dispatchEvent(new InputEvent('input', { bubbles: true, data: value ?? '' }));
    return true;
  };

  return {
    posted,
    shortcuts,
    boxesOpened: () => boxesOpened,
    openInput: () =>
      doc.querySelector<HTMLElement>('.docos-input-textarea, .docos-input-contenteditable'),
    reset() {
      doc.body.replaceChildren();
      delete (doc as unknown as { execCommand?: unknown }).execCommand;
    },
  };
}

/** A bridge over a fixed raw text, or one that fails with `failure`. */
export function fakeBridge(raw: { text: string }, initialFailure?: BridgeError['kind']) {
  const selections: RawRange[] = [];
  let selection: RawRange | null = null;
  let failure = initialFailure;
  const fail = () => {
    if (failure) throw new BridgeError(failure);
  };
  const bridge: DocsBridge = {
    async text() {
      fail();
      return raw.text;
    },
    async selection() {
      fail();
      return selection;
    },
    async select(range) {
      fail();
      selections.push(range);
      selection = range;
    },
  };
  return {
    bridge,
    selections,
    setSelection(range: RawRange | null) {
      selection = range;
    },
    /** From now on every request fails with `kind` (or, with undefined, answers again). */
    failWith(kind: BridgeError['kind'] | undefined) {
      failure = kind;
    },
  };
}
