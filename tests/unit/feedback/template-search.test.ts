import { describe, expect, it } from 'vitest';
import {
  createTemplateIndex,
  foldForSearch,
  type TemplateQuery,
} from '../../../utils/feedback/template-search';
import type { TemplateRecord } from '../../../utils/model/records';

let counter = 0;

/** A plain, unused, visible built-in template; override what a test is about. */
function template(overrides: Partial<TemplateRecord> & { id: string }): TemplateRecord {
  counter += 1;
  return {
    lang: 'en',
    question: 'feedForward',
    level: 'task',
    text: '',
    tags: [],
    builtIn: true,
    hidden: false,
    favourite: false,
    useCount: 0,
    createdAt: 1_700_000_000_000 + counter,
    updatedAt: 1_700_000_000_000 + counter,
    ...overrides,
  };
}

/** The ids a query returns, in order. */
function ids(index: ReturnType<typeof createTemplateIndex>, query: TemplateQuery): string[] {
  return index.search(query).map((record) => record.id);
}

describe('foldForSearch (the one normalisation for templates and queries)', () => {
  it('lowercases and removes Swedish, German and French diacritics', () => {
    expect(foldForSearch('Nästa Steg på Källor')).toBe('nasta steg pa kallor');
    expect(foldForSearch('Idé, Müller, façade')).toBe('ide, muller, facade');
  });

  it('spells out the Norwegian, French and German letters that do not decompose', () => {
    expect(foldForSearch('Læreren Øver')).toBe('laereren over');
    expect(foldForSearch('Œuvre Straße')).toBe('oeuvre strasse');
  });

  it('folds text typed with combining marks the same as precomposed letters', () => {
    expect(foldForSearch('ka\u0308llor')).toBe(foldForSearch('källor'));
  });
});

describe('createTemplateIndex: filters', () => {
  const index = createTemplateIndex([
    template({ id: 'en-1', lang: 'en', text: 'Your argument is clear.' }),
    template({ id: 'sv-1', lang: 'sv', text: 'Ditt argument är tydligt.' }),
    template({ id: 'nb-1', lang: 'nb', text: 'Argumentet ditt er tydelig.', tags: ['argument'] }),
    template({ id: 'sv-2', lang: 'sv', question: 'feedUp', text: 'Målet är ett argument.' }),
    template({ id: 'sv-3', lang: 'sv', level: 'process', text: 'Pröva ett nytt argument.' }),
    template({
      id: 'sv-4',
      lang: 'sv',
      question: 'feedUp',
      level: 'process',
      text: 'Vilket argument bär?',
    }),
  ]);

  it('returns only templates in the teacher’s language, with and without text', () => {
    expect(ids(index, { text: 'argument', lang: 'en' })).toEqual(['en-1']);
    expect(ids(index, { text: 'argument', lang: 'nb' })).toEqual(['nb-1']);
    expect(ids(index, { text: '', lang: 'en' })).toEqual(['en-1']);
    expect(ids(index, { text: '', lang: 'sv' }).sort()).toEqual(['sv-1', 'sv-2', 'sv-3', 'sv-4']);
  });

  it('narrows to the feedback question and level of the cell when given', () => {
    expect(ids(index, { text: 'argument', lang: 'sv', question: 'feedUp' }).sort()).toEqual([
      'sv-2',
      'sv-4',
    ]);
    expect(ids(index, { text: 'argument', lang: 'sv', level: 'process' }).sort()).toEqual([
      'sv-3',
      'sv-4',
    ]);
    expect(ids(index, { text: '', lang: 'sv', question: 'feedUp', level: 'process' })).toEqual([
      'sv-4',
    ]);
    expect(ids(index, { text: 'argument', lang: 'sv', question: 'feedBack' })).toEqual([]);
  });
});

describe('createTemplateIndex: hidden templates', () => {
  const index = createTemplateIndex([
    template({ id: 'shown', text: 'Check your spelling.' }),
    template({ id: 'hidden', text: 'Check your spelling carefully.', hidden: true }),
  ]);

  it('leaves hidden templates out by default', () => {
    expect(ids(index, { text: 'spelling', lang: 'en' })).toEqual(['shown']);
    expect(ids(index, { text: '', lang: 'en' })).toEqual(['shown']);
  });

  it('includes them when the bank asks to show hidden templates', () => {
    expect(ids(index, { text: 'spelling', lang: 'en', includeHidden: true }).sort()).toEqual([
      'hidden',
      'shown',
    ]);
    expect(ids(index, { text: '', lang: 'en', includeHidden: true }).sort()).toEqual([
      'hidden',
      'shown',
    ]);
  });
});

describe('createTemplateIndex: diacritics typed or not', () => {
  const index = createTemplateIndex([
    template({ id: 'sv-kallor', lang: 'sv', text: 'Ange dina källor i texten.' }),
    template({ id: 'sv-nasta', lang: 'sv', text: 'Ditt nästa steg är att disponera om.' }),
    template({ id: 'sv-plain', lang: 'sv', text: 'Skriv kallor utan prickar, som en elev.' }),
    template({ id: 'nb-laerer', lang: 'nb', text: 'Snakk med læreren om øvelsen.' }),
    template({ id: 'nb-other', lang: 'nb', text: 'Les teksten høyt for deg selv.' }),
    template({ id: 'nb-en-laerer', lang: 'nb', text: 'Spør en lærer.', hidden: true }),
  ]);

  it('finds Swedish å/ä/ö words whether or not the teacher types the dots', () => {
    const withDots = ids(index, { text: 'källor', lang: 'sv' }).sort();
    expect(withDots).toEqual(['sv-kallor', 'sv-plain']);
    expect(ids(index, { text: 'kallor', lang: 'sv' }).sort()).toEqual(withDots);
    expect(ids(index, { text: 'nasta steg', lang: 'sv' })).toEqual(['sv-nasta']);
    expect(ids(index, { text: 'NÄSTA STEG', lang: 'sv' })).toEqual(['sv-nasta']);
  });

  it('finds Norwegian æ/ø words typed as ae, a, o or with the letters themselves', () => {
    for (const typed of ['lærer', 'laerer', 'larer', 'Lærer']) {
      expect(ids(index, { text: typed, lang: 'nb' }), typed).toEqual(['nb-laerer']);
    }
    expect(ids(index, { text: 'ovelsen', lang: 'nb' })).toEqual(['nb-laerer']);
    expect(ids(index, { text: 'øvelsen', lang: 'nb' })).toEqual(['nb-laerer']);
    expect(ids(index, { text: 'hoyt', lang: 'nb' })).toEqual(['nb-other']);
    for (const typed of ['lærer', 'laerer', 'larer']) {
      expect(ids(index, { text: typed, lang: 'nb', includeHidden: true }).sort(), typed).toEqual([
        'nb-en-laerer',
        'nb-laerer',
      ]);
    }
  });
});

describe('createTemplateIndex: typos and words being typed', () => {
  const index = createTemplateIndex([
    template({ id: 'sv-struktur', lang: 'sv', text: 'Texten har en tydlig struktur.' }),
    template({ id: 'sv-kol', lang: 'sv', text: 'Ritningen visar en kol.' }),
    template({ id: 'en-conclusion', text: 'Your conclusion follows from the evidence.' }),
    template({ id: 'en-intro', text: 'Your introduction states the question.' }),
  ]);

  it('forgives a small typo in a longer word', () => {
    expect(ids(index, { text: 'strukture', lang: 'sv' })).toEqual(['sv-struktur']);
    expect(ids(index, { text: 'conclsion', lang: 'en' })).toEqual(['en-conclusion']);
    expect(ids(index, { text: 'evidense', lang: 'en' })).toEqual(['en-conclusion']);
  });

  it('does not guess at short words, where one letter makes another word', () => {
    expect(ids(index, { text: 'kod', lang: 'sv' })).toEqual([]);
  });

  it('matches the word still being typed by its beginning', () => {
    expect(ids(index, { text: 'concl', lang: 'en' })).toEqual(['en-conclusion']);
    expect(ids(index, { text: 'your intro', lang: 'en' })).toEqual(['en-intro']);
    expect(ids(index, { text: 'tydlig strukt', lang: 'sv' })).toEqual(['sv-struktur']);
  });
});

describe('createTemplateIndex: several words', () => {
  const index = createTemplateIndex([
    template({ id: 'both', text: 'A clear thesis backed by strong evidence.' }),
    template({ id: 'thesis', text: 'State your thesis in the first paragraph.' }),
    template({ id: 'evidence', text: 'Add evidence to each claim.' }),
  ]);

  it('returns only templates containing every word when there are such templates', () => {
    expect(ids(index, { text: 'thesis evidence', lang: 'en' })).toEqual(['both']);
  });

  it('falls back to templates with any of the words when none has them all', () => {
    expect(ids(index, { text: 'thesis zebra', lang: 'en' }).sort()).toEqual(['both', 'thesis']);
  });

  it('ranks templates matching more of the words first in the fallback, whatever their use', () => {
    const used = createTemplateIndex([
      template({ id: 'two-words', text: 'A clear thesis backed by strong evidence.' }),
      template({
        id: 'one-word',
        text: 'Add evidence.',
        tags: ['evidence'],
        favourite: true,
        useCount: 400,
      }),
    ]);
    expect(ids(used, { text: 'thesis evidence zebra', lang: 'en' })).toEqual([
      'two-words',
      'one-word',
    ]);
  });
});

describe('createTemplateIndex: ranking', () => {
  it('lists the bank without text by favourite, use count, last use, then a stable order', () => {
    const index = createTemplateIndex([
      template({ id: 'own-later', builtIn: false, createdAt: 300 }),
      template({ id: 'own-earlier', builtIn: false, createdAt: 200 }),
      template({ id: 'b-builtin' }),
      template({ id: 'a-builtin' }),
      template({ id: 'used-once-long-ago', useCount: 1, lastUsedAt: 1000 }),
      template({ id: 'used-once-recently', useCount: 1, lastUsedAt: 5000 }),
      template({ id: 'used-often', useCount: 12, lastUsedAt: 10 }),
      template({ id: 'favourite', favourite: true }),
    ]);
    expect(ids(index, { text: '', lang: 'en' })).toEqual([
      'favourite',
      'used-often',
      'used-once-recently',
      'used-once-long-ago',
      'a-builtin',
      'b-builtin',
      'own-earlier',
      'own-later',
    ]);
    expect(ids(index, { text: '   ', lang: 'en' })[0]).toBe('favourite');
  });

  it('puts a favourite or frequently used template first among equally good matches', () => {
    // Comparable, not equal: the plain one is shorter, so it matches slightly better.
    const index = createTemplateIndex([
      template({ id: 'plain', text: 'Vary your sentence openings.' }),
      template({ id: 'frequent', text: 'Vary your sentence lengths a bit.', useCount: 5 }),
      template({ id: 'favourite', text: 'Vary your sentence rhythm a bit.', favourite: true }),
    ]);
    expect(ids(index, { text: 'sentence', lang: 'en' })).toEqual([
      'favourite',
      'frequent',
      'plain',
    ]);
    expect(ids(index, { text: 'vary sent', lang: 'en' })).toEqual([
      'favourite',
      'frequent',
      'plain',
    ]);
  });

  it('does not let heavy use lift a typo-level match above an exact one', () => {
    const index = createTemplateIndex([
      template({ id: 'fuzzy-favourite', text: 'This confusion needs work.', favourite: true }),
      template({ id: 'exact', text: 'This conclusion needs work.' }),
    ]);
    index.update([
      template({
        id: 'fuzzy-favourite',
        text: 'This confusion needs work.',
        favourite: true,
        useCount: 500,
        lastUsedAt: Date.now(),
      }),
    ]);
    expect(ids(index, { text: 'conclusion', lang: 'en' })).toEqual(['exact', 'fuzzy-favourite']);
  });

  it('ranks a match on the teacher’s tags above a passing mention in the text', () => {
    const index = createTemplateIndex([
      template({ id: 'mention', text: 'Name your sources.' }),
      template({
        id: 'tagged',
        text: 'List where each fact comes from.',
        tags: ['sources', 'referencing', 'citations', 'facts'],
      }),
    ]);
    expect(ids(index, { text: 'sources', lang: 'en' })).toEqual(['tagged', 'mention']);
  });
});

describe('createTemplateIndex: placeholders', () => {
  const index = createTemplateIndex([
    template({ id: 'sv-ph', lang: 'sv', text: 'Ditt {nästa steg} är att arbeta med {kriterium}.' }),
    template({ id: 'en-ph', text: 'You met {criterion}; next, {next step}.' }),
  ]);

  it('finds the words inside placeholder braces', () => {
    expect(ids(index, { text: 'criterion', lang: 'en' })).toEqual(['en-ph']);
    expect(ids(index, { text: 'nasta steg', lang: 'sv' })).toEqual(['sv-ph']);
    expect(ids(index, { text: 'kriterium', lang: 'sv' })).toEqual(['sv-ph']);
  });

  it('finds them when the teacher types the braces too', () => {
    expect(ids(index, { text: '{criterion}', lang: 'en' })).toEqual(['en-ph']);
    expect(ids(index, { text: '{nästa steg}', lang: 'sv' })).toEqual(['sv-ph']);
  });

  it('treats a query of only braces or punctuation like an empty one', () => {
    expect(ids(index, { text: '{', lang: 'en' })).toEqual(['en-ph']);
  });
});

describe('createTemplateIndex: nothing found and limits', () => {
  const many = Array.from({ length: 60 }, (_, i) =>
    template({
      id: `t${String(i).padStart(2, '0')}`,
      text: `Paragraph ${i} needs a topic sentence.`,
    }),
  );
  const index = createTemplateIndex(many);

  it('returns an empty list for a search that matches nothing', () => {
    expect(index.search({ text: 'xylophone', lang: 'en' })).toEqual([]);
    expect(index.search({ text: 'xylophone quantum', lang: 'en' })).toEqual([]);
    expect(index.search({ text: 'paragraph', lang: 'sv' })).toEqual([]);
  });

  it('returns at most 50 templates unless told otherwise', () => {
    expect(index.search({ text: '', lang: 'en' })).toHaveLength(50);
    expect(index.search({ text: 'topic sentence', lang: 'en' })).toHaveLength(50);
    expect(index.search({ text: 'topic', lang: 'en', limit: 3 })).toHaveLength(3);
    expect(index.search({ text: '', lang: 'en', limit: 100 })).toHaveLength(60);
  });
});

describe('createTemplateIndex: update', () => {
  function bank() {
    return createTemplateIndex([
      template({ id: 'a', text: 'Explain your method.' }),
      template({ id: 'b', text: 'Explain your result.' }),
      template({ id: 'c', text: 'Check your spelling.', tags: ['language'] }),
    ]);
  }

  it('finds an edited template by its new words and no longer by its old ones', () => {
    const index = bank();
    index.update([template({ id: 'c', text: 'Check your punctuation.', tags: ['commas'] })]);
    expect(ids(index, { text: 'spelling', lang: 'en' })).toEqual([]);
    expect(ids(index, { text: 'language', lang: 'en' })).toEqual([]);
    expect(ids(index, { text: 'punctuation', lang: 'en' })).toEqual(['c']);
    expect(ids(index, { text: 'commas', lang: 'en' })).toEqual(['c']);
  });

  it('reorders results after a new use count or a favourite is saved', () => {
    const index = bank();
    expect(ids(index, { text: 'explain', lang: 'en' })).toEqual(['a', 'b']);
    index.update([template({ id: 'b', text: 'Explain your result.', useCount: 5 })]);
    expect(ids(index, { text: 'explain', lang: 'en' })).toEqual(['b', 'a']);
    expect(ids(index, { text: '', lang: 'en' })[0]).toBe('b');
    index.update([template({ id: 'a', text: 'Explain your method.', favourite: true })]);
    expect(ids(index, { text: 'explain', lang: 'en' })).toEqual(['a', 'b']);
    expect(ids(index, { text: '', lang: 'en' })[0]).toBe('a');
  });

  it('hides a template that was hidden, and shows one that was added', () => {
    const index = bank();
    index.update([
      template({ id: 'a', text: 'Explain your method.', hidden: true }),
      template({ id: 'd', text: 'Explain why it matters.', builtIn: false }),
    ]);
    expect(ids(index, { text: 'explain', lang: 'en' }).sort()).toEqual(['b', 'd']);
  });

  it('moves a template whose language was corrected to the other language', () => {
    const index = bank();
    expect(ids(index, { text: '', lang: 'en' })).toHaveLength(3);
    index.update([template({ id: 'c', lang: 'nb', text: 'Sjekk rettskrivingen.' })]);
    expect(ids(index, { text: 'check', lang: 'en' })).toEqual([]);
    expect(ids(index, { text: '', lang: 'en' }).sort()).toEqual(['a', 'b']);
    expect(ids(index, { text: 'sjekk', lang: 'nb' })).toEqual(['c']);
    expect(ids(index, { text: '', lang: 'nb' })).toEqual(['c']);
  });

  it('returns nothing for a language the bank has no templates in, until one is added', () => {
    const index = bank();
    expect(ids(index, { text: '', lang: 'sv' })).toEqual([]);
    expect(ids(index, { text: 'förklara', lang: 'sv' })).toEqual([]);
    index.update([template({ id: 'sv', lang: 'sv', text: 'Förklara din metod.' })]);
    expect(ids(index, { text: 'forklara', lang: 'sv' })).toEqual(['sv']);
  });

  it('forgets removed templates', () => {
    const index = bank();
    expect(ids(index, { text: '', lang: 'en' })).toHaveLength(3);
    index.update([], ['a', 'not-there']);
    expect(ids(index, { text: 'explain', lang: 'en' })).toEqual(['b']);
    expect(ids(index, { text: '', lang: 'en' }).sort()).toEqual(['b', 'c']);
    index.update([template({ id: 'a', text: 'Explain your sources.' })]);
    expect(ids(index, { text: 'sources', lang: 'en' })).toEqual(['a']);
    expect(ids(index, { text: 'method', lang: 'en' })).toEqual([]);
  });
});
