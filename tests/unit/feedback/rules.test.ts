import { describe, expect, test } from 'vitest';
import { GUIDANCE_ROWS } from '../../../utils/feedback/guidance';
import enLexicon from '../../../utils/feedback/lexicons/en.json';
import nbLexicon from '../../../utils/feedback/lexicons/nb.json';
import svLexicon from '../../../utils/feedback/lexicons/sv.json';
import {
  type CheckOptions,
  checkFeedback,
  classifySentences,
  type FeedbackItemLike,
  type Finding,
  RULE_IDS,
  type RuleId,
} from '../../../utils/feedback/rules';
import { GROUPS } from '../../../utils/feedback/rules/lexicon';
import { en } from '../../../utils/i18n/catalogs/en';

const LEXICONS = { sv: svLexicon, nb: nbLexicon, en: enLexicon };

type Lang = 'sv' | 'nb' | 'en';

/** The rules that fire on a text. */
function fired(text: string | FeedbackItemLike, options: CheckOptions): Set<RuleId> {
  return new Set(checkFeedback(text, options).map((finding) => finding.rule));
}

/** Asserts, per example, that `rule` fires (or not): the failing texts are listed. */
function expectRule(
  rule: RuleId,
  lang: Lang,
  texts: string[],
  fires: boolean,
  criteria?: string[],
) {
  const wrong = texts.filter((text) => fired(text, { lang, criteria }).has(rule) !== fires);
  expect(wrong, `${rule} should ${fires ? '' : 'not '}fire (${lang})`).toEqual([]);
}

function findingsOf(rule: RuleId, text: string, lang: Lang, criteria?: string[]): Finding[] {
  return checkFeedback(text, { lang, criteria }).filter((finding) => finding.rule === rule);
}

describe('contract', () => {
  test('rule ids, catalog keys and guidance links', () => {
    expect(RULE_IDS).toEqual([
      'no-feed-forward',
      'value-without-reason',
      'person-praise',
      'person-criticism',
      'no-positive',
      'too-many-points',
      'sweeping',
      'teacher-centred',
      'no-criterion',
    ]);
    const guidance: Record<RuleId, string> = {
      'no-feed-forward': 'pitfallNoSuggestion',
      'value-without-reason': 'rightFocus',
      'person-praise': 'rightFocus',
      'person-criticism': 'rightFocus',
      'no-positive': 'positive',
      'too-many-points': 'rightAmount',
      sweeping: 'rightFocus',
      'teacher-centred': 'learnerFocus',
      'no-criterion': 'rightFocus',
    };
    // Two texts that between them set off every rule.
    const findings = [
      ...checkFeedback(
        'Du glömmer alltid källor. Stavningen är slarvig. Meningarna är för långa. Tabellen saknas. Diagrammet saknar rubrik. Jag skulle ha börjat med slutet. Godkänt.',
        { lang: 'sv', criteria: ['formulerar en hypotes'] },
      ),
      ...checkFeedback('Du är så duktig!', { lang: 'sv' }),
    ];
    const rules = new Set(findings.map((f) => f.rule));
    expect([...rules].sort()).toEqual([...RULE_IDS].sort());
    for (const finding of findings) {
      expect(finding.guidance).toBe(guidance[finding.rule]);
      expect(GUIDANCE_ROWS.some((row) => row.key === finding.guidance)).toBe(true);
      expect(en[finding.explanationKey]).toBeTruthy();
      expect(en[finding.suggestionKey]).toBeTruthy();
      expect(finding.suggestionKey).toBe(`${finding.explanationKey}Fix`);
      expect(['warning', 'info']).toContain(finding.severity);
      expect(finding.part).toBeUndefined();
    }
    expect(fired('Bra.', { lang: 'sv' }).has('no-feed-forward')).toBe(true);
  });

  test('empty and white-space input gives no findings', () => {
    for (const lang of ['sv', 'nb', 'en'] as const) {
      expect(checkFeedback('', { lang })).toEqual([]);
      expect(checkFeedback('   \n\t ', { lang, criteria: ['uses sources'] })).toEqual([]);
      expect(checkFeedback({ parts: [] }, { lang })).toEqual([]);
      expect(
        checkFeedback({ parts: [{ question: 'feedBack', level: 'task', text: ' ' }] }, { lang }),
      ).toEqual([]);
      expect(classifySentences('', { lang })).toEqual([]);
    }
  });

  test('whole-text rules span the whole text', () => {
    const text = 'Texten handlar om klimatet.';
    for (const rule of ['no-feed-forward', 'no-positive', 'no-criterion'] as const) {
      const [finding] = findingsOf(rule, text, 'sv', ['använder källor']);
      expect(finding?.span).toEqual({ start: 0, end: text.length });
    }
  });
});

describe('lexicons', () => {
  test('every lexicon is plain data: each list has a comment and words', () => {
    for (const [lang, data] of Object.entries(LEXICONS)) {
      const lexicon = data as Record<string, unknown>;
      expect(typeof lexicon._comment, lang).toBe('string');
      for (const group of GROUPS) {
        const list = lexicon[group] as { _comment?: unknown; words?: unknown } | undefined;
        expect(typeof list?._comment, `${lang}.${group}`).toBe('string');
        expect(Array.isArray(list?.words), `${lang}.${group}`).toBe(true);
        for (const word of (list?.words ?? []) as unknown[]) expect(typeof word).toBe('string');
      }
      const unknown = Object.keys(lexicon).filter(
        (key) => key !== '_comment' && !(GROUPS as readonly string[]).includes(key),
      );
      expect(unknown, lang).toEqual([]);
    }
  });
});

describe('no-feed-forward', () => {
  test('fires when nothing tells the learner what to do next', () => {
    expectRule(
      'no-feed-forward',
      'sv',
      ['Bra jobbat!', 'Texten är tydlig och väl strukturerad.', 'Fortsätt så!'],
      true,
    );
    expectRule(
      'no-feed-forward',
      'nb',
      ['Flott!', 'Teksten er ryddig og godt skrevet.', 'Fortsett slik!'],
      true,
    );
    expectRule(
      'no-feed-forward',
      'en',
      ['Nice.', 'The essay is clear and well argued.', 'Keep it up!'],
      true,
    );
  });

  test('does not fire on imperatives, next-time steps, suggestions and questions', () => {
    expectRule(
      'no-feed-forward',
      'sv',
      [
        'Tydlig tes. Lägg till ett motargument.',
        'Nästa gång kan du börja med en fråga.',
        'Du skulle kunna korta inledningen.',
        'Försök att variera meningarnas längd.',
        'Vad skulle hända om du bytte plats på styckena?',
        'Glöm inte att ange sidnummer.',
      ],
      false,
    );
    expectRule(
      'no-feed-forward',
      'nb',
      [
        'Tydelig problemstilling. Legg til et motargument.',
        'Neste gang kan du begynne med et spørsmål.',
        'Prøv å variere setningslengden.',
        'Hvordan kan du gjøre konklusjonen tydeligere?',
        'Husk å oppgi sidetall.',
      ],
      false,
    );
    expectRule(
      'no-feed-forward',
      'en',
      [
        'Clear thesis. Add a counterargument.',
        'Next time, open with a question.',
        'You could shorten the introduction.',
        'Try varying the length of your sentences.',
        'How could you make the ending more surprising?',
        "Don't forget the page numbers.",
      ],
      false,
    );
  });

  test('"you don\'t need to" and "you can see" are no steps', () => {
    expectRule('no-feed-forward', 'en', ['Good work. You can see the structure clearly.'], true);
    expectRule('no-feed-forward', 'sv', ['Bra jobbat, du behöver inte ändra något.'], true);
    expectRule('no-feed-forward', 'nb', ['Godt jobbet, du trenger ikke endre noe.'], true);
  });
});

describe('value-without-reason', () => {
  test('fires on bare values and grades', () => {
    expectRule(
      'value-without-reason',
      'sv',
      ['Bra jobbat!', 'Fint.', 'Mycket bra!', 'B+', 'Betyg: C', 'Inte bra.', 'Snyggt!'],
      true,
    );
    expectRule(
      'value-without-reason',
      'nb',
      ['Godt jobbet!', 'Flott.', 'Kjempebra!', '5', 'Karakter: 4', 'Ikke bra.'],
      true,
    );
    expectRule(
      'value-without-reason',
      'en',
      ['Good!', 'Well done.', 'Excellent work.', 'B+', 'Grade: A', 'Not good enough.', '7/10'],
      true,
    );
  });

  test('does not fire when a reason follows in the same or the next sentence', () => {
    expectRule(
      'value-without-reason',
      'sv',
      [
        'Bra, eftersom du förklarar varje steg i beräkningen.',
        'Bra, därför att du förklarar varje steg.',
        'Bra jobbat: du har tre källor och hänvisar till alla i texten.',
        'Mycket bra! Du förklarar skillnaden mellan väder och klimat med egna exempel.',
      ],
      false,
    );
    expectRule(
      'value-without-reason',
      'nb',
      [
        'Bra, fordi du forklarer hvert steg i utregningen.',
        'Bra, for du forklarer hvert steg.',
        'Bra, ettersom du forklarer hvert steg.',
        'Flott! Du forklarer forskjellen på vær og klima med egne eksempler.',
      ],
      false,
    );
    expectRule(
      'value-without-reason',
      'en',
      [
        'Good, because you explain every step of the calculation.',
        'Good, since you explain every step.',
        'Well done: you use three sources and refer to each of them.',
        'B. The analysis of the poem is thoughtful and links the imagery to the theme.',
      ],
      false,
    );
  });

  test('praise of a named skill is not a bare value', () => {
    expectRule(
      'value-without-reason',
      'sv',
      ['Du är bra på att argumentera. Lägg till ett exempel.'],
      false,
    );
    expectRule(
      'value-without-reason',
      'nb',
      ['Du er god til å forklare. Legg til et eksempel.'],
      false,
    );
    expectRule(
      'value-without-reason',
      'en',
      ["You're really good at explaining causes. Add an example."],
      false,
    );
  });

  test('a next step or a contrary remark is no reason', () => {
    expectRule('value-without-reason', 'sv', ['Bra! Nästa gång, lägg till en källa.'], true);
    expectRule(
      'value-without-reason',
      'en',
      ['Good introduction! The rest of the essay loses its focus.'],
      true,
    );
  });

  test('reports the sentence', () => {
    const text = 'Texten har en tydlig röd tråd. Lägg till en källa. Toppen!';
    const [finding] = findingsOf('value-without-reason', text, 'sv');
    expect(finding && text.slice(finding.span.start, finding.span.end)).toBe('Toppen!');
  });
});

describe('person-praise', () => {
  test('fires on praise of the person, in all inflections', () => {
    expectRule(
      'person-praise',
      'sv',
      [
        'Du är så duktig!',
        'Ni är så duktiga!',
        'Duktig!',
        'Du är verkligen en begåvad skribent.',
        'Vilken smart tjej du är!',
        'Du är jätteduktig!',
      ],
      true,
    );
    expectRule(
      'person-praise',
      'nb',
      [
        'Du er så flink!',
        'Dere er så flinke!',
        'Flink jente!',
        'Du er en stjerne.',
        'For en talentfull forfatter du er!',
        'Du er kjempeflink!',
      ],
      true,
    );
    expectRule(
      'person-praise',
      'en',
      [
        "You're so clever!",
        'You are such a talented writer.',
        'What a talented writer you are!',
        "You're a natural!",
        'Clever girl!',
        'You are really smart.',
      ],
      true,
    );
  });

  test('does not fire on praise of the work, of a named skill, or under negation', () => {
    expectRule(
      'person-praise',
      'sv',
      [
        'Duktigt jobbat med tabellen!',
        'Du har blivit duktig på att strukturera dina texter.',
        'Din text är smart uppbyggd.',
        'Du är inte så noggrann med källorna.',
      ],
      false,
    );
    expectRule(
      'person-praise',
      'nb',
      [
        'Flinkt gjort med tabellen!',
        'Du har blitt flink til å planlegge.',
        'Du er ikke flink nok med kildene.',
      ],
      false,
    );
    expectRule(
      'person-praise',
      'en',
      [
        'Clever use of the quotation.',
        "You're really good at planning your paragraphs.",
        'You are not very careful with sources.',
        'Your essay is brilliant in places.',
        'You are able to explain the causes clearly.',
        'You are on the right track.',
      ],
      false,
    );
  });

  test('the span covers the praise', () => {
    const text = 'Texten är tydlig. Du är så duktig! Lägg till en källa.';
    const [finding] = findingsOf('person-praise', text, 'sv');
    expect(finding && text.slice(finding.span.start, finding.span.end)).toBe('Du är så duktig');
    expect(finding?.severity).toBe('warning');
  });
});

describe('person-criticism', () => {
  test('fires on judgments of what the learner is or cannot do, in all three languages', () => {
    expectRule(
      'person-criticism',
      'sv',
      [
        'Du är lat.',
        'Du är lat och slarvig.',
        'du är slarvig',
        'Du kan inte skriva.',
        'Du är dålig på att stava.',
        'Du glömmer alltid att ange källor.',
        'Du är alltid så slarvig med detaljerna.',
        'Du verkar inte vara någon naturvetare.',
      ],
      true,
    );
    expectRule(
      'person-criticism',
      'nb',
      [
        'Du er lat.',
        'Du er slurvete.',
        'Du kan ikke skrive.',
        'Du er dårlig til å stave.',
        'Du glemmer alltid kildene.',
      ],
      true,
    );
    expectRule(
      'person-criticism',
      'en',
      [
        'You are lazy.',
        "You're careless.",
        "You're bad at spelling.",
        'You never try.',
        "You can't write.",
        'You always forget your sources.',
      ],
      true,
    );
  });

  test('does not fire on criticism of the work, on what the learner did, under negation, or on encouragement', () => {
    expectRule(
      'person-criticism',
      'sv',
      [
        'Texten är slarvig i slutet.',
        'Du är på god väg.',
        'Du har slarvat med enheterna i uppgift 3.',
        'Du är inte lat, och det märks.',
        'Du kan inte skriva "typ" i en formell text.',
        'Du använder aldrig kommatecken.',
        'Vilken slarvig avslutning.',
        'Du är så duktig!',
      ],
      false,
    );
    expectRule(
      'person-criticism',
      'nb',
      ['Teksten er slurvete på slutten.', 'Du er på god vei.', 'Du bruker aldri avsnitt.'],
      false,
    );
    expectRule(
      'person-criticism',
      'en',
      [
        'The text is sloppy at the end.',
        'You are on the right track.',
        "You can't write 'gonna' in a formal essay.",
        'You are not lazy at all.',
        'You never use commas.',
      ],
      false,
    );
  });

  test('"du glömmer alltid" is criticism of the person and also sweeping', () => {
    const rules = fired('Du glömmer alltid att ange källor. Skriv upp källan direkt.', {
      lang: 'sv',
    });
    expect(rules.has('person-criticism')).toBe(true);
    expect(rules.has('sweeping')).toBe(true);
  });

  test('the span covers the criticism, and it is a warning under the right focus', () => {
    const text = 'Tabellen är tydlig. Du är lat och slarvig. Lägg till en källa.';
    const [finding] = findingsOf('person-criticism', text, 'sv');
    expect(finding && text.slice(finding.span.start, finding.span.end)).toBe(
      'Du är lat och slarvig',
    );
    expect(finding?.match).toBe('Du är lat och slarvig');
    expect(finding?.severity).toBe('warning');
    expect(finding?.guidance).toBe('rightFocus');
    expect(finding?.explanationKey).toBe('findingPersonCriticism');
  });

  test('criticism of the person is no next step, and is reported in any part', () => {
    expect(fired('Du kan inte räkna.', { lang: 'sv' }).has('no-feed-forward')).toBe(true);
    const item: FeedbackItemLike = {
      parts: [
        { question: 'feedBack', level: 'self', text: 'Du är lat.' },
        { question: 'feedForward', level: 'task', text: 'Lägg till en källa.' },
      ],
    };
    const finding = checkFeedback(item, { lang: 'sv' }).find((f) => f.rule === 'person-criticism');
    expect(finding?.part).toBe(0);
  });
});

describe('no-positive', () => {
  test('fires when nothing says what works', () => {
    expectRule(
      'no-positive',
      'sv',
      [
        'Inledningen är otydlig. Skriv om den.',
        'Inte bra.',
        'C',
        'Texten är inte tydlig än. Lägg till en tes.',
      ],
      true,
    );
    expectRule(
      'no-positive',
      'nb',
      ['Innledningen er uklar. Skriv den om.', 'Ikke bra nok ennå.', 'Godkjent.'],
      true,
    );
    expectRule(
      'no-positive',
      'en',
      [
        'The introduction is unclear. Rewrite it.',
        'Not good yet.',
        'B+',
        'The conclusion is missing.',
      ],
      true,
    );
  });

  test('fires when the only praise is of the person: it says nothing about what works', () => {
    expectRule(
      'no-positive',
      'sv',
      ['Du är så duktig!', 'Du är en stjärna! Lägg till en källa.'],
      true,
    );
    expectRule('no-positive', 'nb', ['Du er så flink!', 'Flink gutt!'], true);
    expectRule('no-positive', 'en', ["You're so clever!", 'What a talented writer you are!'], true);
    // Praise of the person moved to the praise field is where it belongs, but it is still no praise of the work.
    const kept: FeedbackItemLike = {
      parts: [
        { question: 'feedBack', level: 'self', text: 'Du är så duktig!' },
        { question: 'feedForward', level: 'task', text: 'Lägg till en källa.' },
      ],
    };
    expect(fired(kept, { lang: 'sv' }).has('no-positive')).toBe(true);
    expect(fired(kept, { lang: 'sv' }).has('person-praise')).toBe(false);
  });

  test('does not fire when something works, even as a bare value', () => {
    expectRule(
      'no-positive',
      'sv',
      [
        'Bra!',
        'Din tes är tydlig. Lägg till ett motargument.',
        'Du är så duktig! Din tes är tydlig.',
        'Inga stavfel alls, men lägg till en rubrik.',
      ],
      false,
    );
    expectRule(
      'no-positive',
      'nb',
      ['Bra!', 'Problemstillingen er tydelig. Legg til et motargument.'],
      false,
    );
    expectRule(
      'no-positive',
      'en',
      [
        'Well done.',
        'Your thesis is clear. Add a counterargument.',
        'I like how you open the story. Now add a title.',
      ],
      false,
    );
  });

  test('praise in an instruction is not praise', () => {
    expectRule('no-positive', 'en', ['It would be good to add a clear title.'], true);
    expectRule('no-positive', 'sv', ['Det vore bra om du lade till en tydlig rubrik.'], true);
  });
});

describe('too-many-points', () => {
  test('fires on more than three improvement points', () => {
    expectRule(
      'too-many-points',
      'sv',
      [
        'Bra ämne. Lägg till en rubrik. Korta inledningen. Skriv en slutsats. Rätta stavfelen.',
        'Bra försök. Nu behöver du arbeta med stavningen, styckeindelningen, dialogen och tempus.',
        'Bra ämne. Du behöver rätta stavfelen, skriva en tydligare rubrik, lägga till en källa och förklara tabellen.',
        'Tabellen saknar enheter. Rubriken saknas. Slutsatsen är för kort. Källorna saknas.',
        'Tydlig text.\n- Lägg till en rubrik\n- Korta inledningen\n- Skriv en slutsats\n- Rätta stavfelen',
      ],
      true,
    );
    expectRule(
      'too-many-points',
      'nb',
      [
        'Godt tema. Legg til en tittel. Kort ned innledningen. Skriv en konklusjon. Rett stavefeilene.',
      ],
      true,
    );
    expectRule(
      'too-many-points',
      'en',
      [
        'Good topic. Add a title. Shorten the introduction. Write a conclusion. Correct the spelling.',
        'Good start. Now work on spelling, paragraphing, speech marks and tenses.',
        'Could you add a title? Could you cut the second paragraph? Which source is best? How could you end it?',
      ],
      true,
    );
  });

  test('does not fire on three points, on examples, or on a problem with its fix', () => {
    expectRule(
      'too-many-points',
      'sv',
      [
        'Bra ämne. Lägg till en rubrik. Korta inledningen. Skriv en slutsats.',
        'Tydlig text. Rätta stavfelen, t.ex. "dom", "sen" och "iaf".',
        'Slutsatsen är för kort. Utveckla slutsatsen. Tabellen saknar enheter. Skriv ut enheterna i tabellen. Lägg till en rubrik.',
        'Bra. Ange författare, titel, datum och länk för varje källa.',
      ],
      false,
    );
    expectRule(
      'too-many-points',
      'en',
      [
        'Nice work. Add a title. Cut the second paragraph. End with a question.',
        "Clear report. Proofread for slips, e.g. their/there, your/you're and could of.",
        'For each source, note the author, title, date and link.',
      ],
      false,
    );
  });
});

describe('sweeping', () => {
  test('fires on sweeping and exaggerated words', () => {
    expectRule(
      'sweeping',
      'sv',
      [
        'Du glömmer alltid punkt.',
        'Du använder aldrig stycken.',
        'Helt fel.',
        'Allt är perfekt!',
        'Texten är totalt rörig.',
        'Inget av det du skriver hänger ihop.',
      ],
      true,
    );
    expectRule(
      'sweeping',
      'nb',
      [
        'Du glemmer alltid punktum.',
        'Du bruker aldri avsnitt.',
        'Helt feil.',
        'Alt er perfekt!',
        'Ingenting henger sammen.',
      ],
      true,
    );
    expectRule(
      'sweeping',
      'en',
      [
        'You always forget full stops.',
        'You never use paragraphs.',
        'Completely wrong.',
        'Everything is perfect!',
        'The essay is a total mess.',
        'Nothing you write hangs together.',
      ],
      true,
    );
  });

  test('does not fire under negation or a hedge, in instructions, or in idioms', () => {
    expectRule(
      'sweeping',
      'sv',
      [
        'Du anger inte alltid källan.',
        'Du är inte helt konsekvent med enheterna.',
        'Du glömmer nästan aldrig punkt.',
        'Tänk på att alltid skriva upp sidnumret.',
        'Framför allt är metoden tydlig.',
        'Allt som allt är det en genomarbetad text.',
        'Du har totalt sex källor.',
        'Rita helt enkelt en figur.',
        'Du blandar preteritum och perfekt i berättelsen.',
      ],
      false,
    );
    expectRule(
      'sweeping',
      'nb',
      [
        'Du oppgir ikke alltid kilden.',
        'Husk alltid å skrive sidetallet.',
        'Alt i alt er det en god tekst.',
        'Du har totalt fire kilder.',
        'Helt til slutt bør du oppsummere.',
      ],
      false,
    );
    expectRule(
      'sweeping',
      'en',
      [
        "You don't always say where facts come from.",
        'You are not completely consistent with units.',
        'Always remember to note the page number.',
        'Never leave a question unanswered.',
        'All in all, a solid report.',
        'Five sources in total.',
        'Use the present perfect here.',
        'You completely rewrote your introduction.',
      ],
      false,
    );
  });

  test('the span is the sweeping word, in any of the three languages', () => {
    const cases: [Lang, string, string][] = [
      ['sv', 'Din inledning är bra, men du glömmer alltid punkt.', 'alltid'],
      ['nb', 'Innledningen er fin, men du bruker aldri avsnitt.', 'aldri'],
      ['en', 'Your opening works, but you never use paragraphs.', 'never'],
      ['sv', 'Slutsatsen är helt fel.', 'helt'],
    ];
    for (const [lang, text, word] of cases) {
      const [finding] = findingsOf('sweeping', text, lang);
      expect(finding && text.slice(finding.span.start, finding.span.end)).toBe(word);
      expect(finding?.match).toBe(word);
    }
  });
});

describe('teacher-centred', () => {
  test('fires on how the teacher would do it', () => {
    expectRule(
      'teacher-centred',
      'sv',
      [
        'Jag skulle ha börjat med citatet.',
        'Om jag var du skulle jag korta texten.',
        'Jag hade lagt till en bild.',
        'Själv hade jag valt ett annat exempel.',
      ],
      true,
    );
    expectRule(
      'teacher-centred',
      'nb',
      [
        'Jeg ville ha begynt med sitatet.',
        'Hvis jeg var deg, ville jeg kortet ned teksten.',
        'Jeg hadde lagt til et bilde.',
        'Selv ville jeg valgt et annet eksempel.',
      ],
      true,
    );
    expectRule(
      'teacher-centred',
      'en',
      [
        'I would have started with the quotation.',
        "If I were you, I'd cut the second paragraph.",
        "I'd have added a picture.",
        'Personally, I would choose another example.',
      ],
      true,
    );
  });

  test('a request in inverted word order is not teacher-centred', () => {
    expectRule(
      'teacher-centred',
      'sv',
      ['Själv skulle jag vilja läsa mer om slutet, så utveckla det.'],
      false,
    );
    expectRule(
      'teacher-centred',
      'nb',
      ['Selv ville jeg gjerne lese mer om slutten, så utdyp den.'],
      false,
    );
  });

  test('requests and reading experience are not teacher-centred', () => {
    expectRule(
      'teacher-centred',
      'sv',
      [
        'Jag skulle vilja att du lägger till ett citat.',
        'Jag skulle föreslå att du kortar inledningen.',
        'Jag hade svårt att följa stycke tre.',
        'Jag vill att du lägger till en källa.',
      ],
      false,
    );
    expectRule(
      'teacher-centred',
      'nb',
      [
        'Jeg vil at du legger til et sitat.',
        'Jeg ville gjerne høre mer om hvorfor.',
        'Jeg hadde problemer med å følge tredje avsnitt.',
      ],
      false,
    );
    expectRule(
      'teacher-centred',
      'en',
      [
        'I would like you to add a quotation.',
        "I'd like to hear more about why.",
        "I'd suggest you shorten the introduction.",
        'I had trouble following the third paragraph.',
      ],
      false,
    );
  });

  test('the span is the teacher phrase', () => {
    const text = 'Tydlig tes. Jag skulle ha börjat med citatet.';
    const [finding] = findingsOf('teacher-centred', text, 'sv');
    expect(finding && text.slice(finding.span.start, finding.span.end)).toBe('Jag skulle');
  });
});

describe('no-criterion', () => {
  test('fires only when criteria are given and none is referred to', () => {
    const sv = ['använder källor för att stödja påståenden', 'har en tydlig struktur'];
    expectRule(
      'no-criterion',
      'sv',
      ['Bra jobbat!', 'Diagrammet är snyggt. Skriv ut enheterna på axlarna.'],
      true,
      sv,
    );
    expectRule('no-criterion', 'sv', ['Bra jobbat!'], false);
    expectRule('no-criterion', 'sv', ['Bra jobbat!'], false, []);
    expectRule('no-criterion', 'nb', ['Flott! Husk navn på aksene.'], true, [
      'bruker kilder',
      'drøfter feilkilder',
    ]);
    expectRule('no-criterion', 'en', ['Nice layout. Add page numbers.'], true, [
      'uses sources to support claims',
      'has a clear structure',
    ]);
  });

  test('a reference in other inflections, without diacritics, or in a paraphrase counts', () => {
    const sv = ['använder källor för att stödja påståenden', 'har en tydlig struktur'];
    expectRule(
      'no-criterion',
      'sv',
      [
        'Du stöder påståendet med två källor.',
        'Kallorna ar valda med omsorg.',
        'Strukturen är tydlig med rubriker för varje del.',
        'Du har en tydlig disposition.',
      ],
      false,
      sv,
    );
    expectRule(
      'no-criterion',
      'nb',
      ['Kildene dine er godt valgt.', 'Teksten henger godt sammen.'],
      false,
      ['bruker kilder', 'skriver en sammenhengende tekst'],
    );
    expectRule(
      'no-criterion',
      'en',
      ['Your sources are well chosen.', 'The essay hangs together well.'],
      false,
      ['uses sources to support claims', 'writes a coherent text'],
    );
  });
});

describe('item input', () => {
  const item: FeedbackItemLike = {
    parts: [
      { question: 'feedBack', level: 'task', text: 'Inledningen fångar läsaren.' },
      { question: 'feedBack', level: 'task', text: 'Du glömmer alltid sidnummer.' },
      { question: 'feedForward', level: 'process', text: 'Sidnummer.' },
      { question: 'feedBack', level: 'self', text: 'Du är så duktig!' },
    ],
  };

  test('parts are one piece of feedback; a part tagged feed-forward is a step', () => {
    const rules = fired(item, { lang: 'sv' });
    expect(rules.has('no-feed-forward')).toBe(false);
    expect(rules.has('no-positive')).toBe(false);
    const noStep = { parts: item.parts.filter((part) => part.question !== 'feedForward') };
    expect(fired(noStep, { lang: 'sv' }).has('no-feed-forward')).toBe(true);
  });

  test('spans refer to the part', () => {
    const findings = checkFeedback(item, { lang: 'sv' });
    const sweeping = findings.find((f) => f.rule === 'sweeping');
    expect(sweeping?.part).toBe(1);
    const part = item.parts[1]?.text ?? '';
    expect(sweeping && part.slice(sweeping.span.start, sweeping.span.end)).toBe('alltid');
    const mixed: FeedbackItemLike = {
      parts: [
        { question: 'feedUp', level: 'task', text: 'Målet är en tydlig tes.' },
        { question: 'feedBack', level: 'task', text: 'Tesen är tydlig. Du är så duktig!' },
      ],
    };
    const praise = checkFeedback(mixed, { lang: 'sv' }).find((f) => f.rule === 'person-praise');
    expect(praise?.part).toBe(1);
    expect(praise && mixed.parts[1]?.text.slice(praise.span.start, praise.span.end)).toBe(
      'Du är så duktig',
    );
  });

  test('person praise in the part kept for praise is where it belongs; elsewhere a warning', () => {
    const findings = checkFeedback(item, { lang: 'sv' });
    expect(findings.find((f) => f.rule === 'person-praise')).toBeUndefined();
    const mixed: FeedbackItemLike = {
      parts: [
        { question: 'feedBack', level: 'task', text: 'Du är så duktig! Lägg till en källa.' },
      ],
    };
    expect(
      checkFeedback(mixed, { lang: 'sv' }).find((f) => f.rule === 'person-praise')?.severity,
    ).toBe('warning');
  });

  test('whole-text findings point at the first part with text', () => {
    const parts: FeedbackItemLike = {
      parts: [
        { question: 'feedUp', level: 'task', text: '' },
        { question: 'feedBack', level: 'task', text: 'The graph is unclear.' },
      ],
    };
    const finding = checkFeedback(parts, { lang: 'en' }).find((f) => f.rule === 'no-feed-forward');
    expect(finding?.part).toBe(1);
    expect(finding?.span).toEqual({ start: 0, end: 'The graph is unclear.'.length });
  });

  test('a reason in the next part explains a value', () => {
    const parts: FeedbackItemLike = {
      parts: [
        { question: 'feedBack', level: 'task', text: 'Bra jobbat!' },
        {
          question: 'feedBack',
          level: 'task',
          text: 'Du förklarar varje steg i beräkningen tydligt.',
        },
        { question: 'feedForward', level: 'task', text: 'Lägg till en enhet i svaret.' },
      ],
    };
    expect(fired(parts, { lang: 'sv' }).has('value-without-reason')).toBe(false);
  });
});

describe('quotations', () => {
  test("the learner's words in quotation marks are not the teacher's phrasing", () => {
    expectRule(
      'teacher-centred',
      'sv',
      ['I dikten skriver du "jag skulle aldrig ge upp", och raden är stark. Upprepa den i slutet.'],
      false,
    );
    expectRule(
      'sweeping',
      'en',
      ['Your line “I would never give up” is powerful. Echo it in the last stanza.'],
      false,
    );
    expectRule('teacher-centred', 'en', ['Your line “I would never give up” is powerful.'], false);
    expectRule(
      'value-without-reason',
      'sv',
      ['Ordet "bra" förekommer ofta. Variera med synonymer.'],
      false,
    );
  });

  test('grammar terms are not values or sweeping words', () => {
    expectRule(
      'value-without-reason',
      'sv',
      ['Du skriver i perfekt, vilket passar. Prova preteritum.'],
      false,
    );
    expectRule('sweeping', 'en', ['Use the present perfect here.'], false);
  });
});

describe('mixed languages', () => {
  test('a Swedish text with an English word', () => {
    const rules = fired('Great job! Nästa gång kan du använda fler linking words.', { lang: 'sv' });
    expect(rules.has('no-feed-forward')).toBe(false);
    expect(rules.has('value-without-reason')).toBe(true);
    expect(rules.has('no-positive')).toBe(false);
    const sweeping = findingsOf(
      'sweeping',
      'Din feedback loop är perfekt, men du glömmer alltid källor.',
      'sv',
    );
    expect(sweeping.map((f) => f.match)).toEqual(['perfekt', 'alltid']);
  });

  test('a Norwegian text with an English word', () => {
    const rules = fired('Nice! Bruk flere linking words neste gang.', { lang: 'nb' });
    expect(rules.has('no-feed-forward')).toBe(false);
    expect(rules.has('value-without-reason')).toBe(true);
  });
});

describe('classifySentences', () => {
  test('splits at sentence ends, lines and bullets, not at abbreviations or decimals', () => {
    const sv = classifySentences(
      'Du använder t.ex. tre källor, bl.a. SCB. Värdet 3.5 stämmer, se s. 4 i boken! Vad menar du?\n- Lägg till en rubrik\n- Korta inledningen',
      { lang: 'sv' },
    );
    expect(sv.map((s) => s.text)).toEqual([
      'Du använder t.ex. tre källor, bl.a. SCB.',
      'Värdet 3.5 stämmer, se s. 4 i boken!',
      'Vad menar du?',
      'Lägg till en rubrik',
      'Korta inledningen',
    ]);
    const nb = classifySentences('Bruk f.eks. to kilder. Se s. 12.', { lang: 'nb' });
    expect(nb.map((s) => s.text)).toEqual(['Bruk f.eks. to kilder.', 'Se s. 12.']);
    const en = classifySentences('Use e.g. a table. The mean is 4.2 cm. Good!', { lang: 'en' });
    expect(en.map((s) => s.text)).toEqual(['Use e.g. a table.', 'The mean is 4.2 cm.', 'Good!']);
  });

  test('spans point at the sentence text', () => {
    const text = '  Bra inledning.  Lägg till en källa! ';
    for (const s of classifySentences(text, { lang: 'sv' })) {
      expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
    }
  });

  test('a grade before a sentence is a sentence of its own', () => {
    const sentences = classifySentences('B. Analysen är genomtänkt.', { lang: 'sv' });
    expect(sentences.map((s) => s.text)).toEqual(['B.', 'Analysen är genomtänkt.']);
  });

  test('questions: feed forward, feed up, feed back', () => {
    const cases: [Lang, string, string][] = [
      ['sv', 'Nästa gång kan du börja med en fråga.', 'feedForward'],
      ['sv', 'Försök att korta inledningen.', 'feedForward'],
      ['sv', 'Prova att läsa texten högt.', 'feedForward'],
      ['sv', 'Hur kan du göra slutet tydligare?', 'feedForward'],
      ['sv', 'Målet är att jämföra två källor.', 'feedUp'],
      ['sv', 'Kriteriet handlar om att förklara orsaker.', 'feedUp'],
      ['sv', 'Din tes är tydlig.', 'feedBack'],
      ['nb', 'Neste gang kan du begynne med et spørsmål.', 'feedForward'],
      ['nb', 'Prøv å korte ned innledningen.', 'feedForward'],
      ['nb', 'Målet er å sammenligne to kilder.', 'feedUp'],
      ['nb', 'Problemstillingen din er tydelig.', 'feedBack'],
      ['en', 'Next time, start with a question.', 'feedForward'],
      ['en', 'You could shorten the introduction.', 'feedForward'],
      ['en', 'The aim is to compare two sources.', 'feedUp'],
      ['en', 'Your thesis is clear.', 'feedBack'],
    ];
    for (const [lang, text, question] of cases) {
      expect(classifySentences(text, { lang })[0]?.question, text).toBe(question);
    }
  });

  test('levels: self, self-regulation, process, task', () => {
    const cases: [Lang, string, string][] = [
      ['sv', 'Du är så duktig!', 'self'],
      ['sv', 'Kontrollera din egen text mot kriterierna innan du lämnar in.', 'selfRegulation'],
      ['sv', 'Be om hjälp när du kör fast.', 'selfRegulation'],
      ['sv', 'Planera din tid så att du hinner göra ett utkast.', 'selfRegulation'],
      ['sv', 'Gör en tankekarta innan du skriver.', 'process'],
      ['sv', 'Sök efter fler källor.', 'process'],
      ['sv', 'Tesen är tydlig.', 'task'],
      ['nb', 'Du er så flink!', 'self'],
      ['nb', 'Be om hjelp når du står fast.', 'selfRegulation'],
      ['nb', 'Lag en disposisjon før du skriver et utkast.', 'process'],
      ['nb', 'Konklusjonen er kort.', 'task'],
      ['en', "You're so clever!", 'self'],
      ['en', 'Check your own work against the criteria before you hand in.', 'selfRegulation'],
      ['en', 'Plan your time so that you have a day for revision.', 'selfRegulation'],
      ['en', 'Make a mind map before you start drafting.', 'process'],
      ['en', 'The conclusion is short.', 'task'],
    ];
    for (const [lang, text, level] of cases) {
      expect(classifySentences(text, { lang })[0]?.level, text).toBe(level);
    }
  });
});

// Speed is measured by `npm run bench` (bench/rules.bench.ts), never timed here.
describe('very long input', () => {
  test('100 KB of feedback is reviewed to the end', () => {
    const base =
      'Din inledning är tydlig, men du glömmer alltid källor. Jag skulle ha börjat med citatet. Bra! Lägg till en rubrik och korta slutsatsen, t.ex. till fem meningar.\n';
    const text = base.repeat(Math.ceil(100_000 / base.length)).slice(0, 100_000);
    const findings = checkFeedback(text, { lang: 'sv', criteria: ['har en tydlig struktur'] });
    expect(findings.length).toBeGreaterThan(100);
    expect(Math.max(...findings.map((finding) => finding.span.end))).toBeGreaterThan(99_000);
  });

  test('text that could make a pattern backtrack is still reviewed (a hang fails the test by its time limit)', () => {
    const cases = [
      'a'.repeat(100_000),
      '.'.repeat(100_000),
      'alltid '.repeat(14_000),
      'Bra. '.repeat(20_000),
      `${'t.ex. '.repeat(16_000)}slut`,
      '- '.repeat(50_000),
    ];
    for (const text of cases) {
      expect(Array.isArray(checkFeedback(text, { lang: 'sv' })), text.slice(0, 12)).toBe(true);
    }
  });
});

/**
 * Whole pieces of feedback, written for this test (not taken from the corpus),
 * with every rule they should set off, and only those.
 */
const EXAMPLES: [Lang, string, RuleId[], string[]?][] = [
  [
    'en',
    'Your map is accurate and clearly labelled. Add a scale bar so readers can judge distances.',
    [],
  ],
  ['en', 'Superb!', ['no-feed-forward', 'value-without-reason']],
  [
    'en',
    'You are a born storyteller! The opening scene pulls me in. Cut the long description of the house.',
    ['person-praise'],
  ],
  [
    'en',
    'You always rush the ending. Slow down and show how the conflict is resolved.',
    ['sweeping', 'no-positive'],
  ],
  [
    'en',
    'The data table is tidy. If I were you, I would plot the results as a line graph.',
    ['teacher-centred'],
  ],
  [
    'en',
    'The hypothesis is missing. The method is unclear. The graph has no labels. The conclusion is too short. The references are incomplete.',
    ['no-feed-forward', 'no-positive', 'too-many-points'],
  ],
  [
    'en',
    'Your argument is well supported by two studies. Next, address the strongest counterargument.',
    [],
    ['uses evidence to support claims'],
  ],
  [
    'en',
    'Lovely handwriting. Next time, add a title.',
    ['value-without-reason', 'no-criterion'],
    ['analyses the causes of the war'],
  ],
  [
    'en',
    'Not quite there yet: the second paragraph contradicts the first. Decide which claim you want to defend.',
    ['no-positive'],
  ],
  [
    'en',
    'You have clearly practised your talk: you kept eye contact and finished on time. Try pausing after your key point.',
    [],
  ],
  ['en', 'C-', ['no-feed-forward', 'value-without-reason', 'no-positive']],
  [
    'en',
    'Everything in this report is spot on.',
    ['no-feed-forward', 'sweeping', 'value-without-reason'],
  ],
  [
    'sv',
    'Din karta är korrekt och tydligt märkt. Lägg till en skalstock så att läsaren kan bedöma avstånd.',
    [],
  ],
  ['sv', 'Strålande!', ['no-feed-forward', 'value-without-reason']],
  [
    'sv',
    'Du är en född berättare! Inledningen drar in läsaren. Stryk den långa beskrivningen av huset.',
    ['person-praise'],
  ],
  [
    'sv',
    'Du stressar alltid igenom slutet. Ta det lugnt och visa hur konflikten löses.',
    ['sweeping', 'no-positive'],
  ],
  [
    'sv',
    'Tabellen är prydlig. Om jag var du skulle jag rita resultaten som ett linjediagram.',
    ['teacher-centred'],
  ],
  [
    'sv',
    'Hypotesen saknas. Metoden är otydlig. Diagrammet saknar rubriker. Slutsatsen är för kort. Källförteckningen är ofullständig.',
    ['no-feed-forward', 'no-positive', 'too-many-points'],
  ],
  [
    'sv',
    'Ditt resonemang stöds av två studier. Nästa steg är att bemöta det starkaste motargumentet.',
    [],
    ['stöder påståenden med belägg'],
  ],
  [
    'sv',
    'Fin handstil. Nästa gång, lägg till en rubrik.',
    ['value-without-reason', 'no-criterion'],
    ['analyserar orsakerna till kriget'],
  ],
  [
    'sv',
    'Inte riktigt där än: andra stycket motsäger det första. Bestäm vilken tes du vill försvara.',
    ['no-positive'],
  ],
  [
    'sv',
    'Det märks att du har övat på ditt tal: du höll ögonkontakt och höll tiden. Prova att göra en paus efter din viktigaste poäng.',
    [],
  ],
  ['sv', 'Betyg: D', ['no-feed-forward', 'value-without-reason', 'no-positive']],
  ['sv', 'Allt i rapporten är klockrent.', ['no-feed-forward', 'sweeping', 'value-without-reason']],
  [
    'nb',
    'Kartet ditt er nøyaktig og tydelig merket. Legg til en målestokk slik at leseren kan vurdere avstander.',
    [],
  ],
  ['nb', 'Strålende!', ['no-feed-forward', 'value-without-reason']],
  [
    'nb',
    'Du er en født forteller! Åpningen trekker meg inn. Stryk den lange beskrivelsen av huset.',
    ['person-praise'],
  ],
  [
    'nb',
    'Du stresser alltid gjennom slutten. Ta det med ro og vis hvordan konflikten løses.',
    ['sweeping', 'no-positive'],
  ],
  [
    'nb',
    'Tabellen er ryddig. Hvis jeg var deg, ville jeg laget et linjediagram av resultatene.',
    ['teacher-centred'],
  ],
  [
    'nb',
    'Hypotesen mangler. Metoden er uklar. Grafen mangler overskrifter. Konklusjonen er for kort. Kildelisten er ufullstendig.',
    ['no-feed-forward', 'no-positive', 'too-many-points'],
  ],
  [
    'nb',
    'Resonnementet ditt støttes av to studier. Neste steg er å imøtegå det sterkeste motargumentet.',
    [],
    ['støtter påstander med belegg'],
  ],
  [
    'nb',
    'Fin håndskrift. Neste gang, legg til en overskrift.',
    ['value-without-reason', 'no-criterion'],
    ['analyserer årsakene til krigen'],
  ],
  [
    'nb',
    'Ikke helt der ennå: andre avsnitt motsier det første. Bestem deg for hvilken påstand du vil forsvare.',
    ['no-positive'],
  ],
  [
    'nb',
    'Det merkes at du har øvd på presentasjonen: du holdt øyekontakt og holdt tiden. Prøv å ta en pause etter hovedpoenget ditt.',
    [],
  ],
  ['nb', 'Karakter: 2', ['no-feed-forward', 'value-without-reason', 'no-positive']],
  [
    'nb',
    'Alt i rapporten er helt perfekt.',
    ['no-feed-forward', 'sweeping', 'value-without-reason'],
  ],
];

describe('whole pieces of feedback', () => {
  test('each sets off exactly the expected rules', () => {
    const wrong = EXAMPLES.flatMap(([lang, text, expected, criteria]) => {
      const got = [...fired(text, { lang, criteria })].sort();
      return got.join() === [...expected].sort().join()
        ? []
        : [`${lang}: ${text} → ${got.join(', ')}`];
    });
    expect(wrong).toEqual([]);
  });
});
