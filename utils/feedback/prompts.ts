import type { AssignmentRecord } from '../model/records';

/**
 * Prompts that involve the learner: a self-assessment and a peer-feedback
 * task built from the assignment's learning goal and success criteria. They
 * go to the student in the feedback's language, not the interface's, so the
 * fixed phrases live here as data per language rather than in the UI
 * catalogs. The result is plain text (the teacher pastes it wherever the
 * student will read it); nothing in it is markup.
 */

/** A language a prompt can be written in. */
export type PromptLang = 'sv' | 'nb' | 'en';

/** What a prompt is built from. */
export type PromptSource = Pick<AssignmentRecord, 'learningGoal' | 'criteria'>;

/** The fixed wording of both prompts in one language; `{slots}` are filled in. */
interface PromptPhrases {
  /** Opening of the self-assessment when the student's name is known. */
  selfIntroNamed: string;
  selfIntro: string;
  /** One line per criterion. */
  selfCriterion: string;
  selfClosing: string;
  peerIntro: string;
  /** Introduces the list of criteria the classmate reads against. */
  peerCriteria: string;
  peerCriterion: string;
  /** Two things that work… */
  peerStars: string;
  /** …and one wish for the next step. */
  peerWish: string;
  peerClosing: string;
  /** The learning goal, when the assignment has one. */
  goal: string;
}

const PHRASES: Record<PromptLang, PromptPhrases> = {
  en: {
    selfIntroNamed:
      '{name}, before you read my feedback, look at your own work with the success criteria in mind.',
    selfIntro:
      'Before you read my feedback, look at your own work with the success criteria in mind.',
    selfCriterion: '• {criterion}: Where in your text do you show this? What is your next step?',
    selfClosing: 'Then choose the one thing you most want to improve, and start there.',
    peerIntro:
      'Read your classmate’s text with the success criteria beside you. Give two things that work and one wish for the next step.',
    peerCriteria: 'The success criteria:',
    peerCriterion: '• {criterion}',
    peerStars:
      '★ Two things that work: find two places where the text meets a criterion. Say which criterion, and why it works there.',
    peerWish:
      '→ One wish: choose the criterion the text could meet better, and suggest one concrete next step.',
    peerClosing: 'Be specific, and write about the text, not about the person.',
    goal: 'Our goal: {goal}',
  },
  sv: {
    selfIntroNamed:
      '{name}, innan du läser min återkoppling: titta på ditt eget arbete med framgångskriterierna framför dig.',
    selfIntro:
      'Innan du läser min återkoppling: titta på ditt eget arbete med framgångskriterierna framför dig.',
    selfCriterion: '• {criterion}: Var i din text syns det här? Vad är ditt nästa steg?',
    selfClosing: 'Välj sedan det du helst vill förbättra, och börja där.',
    peerIntro:
      'Läs din klasskamrats text med framgångskriterierna bredvid dig. Ge två saker som fungerar och en önskan om nästa steg.',
    peerCriteria: 'Framgångskriterierna:',
    peerCriterion: '• {criterion}',
    peerStars:
      '★ Två saker som fungerar: hitta två ställen där texten når ett kriterium. Skriv vilket kriterium, och varför det fungerar där.',
    peerWish:
      '→ En önskan: välj det kriterium som texten kan nå bättre, och föreslå ett konkret nästa steg.',
    peerClosing: 'Var konkret, och skriv om texten, inte om personen.',
    goal: 'Vårt mål: {goal}',
  },
  nb: {
    selfIntroNamed:
      '{name}, før du leser tilbakemeldingen min: se på ditt eget arbeid med kriteriene foran deg.',
    selfIntro:
      'Før du leser tilbakemeldingen min: se på ditt eget arbeid med kriteriene foran deg.',
    selfCriterion: '• {criterion}: Hvor i teksten din viser du dette? Hva er neste steg for deg?',
    selfClosing: 'Velg så det du helst vil forbedre, og begynn der.',
    peerIntro:
      'Les teksten til medeleven din med kriteriene ved siden av deg. Gi to ting som fungerer og ett ønske om neste steg.',
    peerCriteria: 'Kriteriene:',
    peerCriterion: '• {criterion}',
    peerStars:
      '★ To ting som fungerer: finn to steder der teksten når et kriterium. Skriv hvilket kriterium, og hvorfor det fungerer der.',
    peerWish:
      '→ Ett ønske: velg det kriteriet teksten kan nå bedre, og foreslå ett konkret neste steg.',
    peerClosing: 'Vær konkret, og skriv om teksten, ikke om personen.',
    goal: 'Målet vårt: {goal}',
  },
};

/**
 * Fills `{slots}` in one pass, so text taken from the assignment (which may
 * itself contain braces) is inserted as it is and never filled again.
 */
function fill(phrase: string, values: Record<string, string>): string {
  return phrase.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/** Line breaks and runs of spaces in stored text would break a bulleted line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The criteria a prompt can be built from: their text on one line, blank ones left out. */
export function promptCriteria(source: PromptSource | undefined): string[] {
  return (source?.criteria ?? []).map((criterion) => oneLine(criterion.text)).filter(Boolean);
}

/** Whether the assignment has any written criterion to build a prompt from. */
export function canPrompt(source: PromptSource | undefined): boolean {
  return promptCriteria(source).length > 0;
}

function goalLine(source: PromptSource, phrases: PromptPhrases): string[] {
  const goal = oneLine(source.learningGoal);
  return goal ? [fill(phrases.goal, { goal })] : [];
}

/**
 * A self-assessment for the student: for each criterion, where the work
 * shows it and what the next step is. Addressed by name when one is given.
 */
export function selfAssessmentPrompt(
  source: PromptSource,
  lang: PromptLang,
  studentName?: string,
): string {
  const phrases = PHRASES[lang];
  const name = oneLine(studentName ?? '');
  const intro = name ? fill(phrases.selfIntroNamed, { name }) : phrases.selfIntro;
  // The criterion is followed by a colon: a full stop of its own would read "….:".
  const criteria = promptCriteria(source).map((criterion) =>
    fill(phrases.selfCriterion, { criterion: criterion.replace(/[.:;,]+$/, '') }),
  );
  return [[intro, ...goalLine(source, phrases)], criteria, [phrases.selfClosing]]
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}

/**
 * A peer-feedback task: two things that work and one wish, each tied to the
 * success criteria the classmate reads against.
 */
export function peerFeedbackPrompt(source: PromptSource, lang: PromptLang): string {
  const phrases = PHRASES[lang];
  const criteria = promptCriteria(source).map((criterion) =>
    fill(phrases.peerCriterion, { criterion }),
  );
  return [
    [phrases.peerIntro, ...goalLine(source, phrases)],
    [phrases.peerCriteria, ...criteria],
    [phrases.peerStars, phrases.peerWish],
    [phrases.peerClosing],
  ]
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}
