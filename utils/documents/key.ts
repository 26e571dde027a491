/**
 * Query parameters that only say how a visitor arrived (campaigns, click ids);
 * they never change which document is shown, so they are left out of the key.
 */
const TRACKING_PARAMETERS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'ref_src',
  'usp',
]);

const GOOGLE_DOC_PATH = /^\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{10,})(?:\/|$)/;

/**
 * Whether `href` is a Google Docs document (the editor or a view, any
 * account index): there the text is drawn on a canvas and reached only
 * through Docs' own page-world API, so the page side is set up differently.
 */
export function isGoogleDocsDocument(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.hostname === 'docs.google.com' &&
    GOOGLE_DOC_PATH.test(url.pathname)
  );
}

/**
 * A fragment that names a view of a single-page app rather than a place in
 * the text: a hash route ("#/students/12", "#!/grade/5") or state kept as
 * JSON ("#{"student_id":"12"}", as grading views do). It decides which
 * student's text is shown, so it belongs in the key; a plain anchor
 * ("#part-2") only scrolls and does not.
 */
function routeFragment(hash: string): string {
  const fragment = hash.slice(1);
  return /^(?:!?\/|\{|%7B)/i.test(fragment) ? `#${fragment}` : '';
}

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMETERS.has(lower);
}

/**
 * The key a document is stored under, so the same student text finds its
 * feedback however the teacher reached it. Google Docs: the document id (the
 * same document under /edit, /view, another account index or a heading link).
 * Other pages: the URL without tracking parameters, default port, parameter
 * order or fragment, unless the fragment is an app's route (see
 * `routeFragment`). Returns null for URLs that are not web documents.
 */
export function canonicalDocumentKey(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:') {
    return null;
  }
  if (url.hostname === 'docs.google.com') {
    const match = GOOGLE_DOC_PATH.exec(url.pathname);
    if (match) return `gdoc:${match[1]}`;
  }
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(kept).toString();
  const path = url.pathname || '/';
  return `${url.protocol}//${url.host}${path}${query ? `?${query}` : ''}${routeFragment(url.hash)}`;
}
