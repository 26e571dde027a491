import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('../../../utils/background/toggle-panel', () => ({ togglePanel: vi.fn(async () => {}) }));

const { togglePanel } = await import('../../../utils/background/toggle-panel');
const { default: background, TOGGLE_COMMAND } = await import('../../../entrypoints/background');

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
