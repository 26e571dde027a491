import { afterEach, describe, expect, it, vi } from 'vitest';
import { templateRecord } from '../builders';
import { clockAt, freshRepositories } from './fresh';

afterEach(() => {
  vi.useRealTimers();
});

describe('templates (the comment bank)', () => {
  it('count each use so frequent phrases can rank first', async () => {
    clockAt(42_000);
    const { templates } = freshRepositories();
    await templates.put(templateRecord('t1', { useCount: 4 }));
    await templates.recordUse('t1');
    await templates.recordUse('t1');
    expect(await templates.get('t1')).toMatchObject({ useCount: 6, lastUsedAt: 42_000 });
  });

  it('count a use only on the template that was used', async () => {
    const { templates } = freshRepositories();
    await templates.put(templateRecord('used'));
    await templates.put(templateRecord('other'));
    await templates.recordUse('used');
    expect((await templates.get('other'))?.useCount).toBe(0);
  });

  it('ignore a use of a template that no longer exists', async () => {
    const { templates } = freshRepositories();
    await expect(templates.recordUse('deleted')).resolves.toBeUndefined();
    expect(await templates.count()).toBe(0);
  });

  it('list the phrases of one language, question and level', async () => {
    const { templates } = freshRepositories();
    await templates.put(templateRecord('match-1'));
    await templates.put(templateRecord('match-2', { text: 'Prova att …' }));
    await templates.put(templateRecord('other-language', { lang: 'nb' }));
    await templates.put(templateRecord('other-question', { question: 'feedUp' }));
    await templates.put(templateRecord('other-level', { level: 'task' }));
    const cell = await templates.listForCell('sv', 'feedForward', 'process');
    expect(cell.map((item) => item.id).sort()).toEqual(['match-1', 'match-2']);
  });
});
