import { describeTextRange } from '../../anchoring/text-anchor';
import type { ApiProbe } from '../../model/page-access';
import { cleanAnnotatedText } from './annotated-text';
import { BridgeError, type DocsBridge } from './bridge-client';
import { ProbeFailure } from './docs-ladder';
import type { DocsReader } from './docs-reader';

/** The API probe's outcome for a bridge failure. */
function apiOutcome(error: unknown): ApiProbe {
  if (!(error instanceof BridgeError)) return 'noAnswer';
  return error.kind === 'apiMissing' ? 'missing' : error.kind;
}

/**
 * The full way in: Docs' annotated-text API through the page-world bridge
 * gives the live text, the teacher's selection, and selecting a passage
 * (Docs scrolls to it, and a comment then goes on it).
 */
export function createApiReader(bridge: DocsBridge): DocsReader {
  return {
    mode: 'full',
    async selectionKey() {
      const range = await bridge.selection();
      return range && range.start !== range.end ? `${range.start}:${range.end}` : '';
    },
    async read() {
      const raw = await bridge.text().catch((error: unknown) => {
        throw new ProbeFailure(apiOutcome(error));
      });
      const clean = cleanAnnotatedText(raw);
      return {
        text: clean.text,
        saved: false,
        async selection() {
          const range = await bridge.selection();
          if (!range || range.start === range.end) return null;
          return describeTextRange(
            clean.text,
            clean.toClean(range.start),
            clean.toClean(range.end),
          );
        },
        async show(start, end) {
          await bridge.select(clean.toRawRange(start, end));
          return 'selected';
        },
      };
    },
  };
}
