import { cleanAnnotatedText } from './annotated-text';

/**
 * The saved text of a Google Docs document, read from Docs' own plain-text
 * export (`/document/d/<id>/export?format=txt`, same origin, with the
 * teacher's session). It is the last saved version, not the live text, so
 * it serves to check or find a passage when neither Docs' API nor its
 * accessibility layer can be read. Docs refuses the export (an error
 * status, a redirect to sign in, or an HTML page) when the owner has turned
 * off copying and downloading; that is reported, never worked around.
 */

/** The only origin the export is ever requested from. */
const DOCS_ORIGIN = 'https://docs.google.com';

/** `/document/d/<id>/…`, optionally after an account segment (`/document/u/1/d/<id>/…`). */
const DOCUMENT_PATH = /^\/document\/(u\/\d+\/)?d\/([A-Za-z0-9_-]+)(?:\/|$)/;

/** The export URL of the document shown at `location`; null for anything but a Docs document. */
export function exportUrl(location: Pick<Location, 'origin' | 'pathname'>): string | null {
  if (location.origin !== DOCS_ORIGIN) return null;
  const match = DOCUMENT_PATH.exec(location.pathname);
  if (!match) return null;
  return `${DOCS_ORIGIN}/document/${match[1] ?? ''}d/${match[2]}/export?format=txt`;
}

/**
 * The export's body in the clean text's conventions (see annotated-text.ts),
 * so offsets and quotes compare with the other ways of reading: without the
 * byte-order mark Docs puts first, '\n' for its CRLF (and any lone CR), and
 * a final newline ending the last paragraph, as every paragraph ends in
 * Docs' text; control characters go as `cleanAnnotatedText` drops them.
 */
export function parseExportedText(body: string): string {
  const lines = body.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const text = cleanAnnotatedText(lines).text;
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

/** The saved text, or why it could not be had. */
export type SavedText =
  | { ok: true; text: string }
  | {
      ok: false;
      /**
       * `refused`: Docs answered but not with the text (error status,
       * redirect to sign in, HTML page: copying is off or no access);
       * `unreachable`: no answer (offline) or not a Docs document;
       * `notText`: an answer that is neither text nor a refusal.
       */
      reason: 'refused' | 'unreachable' | 'notText';
    };

const looksLikeHtml = (body: string) => /^\s*<(!doctype html|html)/i.test(body);

/**
 * Fetches and parses the saved text of the document at `location` with
 * one same-origin request; a redirect is not followed (it would lead to
 * Google's sign-in page, another origin), and counts as refused. Never throws.
 */
export async function fetchSavedText(
  fetchText: typeof fetch,
  location: Pick<Location, 'origin' | 'pathname'>,
): Promise<SavedText> {
  const url = exportUrl(location);
  if (!url) return { ok: false, reason: 'unreachable' };
  try {
    const response = await fetchText(url, {
      credentials: 'same-origin',
      redirect: 'manual',
      cache: 'no-store',
    });
    if (response.status !== 200) return { ok: false, reason: 'refused' };
    const type = response.headers.get('content-type') ?? '';
    if (/html/i.test(type)) return { ok: false, reason: 'refused' };
    const body = await response.text();
    if (looksLikeHtml(body)) return { ok: false, reason: 'refused' };
    if (!/^text\/plain\b/i.test(type)) return { ok: false, reason: 'notText' };
    return { ok: true, text: parseExportedText(body) };
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
}
