import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OwnTemplateInput } from '../../../utils/db/templates';
import type { LocalizedBuiltIn } from '../../../utils/model/templates';
import { clockAt, freshRepositories } from './fresh';

afterEach(() => {
  vi.useRealTimers();
});

const GOAL: LocalizedBuiltIn = {
  id: 'sv-feedUp-task-01',
  lang: 'sv',
  question: 'feedUp',
  level: 'task',
  text: 'Målet för den här texten är {kriterium}.',
  tags: ['kriterier', 'mål'],
};

const NEXT_STEP: LocalizedBuiltIn = {
  id: 'sv-feedForward-process-01',
  lang: 'sv',
  question: 'feedForward',
  level: 'process',
  text: 'Nästa steg är att läsa texten högt för dig själv.',
  tags: ['revision'],
};

const ENGLISH: LocalizedBuiltIn = {
  id: 'en-feedBack-task-01',
  lang: 'en',
  question: 'feedBack',
  level: 'task',
  text: 'Your introduction states the topic clearly.',
  tags: ['introduction'],
};

const OWN: OwnTemplateInput = {
  lang: 'sv',
  question: 'feedForward',
  level: 'process',
  text: 'Läs igenom med en kamrat innan du lämnar in.',
  tags: ['kamratrespons'],
};

describe('templates.syncBuiltIns (bringing shipped templates up to date)', () => {
  it('adds the shipped templates as built-ins the teacher has not touched yet', async () => {
    clockAt(1_000);
    const { templates } = freshRepositories();
    await templates.syncBuiltIns([GOAL, NEXT_STEP, ENGLISH]);

    expect(await templates.count()).toBe(3);
    expect(await templates.get(GOAL.id)).toEqual({
      ...GOAL,
      builtIn: true,
      hidden: false,
      favourite: false,
      useCount: 0,
      createdAt: 1_000,
      updatedAt: 1_000,
    });
    expect(await templates.listForCell('en', 'feedBack', 'task')).toMatchObject([
      { id: ENGLISH.id, text: ENGLISH.text },
    ]);
  });

  it('replaces improved wording but keeps the teacher’s favourite, hidden flag and use count', async () => {
    clockAt(1_000);
    const { templates } = freshRepositories();
    await templates.syncBuiltIns([GOAL, NEXT_STEP]);
    await templates.setFavourite(GOAL.id, true);
    await templates.setHidden(NEXT_STEP.id, true);
    clockAt(2_000);
    await templates.recordUse(GOAL.id);
    await templates.recordUse(GOAL.id);

    clockAt(3_000);
    const better = { ...GOAL, text: 'Målet är att du visar {kriterium}.', tags: ['mål'] };
    const moved = { ...NEXT_STEP, question: 'feedBack' as const, level: 'task' as const };
    await templates.syncBuiltIns([better, moved]);

    expect(await templates.get(GOAL.id)).toMatchObject({
      text: 'Målet är att du visar {kriterium}.',
      tags: ['mål'],
      builtIn: true,
      favourite: true,
      hidden: false,
      useCount: 2,
      lastUsedAt: 2_000,
      createdAt: 1_000,
      updatedAt: 3_000,
    });
    expect(await templates.get(NEXT_STEP.id)).toMatchObject({
      question: 'feedBack',
      level: 'task',
      text: NEXT_STEP.text,
      hidden: true,
      favourite: false,
    });
    expect(await templates.listForCell('sv', 'feedForward', 'process')).toEqual([]);
    expect((await templates.listForCell('sv', 'feedBack', 'task')).map((t) => t.id)).toEqual([
      NEXT_STEP.id,
    ]);
  });

  it('notices a change of tags alone', async () => {
    const { templates } = freshRepositories();
    await templates.syncBuiltIns([GOAL]);
    await templates.syncBuiltIns([{ ...GOAL, tags: ['kriterier', 'mål', 'syfte'] }]);
    expect((await templates.get(GOAL.id))?.tags).toEqual(['kriterier', 'mål', 'syfte']);
  });

  it('removes built-ins that are no longer shipped', async () => {
    const { templates } = freshRepositories();
    await templates.syncBuiltIns([GOAL, NEXT_STEP]);
    await templates.setFavourite(NEXT_STEP.id, true);
    await templates.syncBuiltIns([GOAL]);
    expect(await templates.get(NEXT_STEP.id)).toBeUndefined();
    expect((await templates.all()).map((t) => t.id)).toEqual([GOAL.id]);
  });

  it('never touches the teacher’s own templates, not even a copy of a withdrawn built-in', async () => {
    clockAt(1_000);
    const { templates } = freshRepositories();
    await templates.syncBuiltIns([GOAL, NEXT_STEP]);
    const own = await templates.createOwn(OWN);
    const copy = await templates.edit(NEXT_STEP.id, { ...OWN, text: 'Min version av nästa steg.' });
    await templates.recordUse(own.id);
    const ownBefore = await templates.get(own.id);

    clockAt(5_000);
    await templates.syncBuiltIns([{ ...GOAL, text: 'Ny formulering.' }]);

    expect(await templates.get(own.id)).toEqual(ownBefore);
    expect(await templates.get(copy.id)).toEqual(copy);
    expect(await templates.get(NEXT_STEP.id)).toBeUndefined();
  });

  it('changes nothing when run again with the same templates', async () => {
    clockAt(1_000);
    const { templates } = freshRepositories();
    await templates.syncBuiltIns([GOAL, NEXT_STEP, ENGLISH]);
    await templates.setFavourite(GOAL.id, true);
    await templates.recordUse(ENGLISH.id);
    clockAt(2_000);
    await templates.syncBuiltIns([GOAL, NEXT_STEP, ENGLISH]);
    const afterFirst = await templates.all();

    clockAt(9_000);
    await templates.syncBuiltIns([GOAL, NEXT_STEP, ENGLISH]);

    const afterSecond = await templates.all();
    expect(afterSecond).toEqual(afterFirst);
    expect(afterSecond.every((t) => t.updatedAt < 9_000)).toBe(true);
  });

  it('keeps a built-in hidden behind the teacher’s edited copy', async () => {
    const { templates } = freshRepositories();
    await templates.syncBuiltIns([GOAL]);
    const copy = await templates.edit(GOAL.id, { ...OWN, text: 'Min egen version.' });
    await templates.syncBuiltIns([{ ...GOAL, text: 'Förbättrad formulering.' }]);
    expect(await templates.get(GOAL.id)).toMatchObject({
      hidden: true,
      text: 'Förbättrad formulering.',
    });
    expect(await templates.get(copy.id)).toEqual(copy);
  });
});

describe('templates: the teacher’s choices in the comment bank', () => {
  it('lists one language’s templates, built-in and own, hidden ones included', async () => {
    const { templates } = freshRepositories();
    await templates.syncBuiltIns([GOAL, NEXT_STEP, ENGLISH]);
    await templates.setHidden(NEXT_STEP.id, true);
    const own = await templates.createOwn(OWN);
    const ownEnglish = await templates.createOwn({ ...OWN, lang: 'en', text: 'Read it aloud.' });

    const swedish = await templates.listForLang('sv');
    expect(swedish.map((t) => t.id).sort()).toEqual([GOAL.id, NEXT_STEP.id, own.id].sort());
    const english = await templates.listForLang('en');
    expect(english.map((t) => t.id).sort()).toEqual([ENGLISH.id, ownEnglish.id].sort());
    expect(await templates.listForLang('nb')).toEqual([]);
  });

  it('marks and unmarks a favourite', async () => {
    clockAt(1_000);
    const { templates } = freshRepositories();
    await templates.syncBuiltIns([GOAL, NEXT_STEP]);
    clockAt(2_000);
    await templates.setFavourite(GOAL.id, true);
    expect(await templates.get(GOAL.id)).toMatchObject({ favourite: true, updatedAt: 2_000 });
    expect((await templates.get(NEXT_STEP.id))?.favourite).toBe(false);
    await templates.setFavourite(GOAL.id, false);
    expect((await templates.get(GOAL.id))?.favourite).toBe(false);
  });

  it('hides a built-in without destroying it, and shows it again', async () => {
    const { templates } = freshRepositories();
    await templates.syncBuiltIns([GOAL]);
    await templates.setHidden(GOAL.id, true);
    expect(await templates.get(GOAL.id)).toMatchObject({ hidden: true, text: GOAL.text });
    await templates.setHidden(GOAL.id, false);
    expect((await templates.get(GOAL.id))?.hidden).toBe(false);
  });

  it('creates the teacher’s own template, shown in its cell', async () => {
    clockAt(7_000);
    const { templates } = freshRepositories();
    const own = await templates.createOwn(OWN);
    expect(own).toMatchObject({
      ...OWN,
      builtIn: false,
      hidden: false,
      favourite: false,
      useCount: 0,
      createdAt: 7_000,
      updatedAt: 7_000,
    });
    expect(own.copiedFrom).toBeUndefined();
    expect(await templates.get(own.id)).toEqual(own);
    expect(await templates.listForCell('sv', 'feedForward', 'process')).toEqual([own]);
  });

  it('gives two own templates with the same wording their own ids', async () => {
    const { templates } = freshRepositories();
    const a = await templates.createOwn(OWN);
    const b = await templates.createOwn(OWN);
    expect(a.id).not.toBe(b.id);
    expect(await templates.count()).toBe(2);
  });
});

describe('templates.edit', () => {
  it('changes the teacher’s own template in place, keeping its favourite flag and use count', async () => {
    clockAt(1_000);
    const { templates } = freshRepositories();
    const own = await templates.createOwn(OWN);
    await templates.setFavourite(own.id, true);
    await templates.recordUse(own.id);

    clockAt(4_000);
    const edited = await templates.edit(own.id, {
      ...OWN,
      level: 'selfRegulation',
      text: 'Hur kan du själv kontrollera texten innan du lämnar in?',
      tags: ['självbedömning'],
    });

    expect(edited.id).toBe(own.id);
    expect(await templates.count()).toBe(1);
    expect(await templates.get(own.id)).toMatchObject({
      level: 'selfRegulation',
      text: 'Hur kan du själv kontrollera texten innan du lämnar in?',
      tags: ['självbedömning'],
      builtIn: false,
      favourite: true,
      useCount: 1,
      createdAt: 1_000,
      updatedAt: 4_000,
    });
    expect(await templates.listForCell('sv', 'feedForward', 'process')).toEqual([]);
  });

  it('turns an edit of a built-in into the teacher’s own copy and hides the built-in behind it', async () => {
    clockAt(1_000);
    const { templates } = freshRepositories();
    await templates.syncBuiltIns([GOAL]);
    await templates.setFavourite(GOAL.id, true);
    await templates.recordUse(GOAL.id);
    const before = await templates.get(GOAL.id);

    clockAt(4_000);
    const input = {
      ...OWN,
      question: 'feedUp' as const,
      level: 'task' as const,
      text: 'Mitt mål: {kriterium}.',
    };
    const copy = await templates.edit(GOAL.id, input);

    expect(copy.id).not.toBe(GOAL.id);
    expect(copy).toMatchObject({
      ...input,
      builtIn: false,
      hidden: false,
      favourite: true,
      copiedFrom: GOAL.id,
      createdAt: 4_000,
    });
    expect(await templates.get(copy.id)).toEqual(copy);

    const builtIn = await templates.get(GOAL.id);
    expect(builtIn).toEqual({ ...before, hidden: true, updatedAt: builtIn?.updatedAt });
    expect(builtIn?.text).toBe(GOAL.text);

    const cell = await templates.listForCell('sv', 'feedUp', 'task');
    expect(cell.filter((t) => !t.hidden).map((t) => t.text)).toEqual(['Mitt mål: {kriterium}.']);
  });

  it('does not make a favourite of a copy when the built-in was not one', async () => {
    const { templates } = freshRepositories();
    await templates.syncBuiltIns([GOAL]);
    const copy = await templates.edit(GOAL.id, { ...OWN, text: 'Egen.' });
    expect(copy).toMatchObject({ favourite: false, copiedFrom: GOAL.id, builtIn: false });
  });

  it('refuses to edit a template that does not exist, creating nothing', async () => {
    const { templates } = freshRepositories();
    await expect(templates.edit('missing', OWN)).rejects.toThrow();
    expect(await templates.count()).toBe(0);
  });
});

describe('templates.removeOwn', () => {
  it('deletes the teacher’s own template', async () => {
    const { templates } = freshRepositories();
    await templates.syncBuiltIns([GOAL]);
    const own = await templates.createOwn(OWN);
    await templates.removeOwn(own.id);
    expect(await templates.get(own.id)).toBeUndefined();
    expect((await templates.all()).map((t) => t.id)).toEqual([GOAL.id]);
  });

  it('refuses to delete a built-in, which stays as it was', async () => {
    const { templates } = freshRepositories();
    await templates.syncBuiltIns([GOAL]);
    const before = await templates.get(GOAL.id);
    await expect(templates.removeOwn(GOAL.id)).rejects.toThrow();
    expect(await templates.get(GOAL.id)).toEqual(before);
  });
});
