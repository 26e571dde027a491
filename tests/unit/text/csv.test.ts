import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../../utils/text/csv';

describe('csv', () => {
  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('plain', ',')).toBe('plain');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('a;b', ',')).toBe('a;b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', ',')).toBe('"two\nlines"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}SUM(A1)`, ',').replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    }
    expect(csvCell('=HYPERLINK("http://x")', ',')).toBe('"\'=HYPERLINK(""http://x"")"');
  });

  it("starts with a byte order mark, uses the language's separator and CRLF line ends", () => {
    expect(
      csvText(
        [
          ['Kind', 'Share'],
          ['Peer', '25,5'],
        ],
        'sv',
      ),
    ).toBe('\uFEFFKind;Share\r\nPeer;25,5\r\n');
    expect(
      csvText(
        [
          ['Kind', 'Share'],
          ['Peer', '25.5'],
        ],
        'en',
      ),
    ).toBe('\uFEFFKind,Share\r\nPeer,25.5\r\n');
  });
});
