import { describe, expect, it } from 'vitest';
import { cleanAnnotatedText } from '../../../../utils/integrations/google-docs/annotated-text';
import {
  type LayerFragment,
  type LayerParagraph,
  layerText,
} from '../../../../utils/integrations/google-docs/layer-text';
import { fragment } from './layer-fixtures';

const paragraph = (...fragments: LayerFragment[]): LayerParagraph => ({ fragments });

describe('the text of Docs’ accessibility layer', () => {
  it('ends every paragraph with a newline and places every fragment in the text', () => {
    const layer = layerText([
      paragraph(fragment('Libraries matter.', 0, 0)),
      paragraph(fragment('In my interviews, most', 0, 1), fragment('said yes.', 0, 2)),
    ]);
    expect(layer.text).toBe('Libraries matter.\nIn my interviews, most said yes.\n');
    for (const placed of layer.fragments) {
      expect(layer.text.slice(placed.start, placed.end)).toBe(placed.text);
    }
  });

  it('gives the same text as Docs’ API for the same document, so saved passages are found again', () => {
    const raw = '\u0003Libraries matter.\nIn my interviews, most said yes.\nThe well-known end.\n';
    const layer = layerText([
      paragraph(fragment('Libraries matter.', 0, 0)),
      paragraph(fragment('In my interviews, ', 0, 1), fragment('most said yes.', 0, 2)),
      paragraph(fragment('The well-', 0, 3), fragment('known end.', 0, 4)),
    ]);
    expect(layer.text).toBe(cleanAnnotatedText(raw).text);
  });

  it('joins fragments of one line as they are (a change of font mid-line) and puts a wrapped line after a space', () => {
    const layer = layerText([
      paragraph(
        fragment('said', 0, 1, 80),
        fragment('Most ', 0, 1),
        fragment(' yes', 0, 1, 120),
        fragment('and', 0, 2),
      ),
    ]);
    expect(layer.text).toBe('Most said yes and\n');
  });

  it('reads pages in order, then lines top to bottom, whatever the order of the DOM', () => {
    const layer = layerText([
      paragraph(fragment('Second page.', 1, 0)),
      paragraph(fragment('Bottom of page one.', 0, 30)),
      paragraph(fragment('Top of page one.', 0, 0)),
    ]);
    expect(layer.text).toBe('Top of page one.\nBottom of page one.\nSecond page.\n');
  });

  it('reads a pageless document (one tall page) by its height alone', () => {
    const layer = layerText([
      paragraph(fragment('Far below.', 0, 400)),
      paragraph(fragment('At the top.', 0, 0)),
    ]);
    expect(layer.text).toBe('At the top.\nFar below.\n');
  });

  it('keeps one copy of a line that overlapping tiles both draw, and of its paragraph', () => {
    const shared = fragment('the line on both tiles', 0, 5);
    const layer = layerText([
      paragraph(fragment('A paragraph across tiles, with', 0, 4), shared),
      paragraph({ ...shared, x: shared.x + 0.3 }, fragment('its last line.', 0, 6)),
      paragraph(fragment('Next.', 0, 7)),
    ]);
    expect(layer.text).toBe(
      'A paragraph across tiles, with the line on both tiles its last line.\nNext.\n',
    );
    expect(layer.fragments.map((placed) => placed.text)).toEqual([
      'A paragraph across tiles, with',
      'the line on both tiles',
      'its last line.',
      'Next.',
    ]);
  });

  it('keeps a line that appears twice on different pages: those are two lines', () => {
    const layer = layerText([
      paragraph(fragment('Same words.', 0, 0)),
      paragraph(fragment('Same words.', 1, 0)),
    ]);
    expect(layer.text).toBe('Same words.\nSame words.\n');
  });

  it('is empty for a layer without paragraphs, and drawn empty paragraphs are empty lines', () => {
    expect(layerText([]).text).toBe('');
    expect(layerText([paragraph()]).text).toBe('');
    const layer = layerText([
      paragraph(fragment('One.', 0, 0)),
      paragraph(fragment('', 0, 1)),
      paragraph(fragment('Two.', 0, 2)),
    ]);
    expect(layer.text).toBe('One.\n\nTwo.\n');
  });
});
