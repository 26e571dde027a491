/**
 * Whether a stored address may become a link: only web addresses do, so a
 * `javascript:`, `file:` or malformed address stored with a document stays
 * text and can never run or open anything local.
 */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
