import { describe, expect, it } from 'vitest';
import { docsDiagnostic } from '../../../../utils/panel/logic/docs-diagnostic';
import { passageFromPastedText } from '../../../../utils/panel/logic/pasted-passage';

describe('the Google Docs diagnostic', () => {
  it('names the versions, the mode and every probe’s outcome', () => {
    const text = docsDiagnostic(
      { mode: 'layer', api: 'refused', layer: 'ok', export: 'notTried' },
      { app: '1.2.3', browser: 'Chromium 131' },
    );
    expect(text.split('\n')).toEqual([
      'Feedforward diagnostic (Google Docs)',
      'version: 1.2.3',
      'browser: Chromium 131',
      'mode: layer',
      'annotated-text API: refused',
      'accessibility layer: ok',
      'text export: notTried',
    ]);
  });
});

describe('a passage pasted into the panel', () => {
  it('becomes a quote without context, its line ends made plain', () => {
    expect(passageFromPastedText('  eleven rättar\r\nsina fel \n')).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: 'eleven rättar\nsina fel',
        prefix: '',
        suffix: '',
      },
      position: { type: 'TextPositionSelector', start: 0, end: 22 },
    });
  });

  it('is nothing when only white space was pasted', () => {
    expect(passageFromPastedText(' \n\t')).toBeNull();
  });
});
