import { KEY_EVENT_TARGET_FRAME } from './selectors';

/** The text the teacher last copied in Docs, numbered so a new copy of the same words still counts. */
export interface CopiedText {
  text: string;
  seq: number;
}

/** Follows what the teacher copies in a Docs document. */
export interface CopyCapture {
  /** The last copy since the capture started, or null. */
  latest(): CopiedText | null;
  stop(): void;
}

/**
 * Where Docs shows an extension neither its text nor its selection, what the
 * teacher copies (Ctrl+C in the document) is the one sign of the passage they
 * mean. Docs handles the copy in its key-event frame and puts the text on the
 * event's clipboard data; this listens on that frame's window and on the
 * page's, after Docs' own handlers, and reads it from there. Nothing is read
 * from the clipboard itself. The frame can be replaced as Docs reloads, so it
 * is looked up again on every `latest()`.
 */
export function captureCopies(doc: Document): CopyCapture {
  let latest: CopiedText | null = null;
  let seq = 0;
  const onCopy = (event: Event) => {
    const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    if (text.trim()) latest = { text, seq: ++seq };
  };
  const watched = new Set<Window>();
  const watch = (win: Window | null | undefined) => {
    if (!win || watched.has(win)) return;
    watched.add(win);
    win.addEventListener('copy', onCopy);
  };
  const watchFrame = () =>
    watch(doc.querySelector<HTMLIFrameElement>(KEY_EVENT_TARGET_FRAME)?.contentWindow);
  watch(doc.defaultView);
  watchFrame();
  return {
    latest() {
      watchFrame();
      return latest;
    },
    stop() {
      for (const win of watched) win.removeEventListener('copy', onCopy);
      watched.clear();
    },
  };
}
