import { afterEach, describe, expect, it } from 'vitest';
import { isOwnNode } from '../../../entrypoints/content/own-elements';
import { mountPanelHost, type PanelHost } from '../../../entrypoints/content/panel-host';

const LABELS = {
  hostResize: 'Resize',
  hostExpand: 'Expand',
  hostFrameTitle: 'Feedforward',
  hostCovered: 'Covered',
};

function mount(): PanelHost {
  return mountPanelHost({
    doc: document,
    panelUrl: 'about:blank',
    layout: { width: 380, collapsed: false },
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
});
