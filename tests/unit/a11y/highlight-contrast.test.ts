import { describe, expect, it } from 'vitest';
import { FEEDBACK_LEVELS } from '../../../utils/model/feedback';
import { HIGHLIGHT_PALETTES } from '../../../utils/model/highlight-palettes';
import { contrastRatio, parseColour, relativeLuminance } from '../../e2e/support/contrast';

/** What the highlights are drawn on: a plain page, Google Docs' page and the grey canvas around it (new and older Docs). */
const PAGE_COLOURS = { white: '#ffffff', docsCanvas: '#f9fbfd', olderDocsCanvas: '#f1f3f4' };
/** The text colour the highlights set on the passage. */
const PASSAGE_TEXT = '#1a1a1a';

describe('WCAG contrast maths', () => {
  it('gives 21:1 for black on white, 1:1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('matches published ratios: #767676 on white is the 4.5:1 grey', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(relativeLuminance(parseColour('rgb(255, 255, 255)'))).toBe(1);
  });
});

describe('the highlight palettes', () => {
  for (const [palette, levels] of Object.entries(HIGHLIGHT_PALETTES)) {
    for (const level of FEEDBACK_LEVELS) {
      const paint = levels[level];
      it(`${palette} ${level}: text 4.5:1 on the tint; underline 3:1 on the tint, white and Docs' colours`, () => {
        expect(contrastRatio(PASSAGE_TEXT, paint.background)).toBeGreaterThanOrEqual(4.5);
        for (const behind of [paint.background, ...Object.values(PAGE_COLOURS)]) {
          expect(
            contrastRatio(paint.underline, behind),
            `${paint.underline} on ${behind}`,
          ).toBeGreaterThanOrEqual(3);
        }
      });
    }
    it(`${palette}: each level has its own underline style, so no level is told by colour alone`, () => {
      const styles = FEEDBACK_LEVELS.map((level) => levels[level].underlineStyle);
      expect(new Set(styles).size).toBe(FEEDBACK_LEVELS.length);
    });
  }
});
