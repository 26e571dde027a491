import { describeTextRange } from '../../anchoring/text-anchor';
import type { CopyCapture } from './copy-capture';
import { ProbeFailure } from './docs-ladder';
import type { DocsReader } from './docs-reader';
import type { SavedText } from './export-text';

/** How long a fetched saved text is used before it is asked for again. */
const DEFAULT_SAVED_TEXT_MS = 30_000;

/**
 * The last way in, when Docs offers neither its API nor its accessibility
 * layer: the text as last saved (Docs' own text export, asked for at most
 * every `cacheMs` by the regular checks, as it is a request to Google, and
 * afresh when the panel places the items), and the passage from what
 * the teacher copies. Docs cannot be told to select or scroll from here.
 */
export function createCanvasReader(deps: {
  savedText(): Promise<SavedText>;
  copies: CopyCapture;
  cacheMs?: number;
  now?: () => number;
}): DocsReader {
  const now = deps.now ?? Date.now;
  const cacheMs = deps.cacheMs ?? DEFAULT_SAVED_TEXT_MS;
  // A refusal is kept as long as a text: the regular checks must not ask Google every 2 s.
  let cached: { answer: SavedText; at: number } | null = null;

  async function savedText(fresh: boolean): Promise<string> {
    if (fresh || !cached || now() - cached.at >= cacheMs) {
      cached = { answer: await deps.savedText(), at: now() };
    }
    const { answer } = cached;
    if (!answer.ok) throw new ProbeFailure(answer.reason);
    return answer.text;
  }

  return {
    mode: 'canvas',
    selectionKey: async () => String(deps.copies.latest()?.seq ?? ''),
    async read(options) {
      const text = await savedText(options?.fresh === true);
      return {
        text,
        saved: true,
        async selection() {
          const copied = deps.copies.latest()?.text.replace(/\r\n?/g, '\n').trim();
          if (!copied) return null;
          const at = text.indexOf(copied);
          // Words not in the saved text (typed since the last save) are kept as a bare quote.
          return at === -1
            ? describeTextRange(copied, 0, copied.length)
            : describeTextRange(text, at, at + copied.length);
        },
        show: async () => 'no',
      };
    },
  };
}
