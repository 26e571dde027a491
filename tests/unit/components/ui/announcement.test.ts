import { describe, expect, it } from 'vitest';
import { nextAnnouncement } from '../../../../components/ui/announcement';

describe('the live region text', () => {
  it('is the new message when it differs from what is shown', () => {
    expect(nextAnnouncement('', 'Feedback saved.')).toBe('Feedback saved.');
    expect(nextAnnouncement('Feedback saved.', 'Write some feedback first.')).toBe(
      'Write some feedback first.',
    );
  });

  it('changes even when the same message comes twice, so it is read again', () => {
    const first = nextAnnouncement('', 'Feedback saved.');
    const second = nextAnnouncement(first, 'Feedback saved.');
    const third = nextAnnouncement(second, 'Feedback saved.');
    expect(second).not.toBe(first);
    expect(second.trim()).toBe('Feedback saved.');
    expect(third).toBe(first);
  });

  it('empties for an empty message', () => {
    expect(nextAnnouncement('Feedback saved.', '')).toBe('');
  });
});
