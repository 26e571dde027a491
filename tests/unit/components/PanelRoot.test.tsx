import { afterEach, describe, expect, it } from 'vitest';
import { PanelRoot } from '../../../components/PanelRoot';
import { openRepositories } from '../../../utils/db/index';
import { en } from '../../../utils/i18n/catalogs/en';
import type { ConnectResult } from '../../../utils/panel/page-connection';
import {
  createFakePage,
  createFakeStorage,
  deferred,
  ESSAY,
  eventually,
  getButton,
  getByLabel,
  mount,
  mountPanel,
  queryByRole,
  selection,
  settle,
  textOf,
  type,
  uniqueDatabaseName,
  unmountAll,
} from './fakes';

afterEach(unmountAll);

describe('PanelRoot: connecting to the page', () => {
  it('shows a busy notice while connecting, then the panel once the handshake succeeds', async () => {
    const repos = openRepositories(uniqueDatabaseName());
    const page = createFakePage();
    const handshake = deferred<ConnectResult>();
    const connect = () => handshake.promise;
    const root = await mount(
      <PanelRoot
        repos={repos}
        storage={createFakeStorage()}
        connect={connect}
        browserLanguages={['en-US']}
      />,
    );

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
    const repos = openRepositories(uniqueDatabaseName());
    const document = await repos.documents.ensure(ESSAY);
    await repos.feedback.create({
      documentId: document.id,
      anchor: null,
      parts: [{ question: 'feedBack', level: 'task', text: 'Private remark about Anna.' }],
    });
    const root = await mount(
      <PanelRoot
        repos={repos}
        storage={createFakeStorage()}
        connect={() => Promise.resolve({ status: 'refused' })}
        browserLanguages={['en']}
      />,
    );

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
    const text = getByLabel<HTMLTextAreaElement>(root, en.composerTextLabel);
    await type(text, 'Half-written feedback that must not be lost');

    page.disconnect();

    await eventually(() =>
      expect(queryByRole(root, 'alert', en.panelDisconnected)).toHaveLength(1),
    );
    const after = getByLabel<HTMLTextAreaElement>(root, en.composerTextLabel);
    expect(after).toBe(text);
    expect(after.value).toBe('Half-written feedback that must not be lost');
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
