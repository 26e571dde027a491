import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('../../../utils/background/toggle-panel', () => ({ togglePanel: vi.fn(async () => {}) }));
// Another file may already hold the real modules in this worker; these import them anew.
vi.resetModules();

const { togglePanel } = await import('../../../utils/background/toggle-panel');
const { openFollowUpDocument } = await import('../../../utils/background/follow-up-tab');

const LAYOUT = { width: 420, collapsed: false, placement: 'beside' } as const;
const openingLayout = async () => LAYOUT;
const DOCS_URL = 'https://docs.google.com/document/d/1RemindRemindRemind09/edit?usp=sharing';

describe('opening the document of a clicked follow-up reminder', () => {
  const contains = vi.fn(async (_permissions: { origins: string[] }) => true);

  beforeEach(() => {
    fakeBrowser.reset();
    vi.mocked(togglePanel).mockClear();
    contains.mockReset();
    Object.assign(fakeBrowser, { permissions: { contains } });
  });

  /** Starts opening `url` and returns the new tab's id once it is there, still loading. */
  async function startOpening(url: string) {
    const created = new Promise<number>((resolve) =>
      fakeBrowser.tabs.onCreated.addListener((tab) => resolve(tab.id ?? -1)),
    );
    const opening = openFollowUpDocument(url, openingLayout);
    return { tabId: await created, opening };
  }

  /** Reports the tab loaded, as the browser does. */
  async function finishLoading(tabId: number) {
    const tab = await fakeBrowser.tabs.get(tabId);
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, tab);
  }

  it('opens the panel on a Google Docs document once it has loaded, by the host permission', async () => {
    const { tabId, opening } = await startOpening(DOCS_URL);
    await vi.waitFor(() => expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(true));
    expect(togglePanel).not.toHaveBeenCalled();
    await finishLoading(tabId);
    await opening;
    expect((await fakeBrowser.tabs.get(tabId)).url).toBe(DOCS_URL);
    expect(contains).toHaveBeenCalledWith({
      origins: ['https://docs.google.com/document/d/1RemindRemindRemind09/edit'],
    });
    expect(togglePanel).toHaveBeenCalledWith(tabId, 'button', openingLayout);
  });

  it('leaves the panel to the teacher’s click on a site the extension may not enter by itself', async () => {
    contains.mockResolvedValue(false);
    const { tabId, opening } = await startOpening('https://example.org/essay');
    await vi.waitFor(() => expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(true));
    await finishLoading(tabId);
    await opening;
    expect(togglePanel).not.toHaveBeenCalled();
  });

  it('does nothing more when the tab is closed before it has loaded', async () => {
    const { tabId, opening } = await startOpening(DOCS_URL);
    await vi.waitFor(() => expect(fakeBrowser.tabs.onRemoved.hasListeners()).toBe(true));
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 0, isWindowClosing: false });
    await opening;
    expect(togglePanel).not.toHaveBeenCalled();
    expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(false);
  });
});
