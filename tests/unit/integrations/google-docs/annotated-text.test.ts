import { describe, expect, it } from 'vitest';
import { cleanAnnotatedText } from '../../../../utils/integrations/google-docs/annotated-text';

const RAW =
  '\u0003Libraries matter.\nIn my interviews,\u000bmost said yes.\n' +
  '\u0010\u0012\u001cHours\n\u001cSaturday\n\u0011The end.\n';

describe('Docs annotated text without its control characters', () => {
  it('keeps the words, newlines and tabs, and turns line and page breaks into newlines', () => {
    expect(cleanAnnotatedText(RAW).text).toBe(
      'Libraries matter.\nIn my interviews,\nmost said yes.\nHours\nSaturday\nThe end.\n',
    );
    expect(cleanAnnotatedText('a\tb\u000cc\u001d\u001e\u001fd').text).toBe('a\tb\ncd');
  });

  it('maps a clean range to the raw range Docs selects, and back, for every range', () => {
    const clean = cleanAnnotatedText(RAW);
    const wrong: string[] = [];
    for (let start = 0; start < clean.text.length; start += 1) {
      for (let end = start + 1; end <= clean.text.length; end += 1) {
        const raw = clean.toRawRange(start, end);
        const text = cleanAnnotatedText(RAW.slice(raw.start, raw.end)).text;
        const back = [clean.toClean(raw.start), clean.toClean(raw.end)];
        if (text !== clean.text.slice(start, end) || back[0] !== start || back[1] !== end) {
          wrong.push(`${start}-${end}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never starts or ends a raw range on a control character around the passage', () => {
    const clean = cleanAnnotatedText(RAW);
    const hours = clean.text.indexOf('Hours');
    const raw = clean.toRawRange(hours, hours + 'Hours'.length);
    expect(RAW.slice(raw.start, raw.end)).toBe('Hours');
    const first = clean.toRawRange(0, 'Libraries'.length);
    expect(RAW.slice(first.start, first.end)).toBe('Libraries');
  });

  it('maps Docs’ selection ends that fall on control characters to the nearest clean boundary', () => {
    const clean = cleanAnnotatedText(RAW);
    expect(clean.toClean(0)).toBe(0);
    expect(clean.toClean(1)).toBe(0);
    expect(clean.toClean(RAW.length)).toBe(clean.text.length);
    const cell = RAW.indexOf('\u001cHours');
    expect(clean.toClean(cell)).toBe(clean.text.indexOf('Hours'));
    expect(clean.toClean(-5)).toBe(0);
    expect(clean.toClean(RAW.length + 10)).toBe(clean.text.length);
  });

  it('handles text that is only control characters, and empty text', () => {
    const only = cleanAnnotatedText('\u0003\u001c\u0010');
    expect(only.text).toBe('');
    expect(only.toClean(2)).toBe(0);
    expect(only.toRawRange(0, 0)).toEqual({ start: 3, end: 3 });
    expect(cleanAnnotatedText('').text).toBe('');
  });
});
