import { describe, expect, it } from 'vitest';
import { leftDrafts } from '../../../../components/composer/left-drafts';
import type { FeedbackItemRecord } from '../../../../utils/model/records';

const draft = (id: string, composerId?: string) => ({ id, composerId }) as FeedbackItemRecord;

describe('leftDrafts (which drafts a newly opened panel may offer)', () => {
  it('offers drafts of closed composers and older drafts without one, never an open tab’s or its own', () => {
    const drafts = [
      draft('closed', 'gone'),
      draft('old'),
      draft('busy', 'other-tab'),
      draft('mine', 'me'),
    ];
    const offered = leftDrafts(drafts, new Set(['other-tab', 'me']), 'me');
    expect(offered.map((left) => left.id)).toEqual(['closed', 'old']);
  });
});
