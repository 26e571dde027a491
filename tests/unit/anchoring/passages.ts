import { type Anchor, anchorInText, describeTextRange } from '../../../utils/anchoring/index';

/** Selectors for the `occurrence`-th (0-based) appearance of `passage` in `text`. */
export function describePassage(text: string, passage: string, occurrence = 0): Anchor {
  let at = text.indexOf(passage);
  for (let i = 0; i < occurrence; i++) at = text.indexOf(passage, at + 1);
  if (at === -1) throw new Error(`${JSON.stringify(passage)} not in text`);
  const described = describeTextRange(text, at, at + passage.length);
  if (!described) throw new Error('describeTextRange returned null');
  return described;
}

/** The text the match covers, or null when the passage is orphaned. */
export function foundText(text: string, selectors: Anchor): string | null {
  const match = anchorInText(text, selectors);
  return match ? text.slice(match.start, match.end) : null;
}
