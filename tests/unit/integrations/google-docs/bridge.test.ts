import { afterEach, describe, expect, it } from 'vitest';
import { setAnnotateFlag } from '../../../../utils/integrations/google-docs/annotate-flag';
import {
  BridgeError,
  createDocsBridge,
} from '../../../../utils/integrations/google-docs/bridge-client';
import {
  REQUEST_EVENT,
  RESPONSE_EVENT,
} from '../../../../utils/integrations/google-docs/bridge-protocol';
import { installPageBridge } from '../../../../utils/integrations/google-docs/page-bridge';

const OUR_ID = 'dbdafnkdmhlaggpllhppfffcdmenobhi';
const pageGlobals = window as unknown as Record<string, unknown>;

/** Docs' annotated-text object over a text, recording what it was asked. */
function fakeDocs(text: string) {
  const state = { selection: { start: 0, end: 0 }, calls: [] as unknown[] };
  pageGlobals._docs_annotate_getAnnotatedText = async (id: unknown) => {
    state.calls.push(id);
    return {
      getText: () => text,
      getSelection: () => [{ ...state.selection }],
      setSelection: (start: number, end: number) => {
        state.selection = { start, end };
      },
    };
  };
  return state;
}

/** Every response the page world sent, as parsed JSON. */
function recordResponses(doc: Document): unknown[] {
  const seen: unknown[] = [];
  doc.addEventListener(RESPONSE_EVENT, (event) =>
    seen.push(JSON.parse((event as CustomEvent).detail)),
  );
  return seen;
}

function sendRaw(doc: Document, detail: unknown): void {
  doc.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail }));
}

afterEach(() => {
  delete pageGlobals._docs_annotate_getAnnotatedText;
  delete pageGlobals._docs_annotate_canvas_by_ext;
});

describe('the bridge to Docs’ annotated text', () => {
  it('sets Docs’ flag to our own id, and nothing without an id', () => {
    setAnnotateFlag(window, '');
    expect(pageGlobals._docs_annotate_canvas_by_ext).toBeUndefined();
    setAnnotateFlag(window, OUR_ID);
    expect(pageGlobals._docs_annotate_canvas_by_ext).toBe(OUR_ID);
  });

  it('reads the text and the selection and selects, calling Docs with our id', async () => {
    const docs = fakeDocs('\u0003Hello world\n');
    const doc = document.implementation.createHTMLDocument('docs');
    installPageBridge(window, doc, OUR_ID);
    const bridge = createDocsBridge(doc, 500);
    await expect(bridge.text()).resolves.toBe('\u0003Hello world\n');
    await bridge.select({ start: 1, end: 6 });
    await expect(bridge.selection()).resolves.toEqual({ start: 1, end: 6 });
    expect(new Set(docs.calls)).toEqual(new Set([OUR_ID]));
  });

  it('says whether Docs’ API is missing, refused us, or answered with something else', async () => {
    const doc = document.implementation.createHTMLDocument('docs');
    installPageBridge(window, doc, OUR_ID);
    const bridge = createDocsBridge(doc, 500);
    await expect(bridge.text()).rejects.toMatchObject({ kind: 'apiMissing' });
    pageGlobals._docs_annotate_getAnnotatedText = async () => {
      throw new Error('not enabled');
    };
    await expect(bridge.text()).rejects.toMatchObject({ kind: 'refused' });
    pageGlobals._docs_annotate_getAnnotatedText = async () => ({ getText: 'no' });
    await expect(bridge.selection()).rejects.toMatchObject({ kind: 'junk' });
  });

  it('gives up after its timeout when nothing answers', async () => {
    const doc = document.implementation.createHTMLDocument('no bridge');
    const started = Date.now();
    const error = await createDocsBridge(doc, 60)
      .text()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BridgeError);
    expect((error as BridgeError).kind).toBe('noAnswer');
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('ignores malformed and unknown requests in the page world', async () => {
    fakeDocs('text');
    const doc = document.implementation.createHTMLDocument('docs');
    installPageBridge(window, doc, OUR_ID);
    const responses = recordResponses(doc);
    const forged = [
      { id: 'abcdefgh12', type: 'text' }, // no params
      { id: 'abcdefgh12', type: 'eval', params: null },
      { id: 'abcdefgh12', type: 'text', params: null, extra: 1 },
      { id: 'short', type: 'text', params: null },
      { id: 'abcdefgh12', type: 'select', params: { start: 5, end: 2 } },
      { id: 'abcdefgh12', type: 'select', params: { start: -1, end: 2 } },
      { id: 'abcdefgh12', type: 'select', params: { start: 0, end: 2.5 } },
      { id: 'abcdefgh12', type: 'select', params: { start: 0, end: 2, run: 'x' } },
    ];
    for (const request of forged) sendRaw(doc, JSON.stringify(request));
    sendRaw(doc, { id: 'abcdefgh12', type: 'text', params: null }); // an object, not a JSON string
    sendRaw(doc, '{not json');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(responses).toEqual([]);
    sendRaw(doc, JSON.stringify({ id: 'abcdefgh12', type: 'text', params: null }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(responses).toEqual([{ id: 'abcdefgh12', ok: true, result: { text: 'text' } }]);
  });

  it('ignores forged or malformed answers and keeps waiting for the real one', async () => {
    const doc = document.implementation.createHTMLDocument('forged');
    const answer = (body: unknown) =>
      doc.dispatchEvent(new CustomEvent(RESPONSE_EVENT, { detail: JSON.stringify(body) }));
    doc.addEventListener(REQUEST_EVENT, (event) => {
      const { id } = JSON.parse((event as CustomEvent).detail) as { id: string };
      answer({ id: 'abcdefghijklmnop', ok: true, result: { text: 'not for this request' } });
      answer({ id, ok: true, result: { text: 42 } });
      answer({ id, ok: true, result: { text: 'x', more: true } });
      answer({ id, ok: false, failure: 'nonsense' });
      doc.dispatchEvent(new CustomEvent(RESPONSE_EVENT, { detail: { id, ok: true } }));
      answer({ id, ok: true, result: { text: 'the real text' } });
      answer({ id, ok: true, result: { text: 'a late duplicate' } });
    });
    await expect(createDocsBridge(doc, 200).text()).resolves.toBe('the real text');
  });

  it('drops a selection of the wrong shape from Docs instead of passing it on', async () => {
    const doc = document.implementation.createHTMLDocument('docs');
    installPageBridge(window, doc, OUR_ID);
    const bridge = createDocsBridge(doc, 500);
    const docs = fakeDocs('abc');
    docs.selection = { start: 'x', end: 2 } as never;
    await expect(bridge.selection()).resolves.toBeNull();
    docs.selection = { start: 3, end: 1 };
    await expect(bridge.selection()).resolves.toEqual({ start: 1, end: 3 });
  });
});
