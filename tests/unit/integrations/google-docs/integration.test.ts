import { afterEach, describe, expect, it } from 'vitest';
import { describeTextRange } from '../../../../utils/anchoring/text-anchor';
import { createApiReader } from '../../../../utils/integrations/google-docs/api-reader';
import { createDocsLadder } from '../../../../utils/integrations/google-docs/docs-ladder';
import { createGoogleDocsIntegration } from '../../../../utils/integrations/google-docs/integration';
import type { Anchor } from '../../../../utils/model/anchor';
import type { AnchorReport } from '../../../../utils/model/page';
import { fakeBridge, mountFakeDocsPage } from './docs-page';

const RAW =
  '\u0003The town library should open on Sundays.\n' +
  '\u0010\u0012\u001cIn my interviews, most people said yes.\n\u0011The end.\n';
const CLEAN =
  'The town library should open on Sundays.\nIn my interviews, most people said yes.\nThe end.\n';
const PASSAGE = 'most people said yes';
const FAST = {
  openMs: 200,
  postMs: 200,
  pollMs: 5,
  teacherPostMs: 300,
  recheckMs: 20,
  selectionPollMs: 10,
};

function anchorOf(text: string, passage: string): Anchor {
  const start = text.indexOf(passage);
  const anchor = describeTextRange(text, start, start + passage.length);
  if (!anchor) throw new Error('no anchor');
  return anchor;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let page: ReturnType<typeof mountFakeDocsPage> | undefined;
afterEach(() => {
  page?.reset();
  page = undefined;
});

function setUp(
  options: Parameters<typeof mountFakeDocsPage>[0] = {},
  failure?: 'noAnswer' | 'apiMissing' | 'refused' | 'junk',
) {
  page = mountFakeDocsPage(options);
  const raw = { text: RAW };
  const fake = fakeBridge(raw, failure);
  const ladder = createDocsLadder([createApiReader(fake.bridge)]);
  const integration = createGoogleDocsIntegration(document, ladder, FAST);
  return { page, raw, fake, integration };
}

const request = (autoPost = false) => ({
  anchor: anchorOf(CLEAN, PASSAGE),
  text: 'Say how many people.',
  autoPost,
});

describe('putting feedback into a Google Docs comment', () => {
  it('selects the passage in Docs, opens the comment box and leaves the text for the teacher to post', async () => {
    const { page, fake, integration } = setUp();
    await expect(integration.insert(request())).resolves.toEqual({ status: 'commentReady' });
    const [selected] = fake.selections;
    expect(selected && RAW.slice(selected.start, selected.end)).toBe(PASSAGE);
    expect((page.openInput() as HTMLTextAreaElement).value).toBe('Say how many people.');
    expect(page.posted).toEqual([]);
  });

  it('posts the comment itself when the teacher turned auto-post on', async () => {
    const { page, integration } = setUp();
    await expect(integration.insert(request(true))).resolves.toEqual({ status: 'commentPosted' });
    expect(page.posted).toEqual(['Say how many people.']);
  });

  it('opens the box with Docs’ shortcut on its key-event frame when there is no control', async () => {
    const { page, integration } = setUp({ control: false, input: 'contenteditable' });
    await expect(integration.insert(request())).resolves.toEqual({ status: 'commentReady' });
    expect(page.shortcuts.map((event) => [event.code, event.altKey])).toEqual([['KeyM', true]]);
    expect(page.openInput()?.textContent).toBe('Say how many people.');
  });

  it('puts the text in with an input event when the browser’s insert command does nothing', async () => {
    const { page, integration } = setUp({ insertTextWorks: false });
    await expect(integration.insert(request(true))).resolves.toEqual({ status: 'commentPosted' });
    expect(page.posted).toEqual(['Say how many people.']);
  });

  it('says the comment was not posted, and leaves the filled box open, when Docs never enables its Comment button', async () => {
    const { page, integration } = setUp({ postEnables: false });
    await expect(integration.insert(request(true))).resolves.toEqual({
      status: 'fallback',
      reason: 'commentNotPosted',
    });
    expect((page.openInput() as HTMLTextAreaElement).value).toBe('Say how many people.');
  });

  it('says the comment was not posted when the box closes but no comment with the text appears', async () => {
    const { page, integration } = setUp({ postShows: false });
    await expect(integration.insert(request(true))).resolves.toEqual({
      status: 'fallback',
      reason: 'commentNotPosted',
    });
    expect(page.openInput()).toBeNull();
  });

  it('tells listeners the comment was posted once the teacher presses Comment and it shows', async () => {
    const { page, integration } = setUp();
    const settled: boolean[] = [];
    integration.subscribe({ commentSettled: ({ posted }) => settled.push(posted) });
    await expect(integration.insert(request())).resolves.toEqual({ status: 'commentReady' });
    await pause(30);
    expect(settled).toEqual([]);
    (document.querySelector('.docos-input-buttons-post') as HTMLElement).click();
    await pause(60);
    expect(settled).toEqual([true]);
    expect(page.posted).toEqual(['Say how many people.']);
  });

  it('tells listeners the comment was not posted when the teacher closes the box instead', async () => {
    const { page, integration } = setUp();
    const settled: boolean[] = [];
    integration.subscribe({ commentSettled: ({ posted }) => settled.push(posted) });
    await integration.insert(request());
    page.openInput()?.closest('.docos-anchoreddocoview')?.remove();
    await pause(300);
    expect(settled).toEqual([false]);
  });

  it('says the comment box is missing when neither the control nor the shortcut opens one', async () => {
    const { page, integration } = setUp({ opens: false });
    await expect(integration.insert(request())).resolves.toEqual({
      status: 'fallback',
      reason: 'commentBoxMissing',
    });
    expect(page.shortcuts).toHaveLength(1);
  });

  it('puts feedback on the whole document on the teacher’s selection, else on the first line', async () => {
    const { fake, integration } = setUp();
    const whole = { ...request(), anchor: null };
    await expect(integration.insert(whole)).resolves.toEqual({ status: 'commentReady' });
    const [first] = fake.selections;
    expect(first && RAW.slice(first.start, first.end)).toBe(
      'The town library should open on Sundays.',
    );
    page?.reset();
    const again = setUp();
    again.fake.setSelection({ start: 5, end: 9 });
    await expect(again.integration.insert(whole)).resolves.toEqual({ status: 'commentReady' });
    // The teacher's selection stays as it is: the comment goes on it.
    expect(again.fake.selections).toEqual([]);
    expect(again.page.boxesOpened()).toBe(1);
  });

  it('says the passage is gone when the student deleted it', async () => {
    const { raw, fake, integration } = setUp();
    raw.text = RAW.replace(PASSAGE, 'nobody answered');
    await expect(integration.insert(request())).resolves.toEqual({
      status: 'fallback',
      reason: 'passageNotFound',
    });
    expect(fake.selections).toEqual([]);
  });

  it('says the bridge is missing when it does not answer or Docs has no API, and not allowed when Docs refuses', async () => {
    const missing = { status: 'fallback', reason: 'bridgeMissing' };
    await expect(setUp({}, 'noAnswer').integration.insert(request())).resolves.toEqual(missing);
    page?.reset();
    await expect(setUp({}, 'apiMissing').integration.insert(request())).resolves.toEqual(missing);
    page?.reset();
    await expect(setUp({}, 'refused').integration.insert(request())).resolves.toEqual({
      status: 'fallback',
      reason: 'notAllowed',
    });
    expect(page?.boxesOpened()).toBe(0);
  });

  it('reports which probe failed and how, and the full mode once Docs answers', async () => {
    const { fake, integration } = setUp({}, 'junk');
    const changes: unknown[] = [];
    integration.subscribe({ accessChanged: (access) => changes.push(access) });
    await expect(integration.access()).resolves.toEqual({
      mode: 'full',
      api: 'junk',
      layer: 'notTried',
      export: 'notTried',
    });
    fake.failWith(undefined);
    await integration.place(
      [{ id: 'a', anchor: anchorOf(CLEAN, PASSAGE), level: 'task' }],
      'standard',
    );
    expect(changes.at(-1)).toEqual({
      mode: 'full',
      api: 'ok',
      layer: 'notTried',
      export: 'notTried',
    });
    integration.clear();
  });
});

describe('a Google Docs document’s passages', () => {
  it('names the document without Docs’ title suffix', () => {
    document.title = 'Uppsats om biblioteket – Google Dokument';
    const { integration } = setUp();
    expect(integration.identify().title).toBe('Uppsats om biblioteket');
  });

  it('describes Docs’ selection over the text without control characters', async () => {
    const { fake, integration } = setUp();
    const start = RAW.indexOf('In my');
    fake.setSelection({ start: start - 1, end: start + 'In my interviews'.length });
    const anchor = await integration.captureSelection();
    expect(anchor?.quote.exact).toBe('In my interviews');
    expect(anchor?.position.start).toBe(CLEAN.indexOf('In my'));
    fake.setSelection({ start: 4, end: 4 });
    await expect(integration.captureSelection()).resolves.toBeNull();
  });

  it('tells a listener about new selections while it listens, and stops when it leaves', async () => {
    const { fake, integration } = setUp();
    const quotes: string[] = [];
    const stop = integration.subscribe({
      selectionChanged: (anchor) => quotes.push(anchor.quote.exact),
    });
    const at = RAW.indexOf('library');
    fake.setSelection({ start: at, end: at + 'library'.length });
    await pause(60);
    expect(quotes).toEqual(['library']);
    stop();
    fake.setSelection({ start: at, end: at + 'library should'.length });
    await pause(60);
    expect(quotes).toEqual(['library']);
  });

  it('reports found passages, and tells listeners only when that changes as the text is edited', async () => {
    const { raw, integration } = setUp();
    const changes: AnchorReport[][] = [];
    integration.subscribe({ anchorsChanged: (reports) => changes.push(reports) });
    const items = [
      { id: 'a', anchor: anchorOf(CLEAN, PASSAGE), level: 'task' as const },
      { id: 'b', anchor: anchorOf(CLEAN, 'The end.'), level: 'task' as const },
    ];
    await expect(integration.place(items, 'standard')).resolves.toEqual([
      { id: 'a', status: 'anchored', text: PASSAGE },
      { id: 'b', status: 'anchored', text: 'The end.' },
    ]);
    raw.text = RAW.replace('The town', 'Our old town');
    await pause(80);
    expect(changes).toEqual([]);
    raw.text = RAW.replace(PASSAGE, 'nobody answered');
    await pause(80);
    expect(changes).toEqual([
      [
        { id: 'a', status: 'orphaned' },
        { id: 'b', status: 'anchored', text: 'The end.' },
      ],
    ]);
    integration.clear();
    raw.text = RAW;
    await pause(80);
    expect(changes).toHaveLength(1);
  });

  it('leaves passages unknown while Docs does not answer, and reports them once it does', async () => {
    const { fake, integration } = setUp({}, 'apiMissing');
    const changes: AnchorReport[][] = [];
    integration.subscribe({ anchorsChanged: (reports) => changes.push(reports) });
    const items = [{ id: 'a', anchor: anchorOf(CLEAN, PASSAGE), level: 'task' as const }];
    await expect(integration.place(items, 'standard')).resolves.toEqual([]);
    fake.failWith(undefined);
    await pause(80);
    expect(changes).toEqual([[{ id: 'a', status: 'anchored', text: PASSAGE }]]);
    integration.clear();
  });

  it('reveals a passage by selecting it in Docs, and says when it is not there', async () => {
    const { fake, integration } = setUp();
    await expect(integration.reveal(anchorOf(CLEAN, 'The end.'))).resolves.toBe(true);
    const [selected] = fake.selections;
    expect(selected && RAW.slice(selected.start, selected.end)).toBe('The end.');
    const gone = anchorOf(CLEAN, 'The end.');
    gone.quote.exact = 'The beginning.';
    gone.position = { type: 'TextPositionSelector', start: 0, end: 3 };
    await expect(integration.reveal(gone)).resolves.toBe(false);
  });
});
