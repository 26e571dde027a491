/**
 * Resolves in a new task of the event loop (a message to itself, which the
 * browser does not clamp as it does nested timers), so work done in slices
 * lets input, painting and garbage collection run between them.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
