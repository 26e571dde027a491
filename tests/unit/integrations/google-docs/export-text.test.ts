import { describe, expect, it, vi } from 'vitest';
import { cleanAnnotatedText } from '../../../../utils/integrations/google-docs/annotated-text';
import {
  exportUrl,
  fetchSavedText,
  parseExportedText,
} from '../../../../utils/integrations/google-docs/export-text';

const DOC = { origin: 'https://docs.google.com', pathname: '/document/d/1AbC_d-9/edit' };
const EXPORT = 'https://docs.google.com/document/d/1AbC_d-9/export?format=txt';

/** A fetch that answers every request with `body`, recording what was asked. */
function answering(body: string, init: ResponseInit = {}) {
  return vi.fn(async () => new Response(body, init)) as unknown as typeof fetch & {
    mock: { calls: [string, RequestInit][] };
  };
}

describe('the export URL of a Docs document', () => {
  it('is the txt export of the same document, with the account segment kept', () => {
    expect(exportUrl(DOC)).toBe(EXPORT);
    expect(exportUrl({ ...DOC, pathname: '/document/u/1/d/1AbC_d-9/view' })).toBe(
      'https://docs.google.com/document/u/1/d/1AbC_d-9/export?format=txt',
    );
    expect(exportUrl({ ...DOC, pathname: '/document/d/1AbC_d-9' })).toBe(EXPORT);
  });

  it('is null for anything but a Docs document', () => {
    expect(exportUrl({ ...DOC, pathname: '/spreadsheets/d/1AbC/edit' })).toBeNull();
    expect(exportUrl({ ...DOC, pathname: '/document/create' })).toBeNull();
    expect(exportUrl({ ...DOC, origin: 'https://docs.google.com.evil.example' })).toBeNull();
  });
});

describe('the exported text', () => {
  it('loses the byte-order mark and has newlines for CRLF, so offsets match Docs’ clean text', () => {
    const raw = '\u0003Libraries matter.\nIn my interviews, SENTINEL said yes.\n';
    const exported = '\ufeffLibraries matter.\r\nIn my interviews, SENTINEL said yes.';
    const text = parseExportedText(exported);
    expect(text).toBe(cleanAnnotatedText(raw).text);
    expect(text.indexOf('SENTINEL')).toBe(cleanAnnotatedText(raw).text.indexOf('SENTINEL'));
  });

  it('turns a lone CR into a newline, keeps tabs and empty lines, and does not double the final newline', () => {
    expect(parseExportedText('a\rb\tc\r\n\r\nd\r\n')).toBe('a\nb\tc\n\nd\n');
    expect(parseExportedText('\ufeff')).toBe('');
  });
});

describe('fetching the saved text', () => {
  it('asks once, same origin, for the export, and returns its clean text', async () => {
    const fetchText = answering('\ufeffOne.\r\nTwo.', {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
    await expect(fetchSavedText(fetchText, DOC)).resolves.toEqual({
      ok: true,
      text: 'One.\nTwo.\n',
    });
    expect(fetchText.mock.calls).toHaveLength(1);
    const [url, init] = fetchText.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(EXPORT);
    expect(init).toMatchObject({ credentials: 'same-origin', redirect: 'manual' });
  });

  it('says refused for an error status, a redirect or a sign-in page', async () => {
    const refused = { ok: false, reason: 'refused' };
    await expect(fetchSavedText(answering('', { status: 403 }), DOC)).resolves.toEqual(refused);
    const login = '<!DOCTYPE html><html><body>Sign in</body></html>';
    await expect(
      fetchSavedText(answering(login, { headers: { 'content-type': 'text/html' } }), DOC),
    ).resolves.toEqual(refused);
    await expect(
      fetchSavedText(answering(login, { headers: { 'content-type': 'text/plain' } }), DOC),
    ).resolves.toEqual(refused);
    // A redirect not followed answers with status 0, as this does.
    const redirect = vi.fn(async () => Response.error()) as unknown as typeof fetch;
    await expect(fetchSavedText(redirect, DOC)).resolves.toEqual(refused);
  });

  it('says unreachable when the request fails or the page is not a document, and asks nothing then', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(fetchSavedText(failing, DOC)).resolves.toEqual({
      ok: false,
      reason: 'unreachable',
    });
    const unused = answering('x');
    await expect(
      fetchSavedText(unused, { origin: 'https://example.com', pathname: '/document/d/1/edit' }),
    ).resolves.toEqual({ ok: false, reason: 'unreachable' });
    expect(unused.mock.calls).toHaveLength(0);
  });

  it('says notText for an answer that is neither text nor a refusal', async () => {
    const json = answering('{}', { headers: { 'content-type': 'application/json' } });
    await expect(fetchSavedText(json, DOC)).resolves.toEqual({ ok: false, reason: 'notText' });
  });
});
