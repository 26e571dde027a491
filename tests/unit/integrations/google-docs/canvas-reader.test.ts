import { describe, expect, it, vi } from 'vitest';
import { createCanvasReader } from '../../../../utils/integrations/google-docs/canvas-reader';
import { captureCopies } from '../../../../utils/integrations/google-docs/copy-capture';
import { ProbeFailure } from '../../../../utils/integrations/google-docs/docs-ladder';
import type { SavedText } from '../../../../utils/integrations/google-docs/export-text';

const SAVED = 'Biblioteket borde ha öppet på söndagar.\nEleven rättar sina fel.\n';

/** A copy event as Docs raises it, its clipboard data already set by Docs' own handler. */
function copyIn(win: Window, text: string): void {
  const event = new Event('copy', { bubbles: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
  win.dispatchEvent(event);
}

function setUp(answer: SavedText = { ok: true, text: SAVED }) {
  const copies = captureCopies(document);
  let clock = 0;
  const savedText = vi.fn(async () => answer);
  const reader = createCanvasReader({ savedText, copies, cacheMs: 1000, now: () => clock });
  return { reader, copies, savedText, tick: (ms: number) => (clock += ms) };
}

describe('reading Google Docs through its saved text and the teacher’s copies', () => {
  it('reads the saved text, marked as saved, and asks Docs again only after a while', async () => {
    const { reader, savedText, tick, copies } = setUp();
    await expect(reader.read()).resolves.toMatchObject({ text: SAVED, saved: true });
    await reader.read();
    expect(savedText).toHaveBeenCalledOnce();
    tick(1000);
    await reader.read();
    expect(savedText).toHaveBeenCalledTimes(2);
    copies.stop();
  });

  it('fails with Docs’ reason when the export is refused, and does not ask again at once', async () => {
    const { reader, copies, savedText, tick } = setUp({ ok: false, reason: 'refused' });
    await expect(reader.read()).rejects.toEqual(new ProbeFailure('refused'));
    await expect(reader.read()).rejects.toEqual(new ProbeFailure('refused'));
    expect(savedText).toHaveBeenCalledOnce();
    await expect(reader.read({ fresh: true })).rejects.toEqual(new ProbeFailure('refused'));
    tick(1000);
    await expect(reader.read()).rejects.toEqual(new ProbeFailure('refused'));
    expect(savedText).toHaveBeenCalledTimes(3);
    copies.stop();
  });

  it('takes the passage from what the teacher copied, with its context from the saved text', async () => {
    const { reader, copies } = setUp();
    const snapshot = await reader.read();
    await expect(snapshot.selection()).resolves.toBeNull();
    await expect(reader.selectionKey()).resolves.toBe('');
    copyIn(window, 'rättar sina fel');
    await expect(reader.selectionKey()).resolves.toBe('1');
    const anchor = await snapshot.selection();
    expect(anchor?.quote).toMatchObject({
      exact: 'rättar sina fel',
      prefix: expect.stringContaining('Eleven '),
    });
    expect(anchor?.position.start).toBe(SAVED.indexOf('rättar'));
    await expect(snapshot.show(0, 4)).resolves.toBe('no');
    copies.stop();
  });

  it('keeps copied words the saved text does not have yet as a bare quote', async () => {
    const { reader, copies } = setUp();
    copyIn(window, 'nyss skrivna ord');
    const anchor = await (await reader.read()).selection();
    expect(anchor?.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'nyss skrivna ord',
      prefix: '',
      suffix: '',
    });
    copies.stop();
  });

  it('ignores an empty copy, and hears nothing once stopped', async () => {
    const { reader, copies } = setUp();
    copyIn(window, '   ');
    await expect(reader.selectionKey()).resolves.toBe('');
    copies.stop();
    copyIn(window, 'sina fel');
    await expect(reader.selectionKey()).resolves.toBe('');
  });
});
