import { describe, expect, it } from 'vitest';
import { canonicalDocumentKey, isGoogleDocsDocument } from '../../../utils/documents/key';

const DOC_ID = '1AbC-dEf_GhIjKlMnOpQrStUvWxYz0123456789';

describe('canonicalDocumentKey for Google Docs', () => {
  it.each([
    ['the editor', `https://docs.google.com/document/d/${DOC_ID}/edit`],
    ['the viewer', `https://docs.google.com/document/d/${DOC_ID}/view`],
    ['the bare document path', `https://docs.google.com/document/d/${DOC_ID}`],
    ['a second signed-in account', `https://docs.google.com/document/u/1/d/${DOC_ID}/edit`],
    ['a query string', `https://docs.google.com/document/d/${DOC_ID}/edit?usp=sharing&tab=t.0`],
    ['a heading link', `https://docs.google.com/document/d/${DOC_ID}/edit#heading=h.abc123`],
    ['query and fragment', `https://docs.google.com/document/d/${DOC_ID}/edit?pli=1#bookmark=id.x`],
  ])('finds the same document when it is opened through %s', (_how, url) => {
    expect(canonicalDocumentKey(url)).toBe(`gdoc:${DOC_ID}`);
  });

  it('keeps two different documents apart', () => {
    const a = canonicalDocumentKey(`https://docs.google.com/document/d/${DOC_ID}/edit`);
    const b = canonicalDocumentKey(`https://docs.google.com/document/d/${DOC_ID}X/edit`);
    expect(a).not.toBe(b);
  });

  it('treats other Google Docs pages (not a document) as ordinary pages', () => {
    expect(canonicalDocumentKey('https://docs.google.com/document/u/0/')).toBe(
      'https://docs.google.com/document/u/0/',
    );
  });
});

describe('canonicalDocumentKey for other web pages', () => {
  it.each([
    ['drops the fragment', 'https://example.org/essay#part-2', 'https://example.org/essay'],
    [
      'keeps a hash route, which names the student shown',
      'https://lms.example/grade#/student/12',
      'https://lms.example/grade#/student/12',
    ],
    [
      'keeps a hashbang route',
      'https://lms.example/grade#!/student/12',
      'https://lms.example/grade#!/student/12',
    ],
    [
      'keeps view state kept as JSON in the fragment',
      'https://lms.example/speed_grader?assignment_id=5#%7B%22student_id%22%3A%2212%22%7D',
      'https://lms.example/speed_grader?assignment_id=5#%7B%22student_id%22%3A%2212%22%7D',
    ],
    [
      'drops utm_* campaign parameters',
      'https://example.org/essay?utm_source=mail&utm_Medium=x&id=7',
      'https://example.org/essay?id=7',
    ],
    [
      'drops click ids (fbclid, gclid)',
      'https://example.org/essay?fbclid=abc&id=7&gclid=def',
      'https://example.org/essay?id=7',
    ],
    [
      'sorts the remaining parameters',
      'https://example.org/essay?b=2&a=1&c=3',
      'https://example.org/essay?a=1&b=2&c=3',
    ],
    ['lower-cases the host', 'https://Example.ORG/Essay', 'https://example.org/Essay'],
    ['drops the default https port', 'https://example.org:443/essay', 'https://example.org/essay'],
    ['drops the default http port', 'http://example.org:80/essay', 'http://example.org/essay'],
    ['keeps a non-default port', 'http://127.0.0.1:8080/essay', 'http://127.0.0.1:8080/essay'],
    [
      'removes a query made only of tracking',
      'https://example.org/?utm_source=x',
      'https://example.org/',
    ],
    ['gives the root path a slash', 'https://example.org', 'https://example.org/'],
  ])('%s', (_what, url, expected) => {
    expect(canonicalDocumentKey(url)).toBe(expected);
  });

  it('gives the same key to two links that differ only in tracking, order and fragment', () => {
    const shared = canonicalDocumentKey('https://lms.example/course/1/essay?student=5&view=full');
    const fromMail = canonicalDocumentKey(
      'https://LMS.example:443/course/1/essay?utm_campaign=term&view=full&student=5#comments',
    );
    expect(fromMail).toBe(shared);
  });

  it('keeps the path case, since servers may treat /Essay and /essay as different pages', () => {
    expect(canonicalDocumentKey('https://example.org/Essay')).not.toBe(
      canonicalDocumentKey('https://example.org/essay'),
    );
  });

  it('keeps parameters that choose the content', () => {
    expect(canonicalDocumentKey('https://example.org/view?id=1')).not.toBe(
      canonicalDocumentKey('https://example.org/view?id=2'),
    );
  });
});

describe('canonicalDocumentKey for things that are not web documents', () => {
  it.each([
    ['chrome://extensions/'],
    ['chrome-extension://abcdefghijklmnop/panel.html'],
    ['about:blank'],
    ['javascript:alert(1)'],
    ['data:text/html,<p>hi</p>'],
    ['mailto:teacher@example.org'],
    ['not a url at all'],
    [''],
    ['/relative/path'],
  ])('returns null for %j', (url) => {
    expect(canonicalDocumentKey(url)).toBeNull();
  });
});

describe('canonicalDocumentKey for a file opened from disk', () => {
  it('keys a local file by its path, without the fragment', () => {
    expect(canonicalDocumentKey('file:///home/teacher/essays/anna.html#p3')).toBe(
      'file:///home/teacher/essays/anna.html',
    );
  });
});

describe('isGoogleDocsDocument', () => {
  it.each([
    [`https://docs.google.com/document/d/${DOC_ID}/edit`, true],
    [`https://docs.google.com/document/u/1/d/${DOC_ID}/view#heading=h.1`, true],
    ['https://docs.google.com/document/u/0/', false],
    [`https://docs.google.com/spreadsheets/d/${DOC_ID}/edit`, false],
    [`http://docs.google.com/document/d/${DOC_ID}/edit`, false],
    [`https://example.org/document/d/${DOC_ID}/edit`, false],
    ['not a url', false],
  ])('tells whether %s is a Google Docs document (%s)', (url, expected) => {
    expect(isGoogleDocsDocument(url)).toBe(expected);
  });
});
