import {
  type BridgeFailure,
  type BridgeRequest,
  parseBridgeRequest,
  type RawRange,
  REQUEST_EVENT,
  RESPONSE_EVENT,
} from './bridge-protocol';
import { ANNOTATED_TEXT_FUNCTION } from './selectors';

/** The part of Docs' annotated-text object the bridge uses. */
interface AnnotatedText {
  getText(): unknown;
  getSelection(): unknown;
  setSelection(start: number, end: number): unknown;
}

class BridgeRefusal extends Error {
  constructor(readonly failure: BridgeFailure) {
    super(failure);
  }
}

function isAnnotatedText(value: unknown): value is AnnotatedText {
  const candidate = value as Partial<AnnotatedText> | null;
  return (
    typeof candidate?.getText === 'function' &&
    typeof candidate.getSelection === 'function' &&
    typeof candidate.setSelection === 'function'
  );
}

/** Docs' selection as one raw range: the first entry with two integer offsets, in order. */
function firstRange(selection: unknown): RawRange | null {
  const first: unknown = Array.isArray(selection) ? selection[0] : null;
  const { start, end } = (first ?? {}) as { start?: unknown; end?: unknown };
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return null;
  const [from, to] = [start as number, end as number].sort((a, b) => a - b) as [number, number];
  return from >= 0 ? { start: from, end: to } : null;
}

/**
 * The page-world half of the bridge: answers the content script's requests
 * by calling Docs' annotated-text API with our extension id (Docs enables
 * that API only for the id its flag named at boot, see annotate-flag.ts).
 * Does nothing without an id (builds for browsers without a pinned id).
 */
export function installPageBridge(win: Window, doc: Document, extensionId: string): void {
  if (!extensionId) return;
  const pageGlobals = win as unknown as Record<string, unknown>;

  async function annotatedText(): Promise<AnnotatedText> {
    const getAnnotatedText = pageGlobals[ANNOTATED_TEXT_FUNCTION];
    if (typeof getAnnotatedText !== 'function') throw new BridgeRefusal('apiMissing');
    let result: unknown;
    try {
      result = await getAnnotatedText(extensionId);
    } catch {
      throw new BridgeRefusal('refused');
    }
    if (!isAnnotatedText(result)) throw new BridgeRefusal('junk');
    return result;
  }

  async function answer(request: BridgeRequest): Promise<unknown> {
    const api = await annotatedText();
    switch (request.type) {
      case 'text': {
        const text = api.getText();
        if (typeof text !== 'string') throw new BridgeRefusal('junk');
        return { text };
      }
      case 'selection':
        return { range: firstRange(api.getSelection()) };
      case 'select': {
        const { start, end } = request.params;
        api.setSelection(start, end);
        return null;
      }
    }
  }

  function respond(body: object): void {
    doc.dispatchEvent(new CustomEvent(RESPONSE_EVENT, { detail: JSON.stringify(body) }));
  }

  doc.addEventListener(REQUEST_EVENT, (event) => {
    const request = parseBridgeRequest((event as CustomEvent).detail);
    if (!request) return;
    answer(request).then(
      (result) => respond({ id: request.id, ok: true, result }),
      (error: unknown) =>
        respond({
          id: request.id,
          ok: false,
          failure: error instanceof BridgeRefusal ? error.failure : 'refused',
        }),
    );
  });
}
