import { describe, expect, it } from 'vitest';
import { narrowingProblem } from '../../../entrypoints/content/page-room';

const WINDOW_HEIGHT = 900;

describe('whether narrowing the page worked', () => {
  it('worked when nothing of the page is left under the panel', () => {
    expect(
      narrowingProblem({
        overflowBefore: 0,
        overflowAfter: 0,
        underPanel: [],
        windowHeight: WINDOW_HEIGHT,
      }),
    ).toBeNull();
  });

  it('worked when only a bar fixed to the window is under the panel', () => {
    const header = { width: 1280, height: 56 };
    expect(
      narrowingProblem({
        overflowBefore: 0,
        overflowAfter: 0,
        underPanel: [header],
        windowHeight: WINDOW_HEIGHT,
      }),
    ).toBeNull();
  });

  it('did not work when the page scrolls sideways under the panel (a fixed width)', () => {
    expect(
      narrowingProblem({
        overflowBefore: 0,
        overflowAfter: 380,
        underPanel: [],
        windowHeight: WINDOW_HEIGHT,
      }),
    ).toBe('fixedWidth');
  });

  it('keeps a page that already scrolled sideways by as much as before', () => {
    expect(
      narrowingProblem({
        overflowBefore: 200,
        overflowAfter: 200,
        underPanel: [],
        windowHeight: WINDOW_HEIGHT,
      }),
    ).toBeNull();
  });

  it('did not work when a column fixed to the window stays under the panel (an app shell)', () => {
    const column = { width: 400, height: 860 };
    expect(
      narrowingProblem({
        overflowBefore: 0,
        overflowAfter: 0,
        underPanel: [column],
        windowHeight: WINDOW_HEIGHT,
      }),
    ).toBe('pinnedToWindow');
  });
});
