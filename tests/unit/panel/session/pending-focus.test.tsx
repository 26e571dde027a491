import { afterEach, describe, expect, it } from 'vitest';
import type { FeedbackItemRecord } from '../../../../utils/model/records';
import { usePendingFocus } from '../../../../utils/panel/session/pending-focus';
import { feedbackItemRecord } from '../../builders';
import { eventually, freshRepositories, mount, settle, unmountAll } from '../../components/render';

afterEach(unmountAll);

const ITEMS = [feedbackItemRecord('first'), feedbackItemRecord('second')];

/** A panel on `documentKey` that records which items it was asked to show. */
function PanelOn(props: {
  repos: ReturnType<typeof freshRepositories>['repos'];
  documentKey: string;
  shown: FeedbackItemRecord[];
}) {
  usePendingFocus(props.repos, props.documentKey, ITEMS, (item) => props.shown.push(item));
  return null;
}

describe('a follow-up reminder the teacher clicked', () => {
  it('shows its item once, in the panel on its own document, and is used up', async () => {
    const { repos } = freshRepositories();
    await repos.handoffs.setPendingFocus({ documentKey: 'gdoc:essay', itemId: 'second' });
    const shown: FeedbackItemRecord[] = [];
    await mount(<PanelOn repos={repos} documentKey="gdoc:essay" shown={shown} />);
    await eventually(() => expect(shown.map((item) => item.id)).toEqual(['second']));
    await settle(100);
    expect(shown.map((item) => item.id)).toEqual(['second']);
    expect(await repos.handoffs.pendingFocus()).toBeNull();
  });

  it('is left for its document by a panel open on another one', async () => {
    const { repos } = freshRepositories();
    const focus = { documentKey: 'gdoc:essay', itemId: 'second' };
    await repos.handoffs.setPendingFocus(focus);
    const shown: FeedbackItemRecord[] = [];
    await mount(<PanelOn repos={repos} documentKey="gdoc:other" shown={shown} />);
    await settle(150);
    expect(shown).toEqual([]);
    expect(await repos.handoffs.pendingFocus()).toEqual(focus);
  });
});
