/**
 * A deterministic, realistic-looking comment bank for the template-search
 * benchmark: feedback sentences in Swedish, Norwegian and English, built from
 * per-language word lists and sentence frames for each feedback question, with
 * placeholders, tags, favourites, hidden templates and a long-tailed use count.
 * The same seed always gives the same bank, so runs are comparable.
 */

import { FEEDBACK_LEVELS, FEEDBACK_QUESTIONS } from '../utils/model/feedback';
import type { TemplateRecord } from '../utils/model/records';
import { seededRandom } from './seeded-random';

type Lang = TemplateRecord['lang'];

interface Words {
  nouns: string[];
  adjectives: string[];
  verbs: string[];
  placeholders: string[];
  frames: Record<TemplateRecord['question'], string[]>;
}

/** {n} noun, {a} adjective, {v} verb, {p} placeholder; everything else is literal. */
const WORDS: Record<Lang, Words> = {
  sv: {
    nouns: [
      'struktur',
      'källor',
      'inledning',
      'slutsats',
      'argument',
      'stycke',
      'tes',
      'analys',
      'resonemang',
      'exempel',
      'begrepp',
      'disposition',
      'språk',
      'stavning',
      'meningsbyggnad',
      'citat',
      'diagram',
      'metod',
      'hypotes',
      'resultat',
      'diskussion',
      'sammanfattning',
      'rubrik',
      'styckeindelning',
      'textbindning',
      'målgrupp',
      'förklaring',
      'jämförelse',
      'orsaker',
      'konsekvenser',
      'planering',
      'självbedömning',
      'bearbetning',
      'ordförråd',
      'källhänvisning',
    ],
    adjectives: [
      'tydlig',
      'genomtänkt',
      'utvecklad',
      'relevant',
      'nyanserad',
      'konkret',
      'korrekt',
      'välgrundad',
      'fördjupad',
      'varierad',
      'sammanhängande',
      'övertygande',
      'kritisk',
      'saklig',
    ],
    verbs: [
      'utveckla',
      'förklara',
      'motivera',
      'jämföra',
      'granska',
      'revidera',
      'strukturera',
      'sammanfatta',
      'analysera',
      'underbygga',
      'pröva',
      'formulera',
      'kontrollera',
      'läsa om',
    ],
    placeholders: ['{kriterium}', '{nästa steg}', '{elevens namn}', '{mål}', '{exempel}'],
    frames: {
      feedUp: [
        'Målet är att du ska kunna {v} {n} på ett {a} sätt.',
        'Kriteriet {p} handlar om hur du {v} {n}.',
        'I den här uppgiften visar du att du kan {v} din {n}.',
        'En {a} {n} betyder att läsaren förstår varför du {v} {n}.',
      ],
      feedBack: [
        'Din {n} är {a} och du {v} {n} väl.',
        'Här saknas en {a} {n}; jämför med {p}.',
        'Du har börjat {v} {n}, men {n} behöver bli mer {a}.',
        'Det syns att du kan {v} {n} – {p} är uppfyllt.',
      ],
      feedForward: [
        'Ditt {p} är att {v} {n} så att den blir mer {a}.',
        'Pröva att {v} {n} med hjälp av {n}.',
        'Nästa gång: {v} din {n} innan du lämnar in.',
        'Välj ett stycke och {v} {n}; det ger en {a} {n}.',
      ],
    },
  },
  nb: {
    nouns: [
      'struktur',
      'kilder',
      'innledning',
      'konklusjon',
      'argument',
      'avsnitt',
      'påstand',
      'analyse',
      'resonnement',
      'eksempel',
      'begrep',
      'disposisjon',
      'språk',
      'rettskriving',
      'setningsbygning',
      'sitat',
      'metode',
      'hypotese',
      'resultat',
      'drøfting',
      'oppsummering',
      'overskrift',
      'lærer',
      'øving',
      'tilbakemelding',
      'læringsmål',
      'kjennetegn',
      'årsaker',
      'følger',
      'egenvurdering',
      'kildehenvisning',
      'ordforråd',
      'målgruppe',
      'sammenligning',
      'forklaring',
    ],
    adjectives: [
      'tydelig',
      'gjennomtenkt',
      'utviklet',
      'relevant',
      'nyansert',
      'konkret',
      'korrekt',
      'velbegrunnet',
      'særlig god',
      'variert',
      'sammenhengende',
      'overbevisende',
      'kritisk',
      'saklig',
    ],
    verbs: [
      'utvikle',
      'forklare',
      'begrunne',
      'sammenligne',
      'vurdere',
      'revidere',
      'strukturere',
      'oppsummere',
      'analysere',
      'underbygge',
      'prøve ut',
      'formulere',
      'kontrollere',
      'lese over',
    ],
    placeholders: ['{kjennetegn}', '{neste steg}', '{elevens navn}', '{mål}', '{eksempel}'],
    frames: {
      feedUp: [
        'Målet er at du skal kunne {v} {n} på en {a} måte.',
        'Kjennetegnet {p} handler om hvordan du {v} {n}.',
        'I denne oppgaven viser du at du kan {v} {n}.',
        'En {a} {n} betyr at leseren forstår hvorfor du {v} {n}.',
      ],
      feedBack: [
        '{n} din er {a}, og du {v} {n} godt.',
        'Her mangler en {a} {n}; sammenlign med {p}.',
        'Du har begynt å {v} {n}, men {n} må bli mer {a}.',
        'Det synes at du kan {v} {n} – {p} er oppfylt.',
      ],
      feedForward: [
        '{p} for deg er å {v} {n} slik at den blir mer {a}.',
        'Prøv å {v} {n} ved hjelp av {n}.',
        'Neste gang: {v} {n} før du leverer.',
        'Snakk med en {n} om hvordan du kan {v} {n}.',
      ],
    },
  },
  en: {
    nouns: [
      'structure',
      'sources',
      'introduction',
      'conclusion',
      'argument',
      'paragraph',
      'thesis',
      'analysis',
      'reasoning',
      'example',
      'concept',
      'outline',
      'language',
      'spelling',
      'sentence',
      'quotation',
      'method',
      'hypothesis',
      'result',
      'discussion',
      'summary',
      'heading',
      'evidence',
      'criterion',
      'topic sentence',
      'transition',
      'audience',
      'explanation',
      'comparison',
      'causes',
      'consequences',
      'planning',
      'self-assessment',
      'vocabulary',
      'citation',
    ],
    adjectives: [
      'clear',
      'well-considered',
      'developed',
      'relevant',
      'nuanced',
      'concrete',
      'accurate',
      'well-supported',
      'in-depth',
      'varied',
      'coherent',
      'convincing',
      'critical',
      'precise',
    ],
    verbs: [
      'develop',
      'explain',
      'justify',
      'compare',
      'review',
      'revise',
      'organise',
      'summarise',
      'analyse',
      'support',
      'test',
      'phrase',
      'check',
      'reread',
    ],
    placeholders: ['{criterion}', '{next step}', '{student name}', '{goal}', '{example}'],
    frames: {
      feedUp: [
        'The goal is that you can {v} a {a} {n}.',
        'The criterion {p} is about how you {v} your {n}.',
        'In this task you show that you can {v} the {n}.',
        'A {a} {n} means the reader understands why you {v} the {n}.',
      ],
      feedBack: [
        'Your {n} is {a}, and you {v} the {n} well.',
        'A {a} {n} is missing here; compare with {p}.',
        'You have started to {v} the {n}, but the {n} needs to be more {a}.',
        'You clearly can {v} the {n} – {p} is met.',
      ],
      feedForward: [
        'Your {p} is to {v} the {n} so that it becomes more {a}.',
        'Try to {v} your {n} using the {n}.',
        'Next time: {v} your {n} before you hand it in.',
        'Pick one paragraph and {v} the {n}; it gives a {a} {n}.',
      ],
    },
  },
};

/** `count` templates: 40 % sv, 30 % nb, 30 % en, spread over all twelve cells. */
export function generateTemplates(count: number, seed = 20_260_101): TemplateRecord[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const baseTime = Date.UTC(2026, 0, 1);
  const templates: TemplateRecord[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    const lang: Lang = roll < 0.4 ? 'sv' : roll < 0.7 ? 'nb' : 'en';
    const words = WORDS[lang];
    const question = pick(FEEDBACK_QUESTIONS);
    const level = pick(FEEDBACK_LEVELS);
    const text = pick(words.frames[question]).replace(/\{([navp])\}/g, (_, slot: string) => {
      if (slot === 'n') return pick(words.nouns);
      if (slot === 'a') return pick(words.adjectives);
      if (slot === 'v') return pick(words.verbs);
      return pick(words.placeholders);
    });
    const tags = Array.from({ length: Math.floor(random() * 3) }, () => pick(words.nouns));
    const builtIn = i < 600;
    // Most templates are never used; a few are used very often.
    const useCount = random() < 0.6 ? 0 : Math.floor(-Math.log(random() + 1e-9) * 8);
    const createdAt = baseTime + i * 60_000;
    templates.push({
      id: builtIn ? `builtin-${lang}-${String(i).padStart(5, '0')}` : `own-${i}`,
      lang,
      question,
      level,
      text: text.charAt(0).toUpperCase() + text.slice(1),
      tags: [...new Set(tags)],
      builtIn,
      hidden: random() < 0.05,
      favourite: random() < 0.03,
      useCount,
      lastUsedAt: useCount > 0 ? createdAt + Math.floor(random() * 90) * 86_400_000 : undefined,
      createdAt,
      updatedAt: createdAt,
    });
  }
  return templates;
}
