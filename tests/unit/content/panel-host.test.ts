import { afterEach, describe, expect, it } from 'vitest';
import { isOwnNode } from '../../../entrypoints/content/own-elements';
import type { NarrowingProblem } from '../../../entrypoints/content/page-room';
import { mountPanelHost, type PanelHost } from '../../../entrypoints/content/panel-host';

const LABELS = {
  hostRegion: 'Feedforward',
  hostResize: 'Resize',
  hostExpand: 'Expand',
  hostFrameTitle: 'Feedforward',
  hostCovered: 'Covered',
};

/** The widths the host asked the page to make room for, and what the page answers. */
const room = {
  widths: [] as number[],
  answer: null as NarrowingProblem | null,
  make(width: number) {
    room.widths.push(width);
    return width > 0 ? room.answer : null;
  },
};

function mount(placement: 'beside' | 'over' = 'beside'): PanelHost {
  room.widths = [];
  room.answer = null;
  return mountPanelHost({
    doc: document,
    panelUrl: 'about:blank',
    layout: { width: 380, collapsed: false, placement },
    room,
    labels: LABELS,
    onLayoutChange() {},
  });
}

let host: PanelHost | null = null;
afterEach(() => {
  host?.destroy();
  host = null;
});

describe('the panel host', () => {
  it('is a built-in element, so a custom element the page defined first never constructs it', () => {
    let constructed = 0;
    customElements.define(
      'feedforward-panel',
      class extends HTMLElement {
        constructor() {
          super();
          constructed += 1;
        }
      },
    );
    host = mount();
    expect(host.element.localName).toBe('div');
    expect(host.element.parentNode).toBe(document.documentElement);
    expect(host.element.shadowRoot).toBeNull();
    expect(constructed).toBe(0);
  });

  it('is told apart from the page by identity, not by name', () => {
    host = mount();
    const lookalike = host.element.cloneNode() as HTMLElement;
    document.body.append(lookalike);
    expect(isOwnNode(host.element)).toBe(true);
    expect(isOwnNode(lookalike)).toBe(false);
    expect(isOwnNode(document.body)).toBe(false);
    lookalike.remove();
  });

  it('beside the page, makes room as wide as the panel while open and gives it back on close', () => {
    host = mount('beside');
    host.setOpen(true);
    expect(room.widths.at(-1)).toBe(380);
    host.setCollapsed(true);
    expect(room.widths.at(-1)).toBe(32);
    host.setOpen(false);
    expect(room.widths.at(-1)).toBe(0);
  });

  it('over the page, never narrows it', () => {
    host = mount('over');
    host.setOpen(true);
    expect(room.widths.every((width) => width === 0)).toBe(true);
  });

  it('lies over a page that cannot be narrowed, says why, and tries again when asked', () => {
    host = mount('beside');
    room.answer = 'fixedWidth';
    host.setOpen(true);
    expect(host.setPlacement('beside')).toEqual({ actual: 'over', problem: 'fixedWidth' });
    room.answer = null;
    expect(host.setPlacement('beside')).toEqual({ actual: 'beside', problem: null });
    expect(host.setPlacement('over')).toEqual({ actual: 'over', problem: null });
    expect(room.widths.at(-1)).toBe(0);
  });
});
