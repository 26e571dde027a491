import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTENT_SCRIPT_FILE,
  DOCS_PAGE_BRIDGE_FILE,
  togglePanel,
} from '../../../utils/background/toggle-panel';
import { en } from '../../../utils/i18n/catalogs/en';

/** The layout the teacher left the panel in, as the background reads it. */
const LAYOUT = { width: 420, collapsed: false, placement: 'beside' } as const;
const openingLayout = async () => LAYOUT;

describe('toggling the panel from the toolbar or shortcut', () => {
  const sendMessage = vi.fn();
  const executeScript = vi.fn();
  const setBadgeText = vi.fn(async () => {});
  const setTitle = vi.fn(async () => {});

  beforeEach(() => {
    fakeBrowser.reset();
    for (const mock of [sendMessage, executeScript, setBadgeText, setTitle]) mock.mockReset();
    Object.assign(fakeBrowser.tabs, { sendMessage });
    Object.assign(fakeBrowser, { scripting: { executeScript } });
    Object.assign(fakeBrowser.action, { setBadgeText, setTitle });
    Object.assign(fakeBrowser.i18n, { getMessage: (key: keyof typeof en) => en[key] });
  });

  it('asks the content script already in the tab (Google Docs) to toggle, without injecting', async () => {
    sendMessage.mockResolvedValue({ open: true });
    await togglePanel(3, 'shortcut', openingLayout);
    expect(sendMessage).toHaveBeenCalledWith(
      3,
      { type: 'host/toggle', params: { via: 'shortcut', layout: LAYOUT } },
      { frameId: 0 },
    );
    expect(executeScript).not.toHaveBeenCalled();
  });

  /** Opens the panel in a new tab at `url` where no content script answers yet; the tab's id. */
  async function firstOpenOn(url: string): Promise<number | undefined> {
    const { id } = await fakeBrowser.tabs.create({ url });
    sendMessage
      .mockRejectedValueOnce(new Error('Receiving end does not exist'))
      .mockResolvedValue({ open: true });
    executeScript.mockResolvedValue([]);
    await togglePanel(id, 'button', openingLayout);
    return id;
  }

  it('injects the content script first where it is not yet present, then toggles', async () => {
    const id = await firstOpenOn('https://example.org/essay');
    expect(executeScript.mock.calls).toEqual([
      [{ target: { tabId: id }, files: [CONTENT_SCRIPT_FILE] }],
    ]);
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(sendMessage).toHaveBeenLastCalledWith(
      id,
      { type: 'host/toggle', params: { via: 'button', layout: LAYOUT } },
      { frameId: 0 },
    );
    expect(setBadgeText).not.toHaveBeenCalled();
  });

  it('reads the layout once, while the page side is injected, not after', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: 'https://example.org/essay' });
    sendMessage
      .mockRejectedValueOnce(new Error('Receiving end does not exist'))
      .mockResolvedValue({ open: true });
    let injected = false;
    executeScript.mockImplementation(async () => {
      injected = true;
      return [];
    });
    const readBeforeInjection: boolean[] = [];
    await togglePanel(id, 'button', async () => {
      readBeforeInjection.push(!injected);
      return LAYOUT;
    });
    expect(readBeforeInjection).toEqual([true]);
  });

  it('on a Google Docs document injects the bridge into the page world before the content script', async () => {
    const id = await firstOpenOn(
      'https://docs.google.com/document/u/1/d/1AbCdEfGhIjKlMnOpQrStUv/edit',
    );
    expect(executeScript.mock.calls).toEqual([
      [{ target: { tabId: id }, world: 'MAIN', files: [DOCS_PAGE_BRIDGE_FILE] }],
      [{ target: { tabId: id }, files: [CONTENT_SCRIPT_FILE] }],
    ]);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('marks the button and explains when the browser forbids the page', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: 'chrome://settings' });
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist'));
    executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    await togglePanel(id, 'button', openingLayout);
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: id, text: '!' });
    expect(setTitle).toHaveBeenCalledWith({ tabId: id, title: en.actionUnavailable });
  });

  it('trusts no malformed answer, and neither injects a second copy nor toggles again', async () => {
    sendMessage.mockResolvedValue({ open: 'maybe' });
    await togglePanel(4, 'button', openingLayout);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(executeScript).not.toHaveBeenCalled();
    expect(setBadgeText).not.toHaveBeenCalled();
  });

  it('does nothing without a tab', async () => {
    await togglePanel(undefined, 'button', openingLayout);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
