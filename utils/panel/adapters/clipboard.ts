/**
 * Puts feedback on the clipboard in two forms: formatted (paragraphs
 * survive pasting into Docs, Word or an LMS editor) and plain text (for
 * plain fields). Falls back to plain text alone where the browser does not
 * allow rich clipboard items. Rejects when the browser refuses both.
 */
export async function copyFeedback(content: { text: string; html: string }): Promise<void> {
  const clipboard = navigator.clipboard;
  if (typeof ClipboardItem !== 'undefined' && typeof clipboard?.write === 'function') {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([content.text], { type: 'text/plain' }),
          'text/html': new Blob([content.html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers refuse rich items; plain text below still helps the teacher.
    }
  }
  await clipboard.writeText(content.text);
}

/** Puts plain text on the clipboard (a prompt for the learner); rejects when the browser refuses. */
export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}
