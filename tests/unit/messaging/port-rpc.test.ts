import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MalformedReplyError, type RequestTypes } from '../../../utils/messaging/messages';
import {
  createPortClient,
  type RequestHandlers,
  servePort,
} from '../../../utils/messaging/port-rpc';
import { connectedPorts } from './ports';

const NONE = v.null();

const PARAMS = {
  echo: v.strictObject({ text: v.string() }),
  fail: NONE,
  slow: v.strictObject({ ms: v.number(), tag: v.string() }),
  never: NONE,
  secret: NONE,
  /** Its handler answers with a result of the wrong shape. */
  garbled: NONE,
};

const RESULTS = {
  echo: v.strictObject({ text: v.string() }),
  fail: NONE,
  slow: v.string(),
  never: NONE,
  secret: v.string(),
  garbled: v.strictObject({ text: v.string() }),
};

type TestRequests = RequestTypes<typeof PARAMS, typeof RESULTS>;

const EVENTS = { changed: v.strictObject({ count: v.number() }) };
type TestEvents = { changed: { count: number } };

function makeHandlers(calls: string[]): RequestHandlers<TestRequests> {
  return {
    echo: ({ text }) => {
      calls.push('echo');
      return { text: text.toUpperCase() };
    },
    fail: async () => {
      calls.push('fail');
      throw new Error('the document changed its layout');
    },
    slow: ({ ms, tag }) => new Promise((resolve) => setTimeout(() => resolve(tag), ms)),
    never: () => new Promise(() => {}),
    secret: () => {
      calls.push('secret');
      return 'student data';
    },
    garbled: () => ({ text: 42 }) as never,
  };
}

function setUp(
  options: {
    timeoutMs?: number | ((type: keyof TestRequests & string) => number);
    accept?: (r: { type: keyof TestRequests }) => boolean;
  } = {},
) {
  const [panelPort, pagePort, panelEnd, pageEnd] = connectedPorts();
  const calls: string[] = [];
  const client = createPortClient<TestRequests, TestEvents>(
    panelPort,
    { results: RESULTS, events: EVENTS },
    options.timeoutMs,
  );
  const server = servePort<TestRequests, TestEvents>(
    pagePort,
    PARAMS,
    makeHandlers(calls),
    options.accept,
  );
  return { client, server, calls, panelEnd, pageEnd };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('requests from the panel to its page', () => {
  it('resolves with the handler’s result', async () => {
    const { client } = setUp();
    await expect(client.request('echo', { text: 'hello' })).resolves.toEqual({ text: 'HELLO' });
  });

  it('matches each reply to its own request when replies come back out of order', async () => {
    const { client } = setUp();
    const first = client.request('slow', { ms: 30, tag: 'first' });
    const second = client.request('slow', { ms: 1, tag: 'second' });
    await expect(Promise.all([first, second])).resolves.toEqual(['first', 'second']);
  });

  it('turns a failure in the page into a rejected promise carrying the reason', async () => {
    const { client, calls } = setUp();
    await expect(client.request('fail', null)).rejects.toThrow('the document changed its layout');
    expect(calls).toEqual(['fail']);
  });

  it('refuses a request the page does not accept, without running its handler', async () => {
    const { client, calls } = setUp({ accept: (request) => request.type !== 'secret' });
    await expect(client.request('secret', null)).rejects.toThrow('refused');
    expect(calls).toEqual([]);
    await expect(client.request('echo', { text: 'still works' })).resolves.toEqual({
      text: 'STILL WORKS',
    });
  });

  it('refuses a malformed request without running any handler', async () => {
    const { client, calls } = setUp();
    await expect(client.request('echo', { text: 42 } as never)).rejects.toThrow('refused');
    await expect(client.request('unknown' as never, null as never)).rejects.toThrow('refused');
    expect(calls).toEqual([]);
  });

  it('fails a request whose reply does not have the promised shape, saying so', async () => {
    const { client } = setUp();
    const error = await client.request('garbled', null).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MalformedReplyError);
    expect((error as Error).message).toBe('The reply to garbled was malformed.');
  });

  it('fails a request whose reply was forged with the wrong shape, and ignores odd envelopes', async () => {
    const { client, pageEnd } = setUp({ timeoutMs: 100 });
    const pending = client.request('never', null);
    pageEnd.postMessage({ kind: 'reply', id: '1', ok: true, result: null });
    pageEnd.postMessage({ kind: 'reply', id: 1, ok: 'yes', result: null });
    pageEnd.postMessage({ kind: 'reply', id: 1, ok: true, result: null, extra: 1 });
    pageEnd.postMessage({ kind: 'reply', id: 1, ok: true, result: 'not null' });
    await expect(pending).rejects.toThrow('The reply to never was malformed.');
  });

  it('fails with a timeout when the page never answers', async () => {
    const { client } = setUp({ timeoutMs: 20 });
    const started = Date.now();
    await expect(client.request('never', null)).rejects.toThrow('timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });

  it('ignores a reply that arrives after the request timed out', async () => {
    // Only the slow request has a short time limit: the next one must not time out on a busy machine.
    const { client } = setUp({ timeoutMs: (type) => (type === 'slow' ? 10 : 5000) });
    await expect(client.request('slow', { ms: 40, tag: 'late' })).rejects.toThrow('timeout');
    await new Promise((resolve) => setTimeout(resolve, 60));
    await expect(client.request('echo', { text: 'next' })).resolves.toEqual({ text: 'NEXT' });
  });

  it('does not time out a request that is answered in time', async () => {
    const { client } = setUp({ timeoutMs: 200 });
    await expect(client.request('slow', { ms: 20, tag: 'ok' })).resolves.toBe('ok');
  });
});

describe('when the page goes away', () => {
  it('rejects every waiting request at once instead of waiting for the timeout', async () => {
    const { client, pageEnd } = setUp({ timeoutMs: 10_000 });
    const first = client.request('never', null);
    const second = client.request('never', null);
    const started = Date.now();
    pageEnd.disconnect();
    await expect(first).rejects.toThrow('disconnected');
    await expect(second).rejects.toThrow('disconnected');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('tells the panel, and rejects new requests straight away', async () => {
    const { client, pageEnd } = setUp();
    const disconnected = new Promise<void>((resolve) => client.onDisconnect(resolve));
    pageEnd.disconnect();
    await disconnected;
    await expect(client.request('echo', { text: 'anyone?' })).rejects.toThrow('disconnected');
  });

  it('lets the page finish its work quietly when the panel closed before the reply', async () => {
    const { server, client, panelEnd, pageEnd } = setUp({ timeoutMs: 100 });
    const pending = client.request('slow', { ms: 20, tag: 'too late' }).catch((error) => error);
    await new Promise((resolve) => setTimeout(resolve, 5));
    panelEnd.disconnect();
    // The reply below is posted on a closed port; servePort must swallow that, not crash the page.
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(pageEnd.sent).toEqual([]);
    expect(() => server.emit('changed', { count: 1 })).not.toThrow();
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe('events from the page to the panel', () => {
  it('delivers a well-formed event to every listener', async () => {
    const { client, server } = setUp();
    const received: unknown[] = [];
    const got = new Promise<void>((resolve) => {
      client.onEvent((type, params) => {
        received.push([type, params]);
        resolve();
      });
    });
    server.emit('changed', { count: 3 });
    await got;
    expect(received).toEqual([['changed', { count: 3 }]]);
  });

  it('drops malformed or unknown events', async () => {
    const { client, server, pageEnd } = setUp();
    const received: unknown[] = [];
    client.onEvent((type, params) => received.push([type, params]));
    server.emit('changed', { count: 'three' } as never);
    server.emit('other' as never, { count: 1 } as never);
    pageEnd.postMessage('not even an object');
    pageEnd.postMessage({ kind: 'event' });
    server.emit('changed', { count: 4 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received).toEqual([['changed', { count: 4 }]]);
  });

  it('stops delivering to a listener that unsubscribed', async () => {
    const { client, server } = setUp();
    const received: number[] = [];
    const stop = client.onEvent((_type, params) => received.push(params.count));
    server.emit('changed', { count: 1 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    stop();
    server.emit('changed', { count: 2 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received).toEqual([1]);
  });

  it('ignores replies nobody asked for', async () => {
    const { client, pageEnd } = setUp();
    pageEnd.postMessage({ kind: 'reply', id: 999, ok: true, result: 'forged' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(client.request('echo', { text: 'real' })).resolves.toEqual({ text: 'REAL' });
  });
});
