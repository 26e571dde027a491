import { describe, expect, it } from 'vitest';
import {
  type ComposerAction,
  type ComposerState,
  composerFromParts,
  composerReducer,
  composerToParts,
  emptyComposer,
  type InsertTemplateAction,
  isComposerEmpty,
  planTemplateInsertion,
} from '../../../utils/feedback/composer';
import { cutSentence } from '../../../utils/feedback/sentence-cut';

function run(...actions: ComposerAction[]): ComposerState {
  return actions.reduce(composerReducer, emptyComposer());
}

function insert(
  overrides: Partial<InsertTemplateAction> & Pick<InsertTemplateAction, 'template'>,
): InsertTemplateAction {
  return {
    type: 'insertTemplate',
    target: 'feedForward',
    selection: { start: 0, end: 0 },
    lang: 'en',
    fill: {},
    ...overrides,
  };
}

const processNextStep = {
  id: 'en-feedForward-process-01',
  question: 'feedForward' as const,
  level: 'process' as const,
  text: 'Try {strategy} to reach {criterion}.',
};

const selfPraise = {
  id: 'en-feedBack-self-01',
  question: 'feedBack' as const,
  level: 'self' as const,
  text: 'Well done, {student}!',
};

describe('emptyComposer', () => {
  it('starts with three empty parts at the task level and no praise', () => {
    const state = emptyComposer();
    for (const question of ['feedUp', 'feedBack', 'feedForward'] as const) {
      expect(state.parts[question]).toEqual({
        question,
        level: 'task',
        text: '',
        levelChosenBy: 'default',
      });
    }
    expect(state.praise).toEqual({ text: '' });
    expect(isComposerEmpty(state)).toBe(true);
  });
});

describe('composerReducer: typing', () => {
  it('puts typed text into the part or the praise that was typed in, leaving the rest', () => {
    const state = run(
      { type: 'setText', target: 'feedBack', text: 'Your intro is clear.' },
      { type: 'setText', target: 'praise', text: 'Great effort!' },
    );
    expect(state.parts.feedBack.text).toBe('Your intro is clear.');
    expect(state.praise.text).toBe('Great effort!');
    expect(state.parts.feedUp.text).toBe('');
    expect(state.parts.feedForward.text).toBe('');
  });

  it('does not change the previous state (safe for useReducer)', () => {
    const before = emptyComposer();
    const after = composerReducer(before, { type: 'setText', target: 'feedUp', text: 'x' });
    expect(before.parts.feedUp.text).toBe('');
    expect(after).not.toBe(before);
  });

  it('forgets the template of a part the teacher has emptied', () => {
    const state = run(insert({ template: processNextStep }), {
      type: 'setText',
      target: 'feedForward',
      text: '',
    });
    expect(state.parts.feedForward.templateId).toBeUndefined();
  });
});

describe('composerReducer: levels', () => {
  it('a template sets the level of a part whose level nobody chose', () => {
    const state = run(insert({ template: processNextStep }));
    expect(state.parts.feedForward.level).toBe('process');
    expect(state.parts.feedForward.levelChosenBy).toBe('template');
    expect(state.parts.feedForward.templateId).toBe('en-feedForward-process-01');
  });

  it("the teacher's level choice sticks when a template of another level is inserted", () => {
    const state = run(
      { type: 'setLevel', question: 'feedForward', level: 'selfRegulation' },
      insert({ template: processNextStep }),
    );
    expect(state.parts.feedForward.level).toBe('selfRegulation');
    expect(state.parts.feedForward.levelChosenBy).toBe('teacher');
    expect(state.parts.feedForward.text).toBe('Try {strategy} to reach {criterion}.');
    expect(state.parts.feedForward.templateId).toBe('en-feedForward-process-01');
  });

  it('a later template replaces the level an earlier template set', () => {
    const state = run(
      insert({ template: processNextStep }),
      insert({
        template: { ...processNextStep, id: 't2', level: 'selfRegulation', text: 'Check.' },
        selection: { start: 0, end: 999 },
      }),
    );
    expect(state.parts.feedForward.level).toBe('selfRegulation');
    expect(state.parts.feedForward.text).toBe('Check.');
  });
});

describe('composerReducer: inserting templates', () => {
  it('inserts at the selection with known placeholders filled and spacing added', () => {
    const start = run({ type: 'setText', target: 'feedForward', text: 'Good start.' });
    const state = composerReducer(
      start,
      insert({
        template: processNextStep,
        selection: { start: 11, end: 11 },
        fill: { criterion: 'a clear argument', student: 'Sam' },
      }),
    );
    expect(state.parts.feedForward.text).toBe(
      'Good start. Try {strategy} to reach a clear argument.',
    );
  });

  it('uses the template language to recognise placeholders', () => {
    const state = run(
      insert({
        target: 'feedUp',
        template: { id: 'sv-1', question: 'feedUp', level: 'task', text: 'Målet: {kriterium}.' },
        lang: 'sv',
        fill: { criterion: 'källkritik' },
      }),
    );
    expect(state.parts.feedUp.text).toBe('Målet: källkritik.');
  });

  it('a self-level template goes to the praise even when another part is focused', () => {
    const start = run({ type: 'setText', target: 'feedUp', text: 'Aim high.' });
    const state = composerReducer(
      start,
      insert({
        target: 'feedUp',
        selection: { start: 4, end: 4 },
        template: selfPraise,
        fill: { student: 'Mia' },
      }),
    );
    expect(state.praise).toEqual({ text: 'Well done, Mia!', templateId: 'en-feedBack-self-01' });
    expect(state.parts.feedUp).toEqual(start.parts.feedUp);
    expect(state.parts.feedUp.level).toBe('task');
  });

  it('a self-level template goes after existing praise when it came from another field', () => {
    const start = run({ type: 'setText', target: 'praise', text: 'Nice.' });
    const plan = planTemplateInsertion(
      start,
      insert({ target: 'feedBack', selection: { start: 0, end: 0 }, template: selfPraise }),
    );
    expect(plan).toEqual({
      target: 'praise',
      text: 'Nice. Well done, {student}!',
      inserted: { start: 6, end: 27 },
    });
  });

  it('a feedback template picked while the praise is focused goes to its own question', () => {
    const state = run(insert({ target: 'praise', template: processNextStep }));
    expect(state.praise.text).toBe('');
    expect(state.parts.feedForward.text).toBe('Try {strategy} to reach {criterion}.');
  });

  it('planTemplateInsertion tells where the inserted text is, for selecting its first placeholder', () => {
    const start = run({ type: 'setText', target: 'feedForward', text: 'Ok.' });
    const action = insert({ template: processNextStep, selection: { start: 3, end: 3 } });
    const plan = planTemplateInsertion(start, action);
    expect(plan.target).toBe('feedForward');
    expect(plan.text.slice(plan.inserted.start, plan.inserted.end)).toBe(processNextStep.text);
    expect(composerReducer(start, action).parts.feedForward.text).toBe(plan.text);
  });
});

describe('composerReducer: moving text to another field', () => {
  /** Where `words` stand in `text`, as a review finding would point at them. */
  const at = (text: string, words: string) => {
    const start = text.indexOf(words);
    if (start === -1) throw new Error(`"${words}" is not in "${text}"`);
    return { start, end: start + words.length };
  };
  const withFeedBack = (text: string) => run({ type: 'setText', target: 'feedBack', text });
  /** Moves the sentence holding `words`, cut as the review's code cuts it. */
  const toPraise = (state: ComposerState, words: string, lang: 'sv' | 'nb' | 'en' = 'en') => {
    const text = state.parts.feedBack.text;
    const cut = cutSentence(text, at(text, words), lang);
    if (!cut) throw new Error(`no sentence around "${words}"`);
    return composerReducer(state, { type: 'moveToPraise', from: 'feedBack', text, cut });
  };

  it('moves a part’s whole text after the text of another part, and empties the first', () => {
    const start = run(
      { type: 'setText', target: 'feedBack', text: '  Next time, make an outline.  ' },
      { type: 'setText', target: 'feedForward', text: 'Add a source. ' },
      { type: 'setLevel', question: 'feedForward', level: 'process' },
    );
    const state = composerReducer(start, { type: 'movePart', from: 'feedBack', to: 'feedForward' });
    expect(state.parts.feedBack.text).toBe('');
    expect(state.parts.feedForward.text).toBe('Add a source. Next time, make an outline.');
    expect(state.parts.feedForward.level).toBe('process');
    expect(state.praise).toEqual(start.praise);
  });

  it('a part moved away takes its template along no more', () => {
    const start = run(insert({ template: processNextStep, target: 'feedBack' }));
    expect(start.parts.feedBack.templateId).toBe(processNextStep.id);
    const state = composerReducer(start, { type: 'movePart', from: 'feedBack', to: 'feedUp' });
    expect('templateId' in state.parts.feedBack).toBe(false);
    expect(state.parts.feedUp.text).toBe(start.parts.feedBack.text.trim());
  });

  it('moves the whole sentence after a line break to the praise, leaving nothing behind', () => {
    const state = toPraise(
      withFeedBack('Your argument holds.\nYou are so clever.'),
      'You are so clever',
    );
    expect(state.parts.feedBack.text).toBe('Your argument holds.');
    expect(state.praise.text).toBe('You are so clever.');
  });

  it('takes a sentence from the middle with the space after it, and adds it after the praise', () => {
    const start = composerReducer(
      withFeedBack('Your argument holds. You are so clever. The sources are well chosen.'),
      { type: 'setText', target: 'praise', text: 'Well done. ' },
    );
    const state = toPraise(start, 'so clever');
    expect(state.parts.feedBack.text).toBe('Your argument holds. The sources are well chosen.');
    expect(state.praise.text).toBe('Well done. You are so clever.');
  });

  it('cuts where the review cuts: not at an abbreviation, and not inside a list marker', () => {
    const abbreviation = toPraise(
      withFeedBack('You are so clever, e.g. in the opening. Add a source.'),
      'so clever',
    );
    expect(abbreviation.praise.text).toBe('You are so clever, e.g. in the opening.');
    expect(abbreviation.parts.feedBack.text).toBe('Add a source.');

    const list = toPraise(withFeedBack('- A clear thesis.\n- You are so clever.'), 'so clever');
    expect(list.parts.feedBack.text).toBe('- A clear thesis.');
    expect(list.praise.text).toBe('You are so clever.');
  });

  it('uses the abbreviations of the language given (Swedish “t.ex.”)', () => {
    const state = toPraise(
      withFeedBack('Du är så duktig, t.ex. i inledningen. Lägg till en källa.'),
      'så duktig',
      'sv',
    );
    expect(state.praise.text).toBe('Du är så duktig, t.ex. i inledningen.');
    expect(state.parts.feedBack.text).toBe('Lägg till en källa.');
  });

  it('empties a part whose only sentence moves, and forgets its template', () => {
    const start = run({
      ...insert({ template: { ...processNextStep, text: 'You are so clever.' } }),
      target: 'feedBack',
    });
    const state = toPraise(start, 'so clever');
    expect(state.parts.feedBack.text).toBe('');
    expect('templateId' in state.parts.feedBack).toBe(false);
    expect(state.praise.text).toBe('You are so clever.');
  });

  it('changes nothing when the part was changed after the cut was made', () => {
    const before = 'You are so clever. Add a source.';
    const cut = cutSentence(before, at(before, 'so clever'), 'en');
    if (!cut) throw new Error('no sentence');
    const start = withFeedBack('Add a source.');
    const state = composerReducer(start, {
      type: 'moveToPraise',
      from: 'feedBack',
      text: before,
      cut,
    });
    expect(state).toBe(start);
  });
});

describe('composerReducer: criterion, load, clear', () => {
  it('links and unlinks a success criterion on the feed-up part', () => {
    const linked = run({ type: 'linkCriterion', criterionId: 'c1' });
    expect(linked.parts.feedUp.criterionId).toBe('c1');
    expect(linked.parts.feedBack.criterionId).toBeUndefined();
    const unlinked = composerReducer(linked, { type: 'linkCriterion', criterionId: undefined });
    expect('criterionId' in unlinked.parts.feedUp).toBe(false);
  });

  it('load replaces everything with a saved draft', () => {
    const draft = run({ type: 'setText', target: 'feedBack', text: 'Saved text' });
    const state = composerReducer(run({ type: 'setText', target: 'feedUp', text: 'other' }), {
      type: 'load',
      state: draft,
    });
    expect(state).toEqual(draft);
  });

  it('clear empties every part, the praise, levels and links', () => {
    const state = run(
      { type: 'setText', target: 'feedBack', text: 'a' },
      { type: 'setText', target: 'praise', text: 'b' },
      { type: 'setLevel', question: 'feedUp', level: 'process' },
      { type: 'linkCriterion', criterionId: 'c1' },
      { type: 'clear' },
    );
    expect(state).toEqual(emptyComposer());
    expect(isComposerEmpty(state)).toBe(true);
  });
});

describe('composerToParts / composerFromParts', () => {
  it('stores the non-empty parts in question order, praise last as a self-level part', () => {
    const state = run(
      { type: 'setText', target: 'praise', text: ' Great effort! ' },
      { type: 'setText', target: 'feedForward', text: 'Add a source.' },
      { type: 'setText', target: 'feedBack', text: '   ' },
      { type: 'setText', target: 'feedUp', text: 'Use sources critically.' },
      { type: 'linkCriterion', criterionId: 'c1' },
      { type: 'setLevel', question: 'feedForward', level: 'process' },
    );
    expect(composerToParts(state)).toEqual([
      { question: 'feedUp', level: 'task', text: 'Use sources critically.', criterionId: 'c1' },
      { question: 'feedForward', level: 'process', text: 'Add a source.' },
      { question: 'feedBack', level: 'self', text: 'Great effort!' },
    ]);
  });

  it('keeps a linked criterion even before the feed-up text is written', () => {
    const state = run({ type: 'linkCriterion', criterionId: 'c9' });
    expect(composerToParts(state)).toEqual([
      { question: 'feedUp', level: 'task', text: '', criterionId: 'c9' },
    ]);
    expect(isComposerEmpty(state)).toBe(false);
  });

  it('round trip: parts → composer → the same parts', () => {
    const parts = [
      { question: 'feedUp' as const, level: 'task' as const, text: 'Goal', criterionId: 'c1' },
      { question: 'feedBack' as const, level: 'process' as const, text: 'Now', templateId: 't1' },
      { question: 'feedForward' as const, level: 'selfRegulation' as const, text: 'Next' },
      { question: 'feedBack' as const, level: 'self' as const, text: 'Bravo', templateId: 't2' },
    ];
    expect(composerToParts(composerFromParts(parts))).toEqual(parts);
  });

  it('round trip: composer → parts → the same composer, with levels now counting as chosen', () => {
    const state = run(
      { type: 'setText', target: 'feedBack', text: 'Clear.' },
      insert({ template: processNextStep }),
      insert({ template: selfPraise, fill: { student: 'Kim' } }),
      { type: 'linkCriterion', criterionId: 'c2' },
      { type: 'setText', target: 'feedUp', text: 'The goal.' },
    );
    const back = composerFromParts(composerToParts(state));
    expect(back.parts.feedForward).toEqual({
      ...state.parts.feedForward,
      levelChosenBy: 'teacher',
    });
    expect(back.parts.feedUp).toEqual({ ...state.parts.feedUp, levelChosenBy: 'teacher' });
    expect(back.parts.feedBack).toEqual({ ...state.parts.feedBack, levelChosenBy: 'teacher' });
    expect(back.praise).toEqual(state.praise);
  });

  it('a loaded level is not overwritten by a template inserted while editing', () => {
    const loaded = composerFromParts([{ question: 'feedForward', level: 'task', text: 'Go on.' }]);
    const state = composerReducer(
      loaded,
      insert({ template: processNextStep, selection: { start: 6, end: 6 } }),
    );
    expect(state.parts.feedForward.level).toBe('task');
  });

  it('joins several parts of one question with a blank line; self-level parts become praise', () => {
    const state = composerFromParts([
      { question: 'feedBack', level: 'task', text: 'First.' },
      { question: 'feedForward', level: 'self', text: 'You are a star.' },
      { question: 'feedBack', level: 'process', text: ' Second. ' },
      { question: 'feedUp', level: 'self', text: 'Proud of you.' },
    ]);
    expect(state.parts.feedBack.text).toBe('First.\n\nSecond.');
    expect(state.parts.feedBack.level).toBe('task');
    expect(state.praise.text).toBe('You are a star.\n\nProud of you.');
    expect(state.parts.feedForward).toEqual(emptyComposer().parts.feedForward);
    expect(state.parts.feedUp.text).toBe('');
  });

  it('a composer with only white space is empty; any text makes it non-empty', () => {
    expect(isComposerEmpty(run({ type: 'setText', target: 'feedUp', text: ' \n ' }))).toBe(true);
    expect(isComposerEmpty(run({ type: 'setText', target: 'praise', text: 'Yes' }))).toBe(false);
    expect(isComposerEmpty(run({ type: 'setText', target: 'feedForward', text: 'x' }))).toBe(false);
  });
});

describe('what stays in the composer after a save the teacher kept typing through', () => {
  it('drops the saved text and keeps what was added after it, field by field', async () => {
    const { composerReducer, emptyComposer, remainderAfterSave } = await import(
      '../../../utils/feedback/composer'
    );
    const submitted = composerReducer(emptyComposer(), {
      type: 'setText',
      target: 'feedBack',
      text: 'Saved text.',
    });
    const typedOn = composerReducer(
      composerReducer(submitted, {
        type: 'setText',
        target: 'feedBack',
        text: 'Saved text. More.',
      }),
      { type: 'setText', target: 'feedForward', text: 'Typed while saving.' },
    );
    const rest = remainderAfterSave(typedOn, submitted);
    expect(rest.parts.feedBack.text).toBe('More.');
    expect(rest.parts.feedForward.text).toBe('Typed while saving.');
    expect(remainderAfterSave(submitted, submitted)).toEqual(emptyComposer());
  });

  it('keeps a field changed in the middle whole rather than lose words', async () => {
    const { composerReducer, emptyComposer, remainderAfterSave } = await import(
      '../../../utils/feedback/composer'
    );
    const submitted = composerReducer(emptyComposer(), {
      type: 'setText',
      target: 'praise',
      text: 'Well argued.',
    });
    const changed = composerReducer(submitted, {
      type: 'setText',
      target: 'praise',
      text: 'Very well argued.',
    });
    expect(remainderAfterSave(changed, submitted).praise.text).toBe('Very well argued.');
  });
});
