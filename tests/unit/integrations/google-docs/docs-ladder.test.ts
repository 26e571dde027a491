import { describe, expect, it } from 'vitest';
import {
  createDocsLadder,
  ProbeFailure,
} from '../../../../utils/integrations/google-docs/docs-ladder';
import type { DocsReader } from '../../../../utils/integrations/google-docs/docs-reader';
import type { DocsAccess, DocsMode } from '../../../../utils/model/page-access';

/** A reader that answers with `text`, or fails with `failure` while that is set. */
function reader(mode: DocsMode, text: string, failure?: string) {
  const state = { failure, reads: 0 };
  const read: DocsReader = {
    mode,
    async read() {
      state.reads += 1;
      if (state.failure) throw new ProbeFailure(state.failure);
      return {
        text,
        saved: mode === 'canvas',
        selection: async () => null,
        show: async () => 'no',
      };
    },
    selectionKey: async () => '',
  };
  return { read, state };
}

describe('choosing the way into a Google Docs document', () => {
  it('uses the API when it answers, without trying the others', async () => {
    const api = reader('full', 'live');
    const layer = reader('layer', 'layer');
    const ladder = createDocsLadder([api.read, layer.read]);
    await expect(ladder.read()).resolves.toMatchObject({ text: 'live' });
    expect(ladder.access()).toEqual({
      mode: 'full',
      api: 'ok',
      layer: 'notTried',
      export: 'notTried',
    });
    expect(layer.state.reads).toBe(0);
  });

  it('steps down one way at a time, recording why each better one failed', async () => {
    const api = reader('full', 'live', 'refused');
    const layer = reader('layer', 'layer', 'missing');
    const canvas = reader('canvas', 'saved');
    const ladder = createDocsLadder([api.read, layer.read, canvas.read]);
    await expect(ladder.read()).resolves.toMatchObject({ text: 'saved', saved: true });
    expect(ladder.access()).toEqual({
      mode: 'canvas',
      api: 'refused',
      layer: 'missing',
      export: 'ok',
    });
  });

  it('goes back up when a re-check finds a better way answering again, and tells listeners', async () => {
    const api = reader('full', 'live', 'missing');
    const layer = reader('layer', 'layer');
    const ladder = createDocsLadder([api.read, layer.read]);
    const changes: DocsAccess[] = [];
    ladder.onChange((access) => changes.push(access));
    await ladder.read();
    await ladder.read();
    expect(api.state.reads).toBe(1);
    api.state.failure = undefined;
    await expect(ladder.read({ recheck: true })).resolves.toMatchObject({ text: 'live' });
    expect(changes.map((access) => access.mode)).toEqual(['layer', 'full']);
  });

  it('steps down as soon as the way in use fails, and throws when none answers', async () => {
    const api = reader('full', 'live');
    const canvas = reader('canvas', 'saved', 'refused');
    const ladder = createDocsLadder([api.read, canvas.read]);
    await ladder.read();
    api.state.failure = 'junk';
    await expect(ladder.read()).rejects.toBeInstanceOf(ProbeFailure);
    expect(ladder.access()).toEqual({
      mode: 'canvas',
      api: 'junk',
      layer: 'notTried',
      export: 'refused',
    });
    canvas.state.failure = undefined;
    await expect(ladder.read()).resolves.toMatchObject({ text: 'saved' });
  });

  it('counts a failure a reader did not name as that probe’s silent outcome', async () => {
    const broken: DocsReader = {
      mode: 'full',
      read: async () => {
        throw new Error('boom');
      },
      selectionKey: async () => '',
    };
    const ladder = createDocsLadder([broken, reader('layer', 'layer').read]);
    await ladder.read();
    expect(ladder.access()?.api).toBe('noAnswer');
  });
});
