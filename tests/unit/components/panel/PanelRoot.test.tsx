import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../utils/i18n/catalogs/en';
import type { ConnectResult } from '../../../../utils/panel/adapters/page-connection';
import {
  click,
  composerPart,
  composerTexts,
  createFakePage,
  deferred,
  ESSAY,
  eventually,
  feedbackTab,
  freshRepositories,
  getButton,
  mountPanel,
  press,
  queryByRole,
  renderPanel,
  selection,
  settle,
  tabPanel,
  textOf,
  type,
  unmountAll,
} from '../fakes';

afterEach(unmountAll);

describe('PanelRoot: connecting to the page', () => {
  it('shows a busy notice while connecting, then the panel once the handshake succeeds', async () => {
    const { repos } = freshRepositories();
    const page = createFakePage();
    const handshake = deferred<ConnectResult>();
    const connect = () => handshake.promise;
    const root = await renderPanel({ repos, connect, browserLanguages: ['en-US'] });

    // The language setting is read first (no flash of the wrong language), then the notice shows.
    await eventually(() => expect(queryByRole(root, 'status', en.panelConnecting)).toHaveLength(1));
    const [notice] = queryByRole(root, 'status', en.panelConnecting);
    expect(notice?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('textarea')).toBeNull();
    expect(textOf(root)).not.toContain(en.composerHeading);

    handshake.resolve({ status: 'connected', connection: page.connection });
    await eventually(() => expect(root.querySelector('textarea')).not.toBeNull());
    expect(textOf(root)).not.toContain(en.panelConnecting);
    expect(textOf(root)).toContain(en.composerHeading);
    expect(textOf(root)).toContain(ESSAY.title);
  });

  it('shows only the refused notice, and no stored feedback, when the handshake fails', async () => {
    const { repos } = freshRepositories();
    const document = await repos.documents.ensure(ESSAY);
    await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: [{ question: 'feedBack', level: 'task', text: 'Private remark about Anna.' }],
    });
    const root = await renderPanel({
      repos,
      connect: () => Promise.resolve({ status: 'refused' }),
      browserLanguages: ['en'],
    });

    await eventually(() => expect(queryByRole(root, 'alert', en.panelRefused)).toHaveLength(1));
    await settle(80);
    expect(textOf(root)).toBe(en.panelRefused);
    expect(textOf(root)).not.toContain('Private remark');
    expect(root.querySelector('[data-testid="feedback-item"]')).toBeNull();
    expect(root.querySelector('textarea, select, button, meter')).toBeNull();
  });

  it('keeps the view and the text being typed when the page goes away, and says so', async () => {
    const page = createFakePage({ selection: selection('the melting ice caps') });
    const { root } = await mountPanel({ page });
    await eventually(() =>
      expect(root.querySelector('[data-testid="selected-quote"]')?.textContent).toBe(
        'the melting ice caps',
      ),
    );
    const feedBack = composerPart(root, 'feedBack').text;
    const praise = composerPart(root, 'praise').text;
    await type(feedBack, 'Half-written feedback that must not be lost');
    await type(praise, 'And some praise.');

    page.disconnect();

    await eventually(() =>
      expect(queryByRole(root, 'alert', en.panelDisconnected)).toHaveLength(1),
    );
    expect(composerPart(root, 'feedBack').text).toBe(feedBack);
    expect(composerTexts(root)).toEqual({
      feedUp: '',
      feedBack: 'Half-written feedback that must not be lost',
      feedForward: '',
      praise: 'And some praise.',
    });
    expect(root.querySelector('[data-testid="selected-quote"]')?.textContent).toBe(
      'the melting ice caps',
    );
    expect(textOf(root)).toContain(en.composerHeading);
  });
});

describe('PanelRoot: header', () => {
  it('shows the document title and asks the host to collapse or close', async () => {
    const { root, page } = await mountPanel();
    expect(root.querySelector('h1')?.textContent).toBe(ESSAY.title);

    getButton(root, en.panelCollapse).click();
    getButton(root, en.panelClose).click();
    await eventually(() => {
      expect(page.requestsOf('host/setCollapsed')).toEqual([{ collapsed: true }]);
      expect(page.requestsOf('host/close')).toEqual([null]);
    });
  });

  it('names an untitled document as such', async () => {
    const page = createFakePage({ document: { ...ESSAY, title: '' } });
    const { root } = await mountPanel({ page });
    expect(root.querySelector('h1')?.textContent).toBe(en.documentUntitled);
  });
});

describe('PanelRoot: tabs', () => {
  const tabsOf = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
  const panelsOf = (root: HTMLElement) => [
    ...root.querySelectorAll<HTMLElement>('[role="tabpanel"]'),
  ];

  it('shows the feedback tab first; the other tabs stay mounted but hidden', async () => {
    const { root } = await mountPanel();
    const tabs = tabsOf(root);
    expect(root.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe(en.tabsLabel);
    expect(tabs[0]?.textContent).toBe(en.tabFeedback);
    expect(tabs.map((tab) => tab.textContent)).toContain(en.tabBank);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(
      tabs.map((_, index) => String(index === 0)),
    );
    expect(panelsOf(root)).toHaveLength(tabs.length);
    expect(panelsOf(root).map((panel) => panel.hidden)).toEqual(tabs.map((_, index) => index > 0));
    expect(feedbackTab(root).contains(composerPart(root, 'feedUp').text)).toBe(true);
    expect(tabPanel(root, en.tabBank).hidden).toBe(true);
  });

  it('switches tabs by click and by arrow keys without losing the text being written', async () => {
    const { root } = await mountPanel();
    const text = composerPart(root, 'feedForward').text;
    await type(text, 'Unfinished next step');

    await click(getButton(root, en.tabBank));
    expect(feedbackTab(root).hidden).toBe(true);
    expect(tabPanel(root, en.tabBank).hidden).toBe(false);
    expect(getButton(root, en.tabBank).getAttribute('aria-selected')).toBe('true');

    await click(getButton(root, en.tabFeedback));
    expect(feedbackTab(root).hidden).toBe(false);
    const [first, second] = tabsOf(root);
    const last = tabsOf(root).at(-1);
    if (!first || !second || !last) throw new Error('expected tabs');

    // → moves to the next tab and focuses it; ← goes back; ← on the first wraps to the last.
    const right = await press(first, 'ArrowRight');
    expect(right.defaultPrevented).toBe(true);
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(second);
    expect([first.tabIndex, second.tabIndex]).toEqual([-1, 0]);
    expect(feedbackTab(root).hidden).toBe(true);

    await press(second, 'ArrowLeft');
    expect(document.activeElement).toBe(first);
    expect(feedbackTab(root).hidden).toBe(false);

    await press(first, 'ArrowLeft');
    expect(document.activeElement).toBe(last);
    expect(last.getAttribute('aria-selected')).toBe('true');
    await press(last, 'ArrowRight');
    expect(document.activeElement).toBe(first);
    expect(feedbackTab(root).hidden).toBe(false);

    expect(composerPart(root, 'feedForward').text).toBe(text);
    expect(text.value).toBe('Unfinished next step');
  });
});
