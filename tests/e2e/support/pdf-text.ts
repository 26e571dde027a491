import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF that headless Chromium printed (Skia's PDF writer),
 * read without a PDF library: each page's content stream is inflated, its
 * glyph strings decoded through the fonts' ToUnicode maps, and the runs
 * put in reading order (top to bottom, left to right), lines joined by a
 * space, ligatures split and white space evened out. Enough to check that printed words are
 * in the file; it does not handle every PDF (no fonts without ToUnicode,
 * no encryption, no object streams, which Skia does not write).
 */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const pages = [...objects.values()].filter((body) => /\/Type\s*\/Page\b/.test(body.dict));
  return pages
    .map((page) => pageText(page, objects))
    .join(' ')
    .normalize('NFKC') // ligatures such as "ﬁ" back to their letters
    .replace(/\s+/g, ' ')
    .trim();
}

/** One indirect object: its dictionary text and its stream's bytes, if it has one. */
interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/** Every `N 0 obj … endobj` of the file by number, streams inflated. */
function readObjects(pdf: Buffer): Map<string, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<string, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) {
    const [whole, number, body = ''] = match;
    const start = (match.index ?? 0) + whole.indexOf(body);
    const streamAt = body.indexOf('stream');
    if (streamAt === -1) {
      objects.set(number ?? '', { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    let from = start + streamAt + 'stream'.length;
    if (text[from] === '\r') from += 1;
    if (text[from] === '\n') from += 1;
    const to = start + body.lastIndexOf('endstream');
    const raw = pdf.subarray(from, to);
    const stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    objects.set(number ?? '', { dict, stream });
  }
  return objects;
}

/** The glyph code → text map of a ToUnicode CMap (bfchar and bfrange entries). */
function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hex = (value: string) => Number.parseInt(value, 16);
  const chars = (value: string) =>
    String.fromCharCode(...(value.match(/.{4}/g) ?? []).map((unit) => hex(unit)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code = '', unicode = ''] of (block[1] ?? '').matchAll(/<(\w+)>\s*<(\w+)>/g))
      map.set(hex(code), chars(unicode));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, low = '', high = '', first = ''] of (block[1] ?? '').matchAll(
      /<(\w+)>\s*<(\w+)>\s*<(\w+)>/g,
    ))
      for (let code = hex(low); code <= hex(high); code += 1)
        map.set(code, String.fromCharCode(hex(first) + code - hex(low)));
  return map;
}

/** The page's fonts by resource name ("F4"), each as its ToUnicode map. */
function pageFonts(
  page: PdfObject,
  objects: Map<string, PdfObject>,
): Map<string, Map<number, string>> {
  const fonts = new Map<string, Map<number, string>>();
  const resources = /\/Font\s*<<([\s\S]*?)>>/.exec(page.dict)?.[1] ?? '';
  for (const [, name = '', ref = ''] of resources.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
    const unicodeRef = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.get(ref)?.dict ?? '')?.[1];
    const cmap = unicodeRef ? objects.get(unicodeRef)?.stream?.toString('latin1') : undefined;
    fonts.set(name, toUnicodeMap(cmap ?? ''));
  }
  return fonts;
}

/** The text of one page: its runs ordered by line (top first), then from the left. */
function pageText(page: PdfObject, objects: Map<string, PdfObject>): string {
  const fonts = pageFonts(page, objects);
  const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
  const content = [...contents.matchAll(/(\d+) 0 R/g)]
    .map(([, ref = '']) => objects.get(ref)?.stream?.toString('latin1') ?? '')
    .join('\n');
  const runs: { x: number; y: number; text: string }[] = [];
  let font = new Map<number, string>();
  let x = 0;
  let y = 0;
  const operators =
    /\/(\w+)\s+[\d.]+\s+Tf|([-\d.]+)\s+([-\d.]+)\s+Tm|(\[[^\]]*\])\s*TJ|<([0-9A-Fa-f]*)>\s*Tj/g;
  for (const [, fontName, tmX, tmY, array, hexString] of content.matchAll(operators)) {
    if (fontName !== undefined) font = fonts.get(fontName) ?? new Map();
    else if (tmX !== undefined && tmY !== undefined) [x, y] = [Number(tmX), Number(tmY)];
    else {
      const strings =
        hexString !== undefined
          ? [hexString]
          : [...(array ?? '').matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => m[1] ?? '');
      const text = strings
        .flatMap((glyphs) => glyphs.match(/.{4}/g) ?? [])
        .map((code) => font.get(Number.parseInt(code, 16)) ?? '')
        .join('');
      runs.push({ x, y, text });
    }
  }
  runs.sort((a, b) => Math.round(a.y) - Math.round(b.y) || a.x - b.x);
  return runs
    .map((run, index) =>
      index > 0 && Math.round(runs[index - 1]?.y ?? 0) !== Math.round(run.y)
        ? ` ${run.text}`
        : run.text,
    )
    .join('');
}
