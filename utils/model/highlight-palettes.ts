import type { FeedbackLevel } from './feedback';
import type { HighlightPalette } from './page';

/** How one level's passages are painted: a background and an underline style. */
export interface LevelPaint {
  background: string;
  underline: string;
  underlineStyle: 'solid' | 'dotted' | 'dashed' | 'wavy' | 'double';
}

/**
 * Colours per feedback level: the page paints passages with them and the
 * panel's legend shows the same swatches, so both read them from here. The
 * standard set uses soft tints that keep black text readable. The colour-blind set takes its hues from the
 * Okabe–Ito palette, which stays distinct under the common colour-vision
 * deficiencies. Both draw a different underline style per level (solid,
 * dashed, wavy, dotted, as the legend shows beside each level's name), so
 * the level can be told apart without colour at all. Every underline stands
 * out at least 3:1 against white, Google Docs' grey canvas and its own tint,
 * and black text at least 4.5:1 on every tint (tests/unit/a11y).
 */
export const HIGHLIGHT_PALETTES: Record<HighlightPalette, Record<FeedbackLevel, LevelPaint>> = {
  standard: {
    task: { background: '#cfe3ff', underline: '#1a5fb4', underlineStyle: 'solid' },
    process: { background: '#d4f2d0', underline: '#26802b', underlineStyle: 'dashed' },
    selfRegulation: { background: '#f3dcf7', underline: '#8c3ea8', underlineStyle: 'wavy' },
    self: { background: '#fff1b8', underline: '#9a7400', underlineStyle: 'dotted' },
  },
  colourBlind: {
    task: { background: '#b3dcf5', underline: '#0072b2', underlineStyle: 'solid' },
    process: { background: '#ffe0a3', underline: '#b36b00', underlineStyle: 'dashed' },
    selfRegulation: { background: '#f0c9de', underline: '#a64d80', underlineStyle: 'wavy' },
    self: { background: '#e4e4e4', underline: '#333333', underlineStyle: 'dotted' },
  },
};
