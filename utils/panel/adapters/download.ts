/** How long the object URL of a download stays valid: long enough for the browser to start saving. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Offers `blob` as a file download: an object URL and a temporary
 * `<a download>` clicked once. Works in the panel's extension page (also
 * inside its iframe) without the `downloads` permission, and a large blob
 * (a backup) is never copied into one string.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** Offers `text` as a file download (see downloadBlob). */
export function downloadTextFile(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
