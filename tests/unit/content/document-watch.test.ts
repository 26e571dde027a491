import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchDocument } from '../../../entrypoints/content/document-watch';
import type { DocumentIdentity } from '../../../utils/model/document';

const ALVA: DocumentIdentity = { key: 'https://lms.example/g?s=a', url: 'x', title: 'Alva' };
const BO: DocumentIdentity = { key: 'https://lms.example/g?s=b', url: 'y', title: 'Bo' };

/** A page whose shown document the test changes, and a watch on it. */
function watched() {
  let shown = ALVA;
  const changes: DocumentIdentity[] = [];
  const watch = watchDocument(
    window,
    () => shown,
    (identity) => changes.push(identity),
  );
  return {
    watch,
    changes,
    show(identity: DocumentIdentity) {
      shown = identity;
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('watchDocument (the page side follows a single-page app)', () => {
  it('tells of a new document before answering who the page shows, so nothing outruns the news', () => {
    const { watch, changes, show } = watched();
    show(BO);
    expect(watch.current()).toEqual(BO);
    expect(changes).toEqual([BO]);
    expect(watch.current()).toEqual(BO);
    expect(changes).toEqual([BO]);
  });

  it('tells of a new title of the same document, which apps often set just after moving on', () => {
    const { watch, changes, show } = watched();
    show({ ...ALVA, title: 'Alva Berg' });
    watch.current();
    expect(changes).toEqual([{ ...ALVA, title: 'Alva Berg' }]);
  });

  it('notices the back button and a hash route at once while started, and nothing once stopped', () => {
    const { watch, changes, show } = watched();
    watch.start();
    show(BO);
    window.dispatchEvent(new Event('popstate'));
    expect(changes).toEqual([BO]);
    show(ALVA);
    window.dispatchEvent(new Event('hashchange'));
    expect(changes).toEqual([BO, ALVA]);

    watch.stop();
    show(BO);
    window.dispatchEvent(new Event('popstate'));
    expect(changes).toEqual([BO, ALVA]);
  });

  it('catches by its periodic check what no event announced (a pushState)', () => {
    vi.useFakeTimers();
    const { watch, changes, show } = watched();
    watch.start();
    show(BO);
    vi.advanceTimersByTime(1000);
    expect(changes).toEqual([BO]);
    watch.stop();
  });
});
