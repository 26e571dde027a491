import type { Anchor } from '../../model/anchor';
import { MAX_LONG_TEXT } from '../../model/fields';

/**
 * A passage the teacher pasted (Google Docs in copy-and-paste mode, where
 * the selection cannot be read): only its words are known, so it is stored
 * as a quote without context, found again by its words alone. Null for
 * text that is only white space.
 */
export function passageFromPastedText(pasted: string): Anchor | null {
  const text = pasted.replace(/\r\n?/g, '\n').trim().slice(0, MAX_LONG_TEXT);
  if (!text) return null;
  return {
    quote: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: text.length },
  };
}
