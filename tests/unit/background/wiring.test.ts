import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('../../../utils/background/toggle-panel', () => ({ togglePanel: vi.fn(async () => {}) }));
// Another file may already hold the real modules in this worker; these import them anew.
vi.resetModules();

const { togglePanel } = await import('../../../utils/background/toggle-panel');
const { default: background, TOGGLE_COMMAND } = await import('../../../entrypoints/background');
const { visitNotificationIdFor } = await import('../../../utils/background/follow-ups');

type CommandListener = (command: string, tab?: { id?: number }) => void;

describe('background wiring', () => {
  let commandListeners: CommandListener[];

  beforeEach(() => {
    fakeBrowser.reset();
    vi.mocked(togglePanel).mockClear();
    commandListeners = [];
    // The fake browser has no commands API; record the listener the background registers.
    Object.assign(fakeBrowser, {
      commands: {
        onCommand: { addListener: (listener: CommandListener) => commandListeners.push(listener) },
      },
    });
    background.main();
  });

  it('toggles the panel in the clicked tab when the toolbar button is pressed', async () => {
    await fakeBrowser.action.onClicked.trigger({ id: 42 } as never);
    expect(togglePanel).toHaveBeenCalledWith(42, 'button', expect.any(Function));
  });

  it('runs the toggle for the keyboard shortcut too (saying so), and ignores other commands', () => {
    expect(commandListeners).toHaveLength(1);
    commandListeners[0]?.('something-else', { id: 9 });
    expect(togglePanel).not.toHaveBeenCalled();
    commandListeners[0]?.(TOGGLE_COMMAND, { id: 9 });
    expect(togglePanel).toHaveBeenCalledWith(9, 'shortcut', expect.any(Function));
  });

  it('opens the dashboard’s visits when a visit’s follow-up reminder is clicked', async () => {
    const created = new Promise<string | undefined>((resolve) =>
      fakeBrowser.tabs.onCreated.addListener((tab) => resolve(tab.url)),
    );
    const clear = vi.fn(async () => true);
    Object.assign(fakeBrowser.notifications, { clear });
    await fakeBrowser.notifications.onClicked.trigger(visitNotificationIdFor('visit-1'));
    expect(await created).toBe(fakeBrowser.runtime.getURL('/dashboard.html#visits'));
    expect(clear).toHaveBeenCalledWith(visitNotificationIdFor('visit-1'));
  });

  it('names the same command as the manifest, with the Alt+Shift+F default', async () => {
    const config = (await import('../../../wxt.config')).default as {
      manifest: (env: { mode: string }) => {
        commands: Record<string, { suggested_key: { default: string } }>;
      };
    };
    const manifest = config.manifest({ mode: 'production' });
    expect(manifest.commands[TOGGLE_COMMAND]?.suggested_key.default).toBe('Alt+Shift+F');
  });
});
