import { describe, expect, it } from 'vitest';
import {
  canPrompt,
  type PromptLang,
  peerFeedbackPrompt,
  promptCriteria,
  selfAssessmentPrompt,
} from '../../../utils/feedback/prompts';

const LANGS: PromptLang[] = ['sv', 'nb', 'en'];

const assignment = {
  learningGoal: 'Argue for a position with sources',
  criteria: [
    { id: 'c1', text: 'States a clear thesis' },
    { id: 'c2', text: 'Uses at least two sources' },
    { id: 'c3', text: 'Ends with a conclusion' },
  ],
};

/** The lines that start with a bullet. */
const bullets = (text: string) => text.split('\n').filter((line) => line.startsWith('•'));

describe('selfAssessmentPrompt', () => {
  it('asks about every criterion, one bulleted line each, in every language', () => {
    for (const lang of LANGS) {
      const text = selfAssessmentPrompt(assignment, lang);
      const lines = bullets(text);
      expect(lines).toHaveLength(3);
      assignment.criteria.forEach((criterion, index) => {
        expect(lines[index]).toContain(criterion.text);
        // Each line asks two questions: where it shows, and the next step.
        expect(lines[index]?.match(/\?/g)).toHaveLength(2);
      });
      expect(text).toContain(assignment.learningGoal);
    }
  });

  it('is written in the language asked for', () => {
    expect(selfAssessmentPrompt(assignment, 'en')).toContain('What is your next step?');
    expect(selfAssessmentPrompt(assignment, 'sv')).toContain('Vad är ditt nästa steg?');
    expect(selfAssessmentPrompt(assignment, 'nb')).toContain('Hva er neste steg for deg?');
    const texts = new Set(LANGS.map((lang) => selfAssessmentPrompt(assignment, lang)));
    expect(texts.size).toBe(3);
  });

  it('addresses the student by name when the name is known', () => {
    for (const lang of LANGS) {
      const named = selfAssessmentPrompt(assignment, lang, '  Astrid ');
      expect(named.startsWith('Astrid, ')).toBe(true);
      expect(selfAssessmentPrompt(assignment, lang)).not.toContain('Astrid');
      expect(selfAssessmentPrompt(assignment, lang, '   ')).not.toMatch(/^\s*,/);
    }
  });

  it('leaves out blank criteria and a missing goal, and keeps each criterion on one line', () => {
    const text = selfAssessmentPrompt(
      {
        learningGoal: '  ',
        criteria: [
          { id: 'a', text: 'Uses paragraphs\nfor each idea.' },
          { id: 'b', text: '   ' },
        ],
      },
      'en',
    );
    expect(bullets(text)).toEqual([
      '• Uses paragraphs for each idea: Where in your text do you show this? What is your next step?',
    ]);
    expect(text).not.toContain('Our goal');
  });

  it('inserts stored text as it is: no markup, no second filling of braces', () => {
    const text = selfAssessmentPrompt(
      {
        learningGoal: '<b>{criterion}</b>',
        criteria: [{ id: 'a', text: 'Use {name} & <i>quotes</i>' }],
      },
      'en',
      '{goal}',
    );
    expect(text).toContain('Our goal: <b>{criterion}</b>');
    expect(text).toContain('• Use {name} & <i>quotes</i>: Where');
    expect(text.startsWith('{goal}, ')).toBe(true);
  });
});

describe('peerFeedbackPrompt', () => {
  it('lists every criterion and asks for two things that work and one wish, in every language', () => {
    for (const lang of LANGS) {
      const text = peerFeedbackPrompt(assignment, lang);
      const lines = bullets(text);
      expect(lines).toEqual(assignment.criteria.map((criterion) => `• ${criterion.text}`));
      expect(text).toContain(assignment.learningGoal);
      expect(text).toContain('★');
      expect(text).toContain('→');
    }
    expect(peerFeedbackPrompt(assignment, 'en')).toMatch(/two things that work and one wish/i);
    expect(peerFeedbackPrompt(assignment, 'sv')).toMatch(/två saker som fungerar och en önskan/i);
    expect(peerFeedbackPrompt(assignment, 'nb')).toMatch(/to ting som fungerer og ett ønske/i);
  });

  it('ties the wish and the strengths to the criteria', () => {
    expect(peerFeedbackPrompt(assignment, 'en')).toMatch(/★[^\n]*criterion/);
    expect(peerFeedbackPrompt(assignment, 'en')).toMatch(/→[^\n]*criterion/);
    expect(peerFeedbackPrompt(assignment, 'sv')).toMatch(/→[^\n]*kriterium/);
    expect(peerFeedbackPrompt(assignment, 'nb')).toMatch(/→[^\n]*kriteri/);
  });

  it('is plain text with paragraphs separated by blank lines', () => {
    const text = peerFeedbackPrompt(assignment, 'en');
    expect(text.split('\n\n').length).toBeGreaterThanOrEqual(3);
    expect(text).not.toMatch(/\n{3,}/);
    expect(text).toBe(text.trim());
  });
});

describe('promptCriteria and canPrompt', () => {
  it('needs at least one written criterion', () => {
    expect(canPrompt(undefined)).toBe(false);
    expect(canPrompt({ learningGoal: 'Goal', criteria: [] })).toBe(false);
    expect(canPrompt({ learningGoal: 'Goal', criteria: [{ id: 'a', text: ' \n ' }] })).toBe(false);
    expect(canPrompt(assignment)).toBe(true);
    expect(promptCriteria({ learningGoal: '', criteria: [{ id: 'a', text: ' a\t b ' }] })).toEqual([
      'a b',
    ]);
  });
});
