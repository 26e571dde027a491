import type { Browser } from 'wxt/browser';

// Two connected ends of a runtime port, for the messaging and content-script tests.

type Port = Browser.runtime.Port;

/** A listener set shaped like the browser's `port.onMessage` / `port.onDisconnect`. */
export class FakeEvent<A extends unknown[]> {
  readonly listeners = new Set<(...args: A) => void>();
  addListener(listener: (...args: A) => void): void {
    this.listeners.add(listener);
  }
  removeListener(listener: (...args: A) => void): void {
    this.listeners.delete(listener);
  }
  hasListener(listener: (...args: A) => void): boolean {
    return this.listeners.has(listener);
  }
  fire(...args: A): void {
    for (const listener of this.listeners) listener(...args);
  }
}

export interface FakePort {
  name: string;
  sender: { id?: string };
  onMessage: FakeEvent<[unknown]>;
  onDisconnect: FakeEvent<[]>;
  postMessage(message: unknown): void;
  disconnect(): void;
  /** Every message this side posted, for assertions. */
  sent: unknown[];
}

/**
 * Two connected ends of a port, like the panel's and the content script's.
 * A message is structured-cloned and delivered to the other end on a later
 * task, as the browser does; `disconnect` fires onDisconnect on the other end
 * only, after which posting on either end throws.
 */
export function connectedPorts(
  name = 'test-port',
  sender: { id?: string } = {},
): [Port, Port, FakePort, FakePort] {
  let open = true;
  const make = (): FakePort => ({
    name,
    sender,
    onMessage: new FakeEvent(),
    onDisconnect: new FakeEvent(),
    sent: [],
    postMessage(message) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      this.sent.push(message);
      const copy = structuredClone(message);
      const other = this === a ? b : a;
      setTimeout(() => {
        if (open) other.onMessage.fire(copy);
      }, 0);
    },
    disconnect() {
      if (!open) return;
      open = false;
      const other = this === a ? b : a;
      setTimeout(() => other.onDisconnect.fire(), 0);
    },
  });
  const a = make();
  const b = make();
  return [a as unknown as Port, b as unknown as Port, a, b];
}
