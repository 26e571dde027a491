import { describe, expect, it } from 'vitest';
import {
  fillKnownPlaceholders,
  findPlaceholders,
  insertText,
  nextPlaceholder,
} from '../../../utils/feedback/placeholders';

describe('findPlaceholders', () => {
  it('finds every {…} in reading order with its range and name', () => {
    const text = 'You met {criterion} by {what you did}.';
    expect(findPlaceholders(text)).toEqual([
      { start: 8, end: 19, name: 'criterion' },
      { start: 23, end: 37, name: 'what you did' },
    ]);
    expect(text.slice(8, 19)).toBe('{criterion}');
  });

  it('ignores empty braces, braces across a line break, nested braces and names over 40 characters', () => {
    expect(findPlaceholders('{} and {a\nb} and {x{y}')).toEqual([
      { start: 19, end: 22, name: 'y' },
    ]);
    expect(findPlaceholders(`{${'a'.repeat(41)}}`)).toEqual([]);
    expect(findPlaceholders(`{${'a'.repeat(40)}}`)).toHaveLength(1);
  });
});

describe('nextPlaceholder (Tab / Shift+Tab between placeholders)', () => {
  const text = 'Aim: {criterion}. Now: {strength}. Next: {next step}.';
  const range = (index: number) => {
    const found = findPlaceholders(text)[index];
    if (!found) throw new Error(`no placeholder ${index}`);
    return { start: found.start, end: found.end };
  };
  const first = range(0);
  const second = range(1);
  const third = range(2);

  it('Tab from the start of the text selects the first placeholder', () => {
    expect(nextPlaceholder(text, 0, 'forward')).toEqual(first);
  });

  it('Tab with the caret exactly at a placeholder selects that placeholder', () => {
    expect(nextPlaceholder(text, second.start, 'forward')).toEqual(second);
  });

  it('Tab while a placeholder is selected moves on to the next one', () => {
    expect(nextPlaceholder(text, first.start, 'forward', first.end)).toEqual(second);
    expect(nextPlaceholder(text, second.start, 'forward', second.end)).toEqual(third);
  });

  it('Tab after the last placeholder finds none, so focus can leave the field', () => {
    expect(nextPlaceholder(text, third.start, 'forward', third.end)).toBeNull();
    expect(nextPlaceholder(text, text.length, 'forward')).toBeNull();
    expect(nextPlaceholder('No placeholders here.', 0, 'forward')).toBeNull();
  });

  it('Shift+Tab selects the last placeholder before the caret', () => {
    expect(nextPlaceholder(text, text.length, 'backward')).toEqual(third);
    expect(nextPlaceholder(text, second.end + 2, 'backward')).toEqual(second);
    // The caret right after a closing brace: that placeholder ends before it.
    expect(nextPlaceholder(text, third.end, 'backward')).toEqual(third);
  });

  it('Shift+Tab while a placeholder is selected goes to the one before it', () => {
    expect(nextPlaceholder(text, third.start, 'backward', third.end)).toEqual(second);
    expect(nextPlaceholder(text, second.start, 'backward', second.end)).toEqual(first);
  });

  it('Shift+Tab before the first placeholder finds none', () => {
    expect(nextPlaceholder(text, first.start, 'backward', first.end)).toBeNull();
    expect(nextPlaceholder(text, 0, 'backward')).toBeNull();
    expect(nextPlaceholder('', 0, 'backward')).toBeNull();
  });

  it('with the caret inside a placeholder, Tab goes to the next one and Shift+Tab to the one before', () => {
    const inside = second.start + 3;
    expect(nextPlaceholder(text, inside, 'forward')).toEqual(third);
    expect(nextPlaceholder(text, inside, 'backward')).toEqual(first);
  });
});

describe('fillKnownPlaceholders', () => {
  it('fills criterion and student in an English template and leaves the others', () => {
    expect(
      fillKnownPlaceholders('{Student}, you reached {criterion} through {method}.', 'en', {
        criterion: 'a clear thesis',
        student: 'Alex',
      }),
    ).toBe('Alex, you reached a clear thesis through {method}.');
  });

  it('fills the Swedish names {kriterium} and {elev}, and leaves {student} (not Swedish)', () => {
    expect(
      fillKnownPlaceholders('{elev}: du visar {Kriterium}. {student} {nästa steg}', 'sv', {
        criterion: 'källkritik',
        student: 'Åsa',
      }),
    ).toBe('Åsa: du visar källkritik. {student} {nästa steg}');
  });

  it('fills the Norwegian names, including strength and next step (capital at a sentence start)', () => {
    expect(
      fillKnownPlaceholders('{elev}, {styrke}. {Neste steg}: {kriterium}. {styrka}', 'nb', {
        criterion: 'kildebruk',
        student: 'Ola',
        strength: 'god struktur',
        nextStep: 'bruk flere kilder',
      }),
    ).toBe('Ola, god struktur. Bruk flere kilder: kildebruk. {styrka}');
  });

  it('leaves a known placeholder when its value is missing, empty or blank', () => {
    expect(
      fillKnownPlaceholders('{student} {criterion} {strength}', 'en', {
        student: '',
        criterion: '   ',
      }),
    ).toBe('{student} {criterion} {strength}');
  });

  it('puts a value in literally, even with $ signs in it', () => {
    expect(fillKnownPlaceholders('Hi {student}', 'en', { student: "$& $1 O'Neil" })).toBe(
      "Hi $& $1 O'Neil",
    );
  });
});

describe('insertText', () => {
  it('adds a space before a phrase inserted right after a word', () => {
    expect(insertText('Good work.', { start: 10, end: 10 }, 'Next: {x}')).toEqual({
      text: 'Good work. Next: {x}',
      caret: 20,
      inserted: { start: 11, end: 20 },
    });
  });

  it('adds no space at the start of the text or after white space', () => {
    expect(insertText('', { start: 0, end: 0 }, 'Hello').text).toBe('Hello');
    expect(insertText('Good. ', { start: 6, end: 6 }, 'More').text).toBe('Good. More');
    expect(insertText('Line\n', { start: 5, end: 5 }, 'More').text).toBe('Line\nMore');
  });

  it('adds a space after when a letter or digit follows, not before punctuation', () => {
    const r = insertText('Look at section.', { start: 8, end: 8 }, 'this');
    expect(r.text).toBe('Look at this section.');
    expect(r.inserted).toEqual({ start: 8, end: 12 });
    expect(insertText('Word.', { start: 4, end: 4 }, 'here').text).toBe('Word here.');
    expect(insertText('x 3', { start: 2, end: 2 }, 'is').text).toBe('x is 3');
  });

  it('replaces the selected text, and the inserted range lets the UI find the first placeholder', () => {
    const r = insertText('Start DELETE end', { start: 6, end: 12 }, 'see {criterion}');
    expect(r.text).toBe('Start see {criterion} end');
    expect(r.text.slice(r.inserted.start, r.inserted.end)).toBe('see {criterion}');
    expect(r.caret).toBe(r.inserted.end);
  });

  it('does not double a space the phrase already has', () => {
    expect(insertText('ab', { start: 1, end: 1 }, ' x ').text).toBe('a x b');
  });
});
