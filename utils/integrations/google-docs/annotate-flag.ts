import { ANNOTATE_FLAG } from './selectors';

/**
 * Sets Docs' annotated-canvas flag to our own extension id. Docs reads the
 * flag once while it boots, so this must run in the page world before
 * Docs' scripts, on every document; it is kept apart from the bridge so
 * that this is all that runs there until the teacher opens the panel.
 * Does nothing without an id (builds for browsers without a pinned id).
 */
export function setAnnotateFlag(win: Window, extensionId: string): void {
  if (!extensionId) return;
  (win as unknown as Record<string, unknown>)[ANNOTATE_FLAG] = extensionId;
}
