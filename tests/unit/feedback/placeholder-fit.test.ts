import { describe, expect, it } from 'vitest';
import {
  continueYouCan,
  endsWithYouCan,
  isICanStatement,
  toSecondPerson,
} from '../../../utils/feedback/criterion-voice';
import {
  keepsCapital,
  mergePunctuation,
  startsSentence,
} from '../../../utils/feedback/placeholder-fit';
import { fillKnownPlaceholders } from '../../../utils/feedback/placeholders';

describe('fillKnownPlaceholders fits the value to where it lands', () => {
  it('lower-cases a criterion mid-sentence and merges its full stop with the template’s', () => {
    expect(
      fillKnownPlaceholders('Du når {kriterium}. Bra!', 'sv', {
        criterion: 'Texten förklarar minst tre ord.',
      }),
    ).toBe('Du når texten förklarar minst tre ord. Bra!');
  });

  it('upper-cases a placeholder at the start of the text, of a sentence and of a line', () => {
    expect(fillKnownPlaceholders('{criterion} matters.', 'en', { criterion: 'clear claims' })).toBe(
      'Clear claims matters.',
    );
    expect(fillKnownPlaceholders('Good. {criterion}', 'en', { criterion: 'clear claims.' })).toBe(
      'Good. Clear claims.',
    );
    expect(
      fillKnownPlaceholders('Mål:\n- {kriterium}', 'sv', { criterion: 'tydlig struktur' }),
    ).toBe('Mål:\n- Tydlig struktur');
  });

  it('keeps a value ending in "?" and drops the template’s full stop after it', () => {
    expect(
      fillKnownPlaceholders('The question is {criterion}. Answer it.', 'en', {
        criterion: 'Why did the war start?',
      }),
    ).toBe('The question is why did the war start? Answer it.');
    expect(
      fillKnownPlaceholders('Kriteriet «{kriterium}». Se på det.', 'nb', {
        criterion: 'Kan jeg forklare?',
      }),
    ).toBe('Kriteriet «kan jeg forklare?» Se på det.');
  });

  it('strips surrounding and repeated white space from the value', () => {
    expect(
      fillKnownPlaceholders('Mot ”{kriterium}” nu.', 'sv', { criterion: '  Tydlig   struktur.  ' }),
    ).toBe('Mot ”tydlig struktur” nu.');
  });

  it('keeps the capital of an acronym, a name used again mid-text, and the English "I"', () => {
    expect(
      fillKnownPlaceholders('Use {criterion} here.', 'en', { criterion: 'PEEL paragraphs' }),
    ).toBe('Use PEEL paragraphs here.');
    expect(
      fillKnownPlaceholders('Om {kriterium} nu.', 'sv', {
        criterion: 'Strindberg och hur Strindberg skriver',
      }),
    ).toBe('Om Strindberg och hur Strindberg skriver nu.');
    expect(
      fillKnownPlaceholders('The criterion “{criterion}”.', 'en', { criterion: 'I can explain.' }),
    ).toBe('The criterion “I can explain”.');
  });

  it('never lower-cases a student’s name', () => {
    expect(fillKnownPlaceholders('Well done, {student}.', 'en', { student: 'Alex' })).toBe(
      'Well done, Alex.',
    );
  });

  it('does not take "t.ex." for the end of a sentence', () => {
    expect(
      fillKnownPlaceholders('Titta på t.ex. {kriterium}.', 'sv', { criterion: 'Källor' }),
    ).toBe('Titta på t.ex. källor.');
  });

  it('keeps the full stop of a value that ends its line', () => {
    expect(fillKnownPlaceholders('Mål: {kriterium}', 'sv', { criterion: 'Tydlig struktur.' })).toBe(
      'Mål: tydlig struktur.',
    );
  });

  it('continues "you can" / "du kan" with an "I can" criterion in the second person', () => {
    expect(
      fillKnownPlaceholders('Show that you can {criterion}.', 'en', {
        criterion: 'I can explain my results.',
      }),
    ).toBe('Show that you can explain your results.');
    expect(
      fillKnownPlaceholders('Visa att du kan {kriterium}.', 'sv', {
        criterion: 'Jag kan strukturera min text.',
      }),
    ).toBe('Visa att du kan strukturera din text.');
    expect(
      fillKnownPlaceholders('Vis at du kan {kriterium}.', 'nb', {
        criterion: 'Jeg kan bruke mine kilder.',
      }),
    ).toBe('Vis at du kan bruke dine kilder.');
  });
});

describe('startsSentence', () => {
  it('is true at the start, after . ! ? … and an opening quote, false mid-sentence', () => {
    expect(startsSentence('', 'en')).toBe(true);
    expect(startsSentence('Good work! “', 'en')).toBe(true);
    expect(startsSentence('We read ', 'en')).toBe(false);
    expect(startsSentence('Kriteriet: ', 'sv')).toBe(false);
    expect(startsSentence('Se bl.a. ', 'sv')).toBe(false);
  });
});

describe('keepsCapital', () => {
  it('keeps acronyms, inner capitals and repeated names, not ordinary first words', () => {
    expect(keepsCapital('NO-ämnets begrepp', 'sv')).toBe(true);
    expect(keepsCapital('iPad use', 'en')).toBe(true);
    expect(keepsCapital('Ibsen og hvordan Ibsen skriver', 'nb')).toBe(true);
    expect(keepsCapital('Texten förklarar', 'sv')).toBe(false);
    expect(keepsCapital('I den här texten', 'sv')).toBe(false);
    expect(keepsCapital('A clear claim', 'en')).toBe(false);
  });
});

describe('mergePunctuation', () => {
  it('drops the value’s . ; … mid-sentence and the template’s . after a ?', () => {
    expect(mergePunctuation('ord.', '. Sen')).toEqual({ value: 'ord', after: '. Sen' });
    expect(mergePunctuation('ord…', ', sen')).toEqual({ value: 'ord', after: ', sen' });
    expect(mergePunctuation('ord;', '” nu.')).toEqual({ value: 'ord', after: '” nu.' });
    expect(mergePunctuation('ord?', '”. Sen')).toEqual({ value: 'ord?', after: '” Sen' });
  });
});

describe('criterion voice', () => {
  it('recognises "I can" statements and a template’s "you can" in each language', () => {
    expect(isICanStatement(' Jag kan läsa.', 'sv')).toBe(true);
    expect(isICanStatement('Jeg kan lese.', 'nb')).toBe(true);
    expect(isICanStatement('I can read.', 'en')).toBe(true);
    expect(isICanStatement('Texten kan läsas.', 'sv')).toBe(false);
    expect(endsWithYouCan('visa att du kan ', 'sv')).toBe(true);
    expect(endsWithYouCan('show that you can', 'en')).toBe(true);
    expect(endsWithYouCan('kriteriet ”', 'sv')).toBe(false);
  });

  it('turns first-person words round, and leaves criteria that are not "I can" alone', () => {
    expect(toSecondPerson("what I'm doing and what I am sure of, by myself", 'en')).toBe(
      "what you're doing and what you are sure of, by yourself",
    );
    expect(toSecondPerson('Mina källor och mitt syfte', 'sv')).toBe('Dina källor och ditt syfte');
    expect(toSecondPerson('meg selv og teksten min', 'nb')).toBe('deg selv og teksten din');
    expect(continueYouCan('tydlig struktur', 'sv')).toBe('tydlig struktur');
  });
});
