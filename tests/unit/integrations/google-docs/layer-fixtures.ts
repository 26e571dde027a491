import type { LayerFragment } from '../../../../utils/integrations/google-docs/layer-text';

/** Every character of the tests' font is this wide. */
export const CHAR_WIDTH = 10;
/** Lines are this far apart; fragments this tall. */
export const LINE_HEIGHT = 20;

/** The fixed-width measure the tests' geometry is built with. */
export const fixedMeasure = (text: string) => text.length * CHAR_WIDTH;

/** A fragment drawn on `line` of `page`, starting `x` pixels from the page's left edge. */
export function fragment(text: string, page: number, line: number, x = 0): LayerFragment {
  return {
    text,
    page,
    x,
    y: line * LINE_HEIGHT,
    width: fixedMeasure(text),
    height: 16,
    font: '10px monospace',
  };
}
