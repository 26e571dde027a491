/**
 * What a student changed in a passage, word by word, so the teacher sees
 * the revision itself rather than two versions to compare by eye.
 */

/** One stretch of the comparison: text in both versions, only in the old one, or only in the new one. */
export interface DiffRun {
  kind: 'same' | 'removed' | 'added';
  /** The words with the white space that follows them, as written in their version. */
  text: string;
}

/**
 * Most word pairs compared one by one (the common beginning and end are
 * taken off first). A passage is a sentence or a paragraph, far inside
 * this; beyond it the changed middle is shown as replaced as a whole, so
 * an enormous passage never stalls the panel.
 */
export const MAX_DIFF_CELLS = 1_000_000;

interface Token {
  /** What the token is compared by. */
  key: string;
  /** The token as written, with the white space after it. */
  text: string;
}

/**
 * A word (letters, digits and marks of any script, joined by an apostrophe
 * or hyphen inside it, as in "don't" or "e-post") or one other visible
 * character, each with the white space after it. Invisible format
 * characters (soft hyphen, zero-width space…) count as part of a word.
 */
const TOKEN =
  /([\p{L}\p{N}\p{M}\p{Cf}]+(?:['\u2019-][\p{L}\p{N}\p{M}\p{Cf}]+)*|[^\s\p{L}\p{N}\p{M}\p{Cf}])(\s*)/gu;

/**
 * The form a token is compared in: without invisible characters, with
 * straight quotes and composed letters, so what a reader would not notice
 * (a word processor's curly quotes, "ö" stored as o + ¨) is no change.
 */
function keyOf(word: string): string {
  return word
    .replace(/\p{Cf}/gu, '')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .normalize('NFC');
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map(([text, word = '']) => ({ key: keyOf(word), text }));
}

/** Adds tokens to the runs, joining them to the last run when it is of the same kind. */
function push(runs: DiffRun[], kind: DiffRun['kind'], tokens: readonly Token[]): void {
  if (tokens.length === 0) return;
  const text = tokens.map((token) => token.text).join('');
  const last = runs[runs.length - 1];
  if (last?.kind === kind) last.text += text;
  else runs.push({ kind, text });
}

/** The changed middle of the two versions as runs, by the longest common run of words. */
function diffMiddle(before: readonly Token[], after: readonly Token[], runs: DiffRun[]): void {
  const rows = before.length;
  const columns = after.length;
  if (rows * columns > MAX_DIFF_CELLS) {
    push(runs, 'removed', before);
    push(runs, 'added', after);
    return;
  }
  // common[i][j]: how many words the rest of the versions from before[i] and after[j] share.
  const width = columns + 1;
  const common = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      common[i * width + j] =
        before[i]?.key === after[j]?.key
          ? (common[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(common[(i + 1) * width + j] ?? 0, common[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < rows || j < columns) {
    const old = before[i];
    const next = after[j];
    if (old && next && old.key === next.key) {
      push(runs, 'same', [next]);
      i += 1;
      j += 1;
    } else if (
      old &&
      (!next || (common[(i + 1) * width + j] ?? 0) >= (common[i * width + j + 1] ?? 0))
    ) {
      push(runs, 'removed', [old]);
      i += 1;
    } else if (next) {
      push(runs, 'added', [next]);
      j += 1;
    }
  }
}

/**
 * Compares two versions of a passage word by word: the runs, in reading
 * order, of words kept, removed and added (within a change, the removed
 * words come first). Kept words are given as they read now. Only the words
 * and punctuation count: a change of white space alone, or of quote style,
 * is no change.
 */
export function diffWords(before: string, after: string): DiffRun[] {
  const old = tokensOf(before);
  const next = tokensOf(after);
  let start = 0;
  while (start < old.length && start < next.length && old[start]?.key === next[start]?.key) {
    start += 1;
  }
  let end = 0;
  while (
    end < old.length - start &&
    end < next.length - start &&
    old[old.length - 1 - end]?.key === next[next.length - 1 - end]?.key
  ) {
    end += 1;
  }
  const runs: DiffRun[] = [];
  push(runs, 'same', next.slice(0, start));
  diffMiddle(old.slice(start, old.length - end), next.slice(start, next.length - end), runs);
  push(runs, 'same', next.slice(next.length - end));
  return runs;
}

/** True when the two versions differ in their words or punctuation (see `diffWords`). */
export function wordsChanged(before: string, after: string): boolean {
  const old = tokensOf(before);
  const next = tokensOf(after);
  return old.length !== next.length || old.some((token, index) => token.key !== next[index]?.key);
}
