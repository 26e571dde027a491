/**
 * Chromium with the built extension, driven over its DevTools pipe by this
 * process alone, for timing the panel as a teacher's browser runs it.
 *
 * Why not Playwright here: Playwright attaches to every new frame and has
 * the browser hold the frame until it has set it up (auto-attach with
 * "wait for the debugger on start"). The panel is a new frame, so every open
 * timed through Playwright also waited for round trips to this Node process
 * (about 14 ms more in a trace). Here nothing is attached to a tab or a
 * frame while it is timed: the toolbar click is sent to the browser, and
 * sessions are attached afterwards to read what the panel recorded.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, extensionArgs } from '../scripts/lib/chromium-extension.mjs';

/** How long to wait for the extension's service worker after launch. */
const WORKER_TIMEOUT_MS = 10_000;

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Reads the pipe's NUL-separated JSON messages and hands each to `onMessage`. */
function readMessages(stream, onMessage) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    pending += chunk;
    for (let end = pending.indexOf('\0'); end >= 0; end = pending.indexOf('\0')) {
      onMessage(JSON.parse(pending.slice(0, end)));
      pending = pending.slice(end + 1);
    }
  });
}

/**
 * Starts headless Chromium with the extension in a fresh profile.
 * `send(method, params, sessionId)` sends one DevTools command and resolves
 * with its result; `extensionId` is learned from the service worker.
 */
export async function launchOverPipe({ extensionDir }) {
  const profile = await mkdtemp(join(tmpdir(), 'feedforward-bench-'));
  const child = spawn(
    CHROMIUM,
    [
      ...extensionArgs(resolve(extensionDir)),
      '--headless',
      // Playwright's default viewport, which the e2e tests' pages are laid out in.
      '--window-size=1280,720',
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , toBrowser, fromBrowser] = child.stdio;
  const waiting = new Map();
  let lastId = 0;
  readMessages(fromBrowser, (message) => {
    const reply = waiting.get(message.id);
    if (!reply) return;
    waiting.delete(message.id);
    if (message.error) reply.fail(new Error(`${reply.method}: ${message.error.message}`));
    else reply.done(message.result);
  });
  const exited = new Promise((done) => child.once('exit', done));
  const send = (method, params = {}, sessionId = undefined) =>
    new Promise((done, fail) => {
      lastId += 1;
      waiting.set(lastId, { done, fail, method });
      toBrowser.write(`${JSON.stringify({ id: lastId, method, params, sessionId })}\0`);
    });
  const close = async () => {
    await send('Browser.close').catch(() => {});
    await Promise.race([exited, sleep(5000)]);
    child.kill();
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const extensionId = await findExtensionId(send);
    return { send, close, extensionId };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The extension's id, from its service worker's address. */
async function findExtensionId(send) {
  const deadline = Date.now() + WORKER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const { targetInfos } = await send('Target.getTargets');
    const worker = targetInfos.find(
      (target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'),
    );
    if (worker) return new URL(worker.url).host;
    await sleep(100);
  }
  throw new Error(`no extension service worker after ${WORKER_TIMEOUT_MS} ms`);
}

/**
 * A session attached to one target (a tab, or the panel's frame), with
 * `evaluate(fn, arg)`: runs `fn(arg)` in it, awaits it, returns its value.
 */
export async function attach(browser, targetId) {
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  const send = (method, params) => browser.send(method, params, sessionId);
  return {
    send,
    async evaluate(fn, arg) {
      const { result, exceptionDetails } = await send('Runtime.evaluate', {
        expression: `(${fn})(${JSON.stringify(arg)})`,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) {
        const reason = exceptionDetails.exception?.description ?? exceptionDetails.text;
        throw new Error(`evaluate failed: ${reason}`);
      }
      return result.value;
    },
    detach: () => browser.send('Target.detachFromTarget', { sessionId }).catch(() => {}),
  };
}

/** Key descriptions as a US keyboard sends them, for the keys the benchmark presses. */
function keyOf(key) {
  if (key === 'Control')
    return { key, code: 'ControlLeft', windowsVirtualKeyCode: 17, location: 1 };
  if (key === 'Escape') return { key, code: 'Escape', windowsVirtualKeyCode: 27 };
  if (/^[a-z]$/.test(key)) {
    const upper = key.toUpperCase();
    return { key, code: `Key${upper}`, windowsVirtualKeyCode: upper.charCodeAt(0) };
  }
  throw new Error(`no key description for ${key}`);
}

/** The DevTools modifier bit of Ctrl. */
const CTRL = 2;

/**
 * Presses `key` in the tab of session `page`, as a keyboard does (to the
 * focused frame, the panel's included), with Ctrl held when `ctrl`.
 */
export async function pressKey(page, key, { ctrl = false } = {}) {
  const modifiers = ctrl ? CTRL : 0;
  if (ctrl) {
    await page.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      modifiers,
      ...keyOf('Control'),
    });
  }
  const described = keyOf(key);
  const text = !ctrl && key.length === 1 ? key : undefined;
  await page.send('Input.dispatchKeyEvent', {
    type: text ? 'keyDown' : 'rawKeyDown',
    modifiers,
    text,
    unmodifiedText: text,
    ...described,
  });
  await page.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers, ...described });
  if (ctrl) await page.send('Input.dispatchKeyEvent', { type: 'keyUp', ...keyOf('Control') });
}
