import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FollowUpsList } from '../../../../components/follow-ups/FollowUpsList';
import type { DocumentRecord, FeedbackItemRecord, Repositories } from '../../../../utils/db/index';
import { en } from '../../../../utils/i18n/catalogs/en';
import { nb } from '../../../../utils/i18n/catalogs/nb';
import { sv } from '../../../../utils/i18n/catalogs/sv';
import type { Locale } from '../../../../utils/i18n/index';
import type { FeedbackStatus } from '../../../../utils/model/feedback';
import { schoolYearOf } from '../../../../utils/model/school-year';
import {
  click,
  eventually,
  freshRepositories,
  getButton,
  mount,
  Providers,
  queryButtons,
  settle,
  textOf,
  unmountAll,
} from '../render';

afterEach(async () => {
  await unmountAll();
  vi.useRealTimers();
});

const DAY = 24 * 60 * 60 * 1000;
/** "Now" in these tests: 10 March 2026, noon, local time. */
const NOW = new Date(2026, 2, 10, 12, 0, 0).getTime();

async function storeDocument(
  repos: Repositories,
  key: string,
  title: string,
  options: { url?: string; student?: string } = {},
): Promise<DocumentRecord> {
  const document = await repos.documents.ensure({
    key,
    title,
    url: options.url ?? `https://docs.google.com/document/d/${key}/edit`,
  });
  if (!options.student) return document;
  const student = await repos.students.create(options.student);
  return repos.documents.attach(document.id, { studentId: student.id });
}

async function storeFollowUp(
  repos: Repositories,
  document: DocumentRecord,
  input: {
    text: string;
    followUpAt: number;
    status?: FeedbackStatus;
    followedUpAt?: number;
  },
): Promise<FeedbackItemRecord> {
  return repos.feedback.put({
    id: crypto.randomUUID(),
    documentId: document.id,
    studentId: document.studentId,
    anchor: null,
    parts: [
      { id: crypto.randomUUID(), question: 'feedBack', level: 'task', text: input.text },
      { id: crypto.randomUUID(), question: 'feedForward', level: 'process', text: 'Next step.' },
    ],
    source: 'teacher',
    status: input.status ?? 'saved',
    followUpAt: input.followUpAt,
    followedUpAt: input.followedUpAt,
    schoolYear: schoolYearOf(NOW - 30 * DAY),
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW - 30 * DAY,
  });
}

async function mountList(
  repos: Repositories,
  options: { locale?: Locale; now?: () => number; highlightItemId?: string } = {},
): Promise<HTMLElement> {
  const root = await mount(
    <Providers repos={repos} locale={options.locale}>
      <FollowUpsList now={options.now ?? (() => NOW)} highlightItemId={options.highlightItemId} />
    </Providers>,
  );
  await eventually(() => expect(root.querySelector('ol, .hint')).not.toBeNull());
  return root;
}

/** The items under "Due". */
function listed(root: HTMLElement): HTMLElement[] {
  return [
    ...root.querySelectorAll<HTMLElement>(
      '[data-testid="follow-ups-due"] [data-testid="follow-up"]',
    ),
  ];
}

/** The items under "Upcoming". */
function upcoming(root: HTMLElement): HTMLElement[] {
  return [
    ...root.querySelectorAll<HTMLElement>(
      '[data-testid="follow-ups-upcoming"] [data-testid="follow-up"]',
    ),
  ];
}

function titles(root: HTMLElement, items = listed(root)): string[] {
  return items.map((item) => textOf(item.querySelector('.follow-up-title') as HTMLElement));
}

describe('FollowUpsList', () => {
  it('lists due follow-ups across documents, soonest first, with document, student and text', async () => {
    const { repos } = freshRepositories();
    const essay = await storeDocument(repos, 'essay', 'Essay on climate', { student: 'Alva' });
    const report = await storeDocument(repos, 'report', 'Lab report');
    await storeFollowUp(repos, essay, {
      text: 'Your thesis\n\n  is clear;   now support it.',
      followUpAt: new Date(2026, 2, 9, 8).getTime(),
    });
    await storeFollowUp(repos, report, {
      text: 'Label the axes.',
      followUpAt: new Date(2026, 2, 7, 8).getTime(),
    });

    const root = await mountList(repos);
    await eventually(() => expect(listed(root)).toHaveLength(2));
    expect(textOf(root)).toContain(en.followUpsHeading);
    expect(titles(root)).toEqual(['7 Mar 2026: Lab report', '9 Mar 2026: Essay on climate']);

    const [first, second] = listed(root) as [HTMLElement, HTMLElement];
    expect(textOf(first)).not.toContain('Alva');
    expect(textOf(second)).toContain(`${en.contextStudent}: Alva`);
    // The first part only, on one line.
    expect(second.querySelector('[data-testid="follow-up-text"]')?.textContent).toBe(
      'Your thesis is clear; now support it.',
    );
    expect(textOf(second)).not.toContain('Next step.');

    const link = second.querySelector('a');
    expect(link?.textContent).toBe(en.followUpsOpen);
    expect(link?.getAttribute('href')).toBe('https://docs.google.com/document/d/essay/edit');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    // Repeated link and button names are told apart by the item they belong to.
    const described = document.getElementById(link?.getAttribute('aria-describedby') ?? '');
    expect(textOf(described as HTMLElement)).toBe('9 Mar 2026: Essay on climate');
    expect(queryButtons(root, en.followUpsDone)).toHaveLength(2);
  });

  it('lists follow-ups still ahead under "Upcoming", soonest first, apart from the due ones', async () => {
    const { repos } = freshRepositories();
    const essay = await storeDocument(repos, 'essay', 'Essay');
    await storeFollowUp(repos, essay, {
      text: 'In two weeks.',
      followUpAt: new Date(2026, 2, 24, 8).getTime(),
    });
    await storeFollowUp(repos, essay, {
      text: 'Next week.',
      followUpAt: new Date(2026, 2, 17, 8).getTime(),
    });
    await storeFollowUp(repos, essay, { text: 'Overdue.', followUpAt: NOW - DAY });

    const root = await mountList(repos);
    await eventually(() => expect(upcoming(root)).toHaveLength(2));
    expect(textOf(root)).toContain(en.followUpsDueHeading);
    expect(textOf(root)).toContain(en.followUpsUpcomingHeading);
    expect(titles(root, upcoming(root))).toEqual(['17 Mar 2026: Essay', '24 Mar 2026: Essay']);
    expect(titles(root)).toEqual(['9 Mar 2026: Essay']);
    expect(queryButtons(root, en.followUpsDone)).toHaveLength(3);
  });

  it('shows no "Upcoming" group when nothing is ahead', async () => {
    const { repos } = freshRepositories();
    const essay = await storeDocument(repos, 'essay', 'Essay');
    await storeFollowUp(repos, essay, { text: 'Overdue.', followUpAt: NOW - DAY });
    const root = await mountList(repos);
    await eventually(() => expect(listed(root)).toHaveLength(1));
    expect(root.querySelector('[data-testid="follow-ups-upcoming"]')).toBeNull();
    expect(textOf(root)).not.toContain(en.followUpsUpcomingHeading);
  });

  it('leaves out of "Due" items not yet due, already followed up, and drafts', async () => {
    const { repos } = freshRepositories();
    const essay = await storeDocument(repos, 'essay', 'Essay');
    await storeFollowUp(repos, essay, { text: 'Later.', followUpAt: NOW + DAY });
    await storeFollowUp(repos, essay, {
      text: 'Done already.',
      followUpAt: NOW - DAY,
      followedUpAt: NOW - 1000,
    });
    await storeFollowUp(repos, essay, { text: 'Draft.', followUpAt: NOW - DAY, status: 'draft' });

    const root = await mountList(repos);
    await eventually(() => expect(textOf(root)).toContain(en.followUpsNone));
    expect(listed(root)).toHaveLength(0);
    // The one not yet due is ahead; the followed-up one and the draft are nowhere.
    expect(upcoming(root).map(textOf).join(' ')).toContain('Later.');
    expect(textOf(root)).not.toContain('Done already.');
    expect(textOf(root)).not.toContain('Draft.');

    await storeFollowUp(repos, essay, { text: 'Due now.', followUpAt: NOW, status: 'inserted' });
    await eventually(() => expect(listed(root)).toHaveLength(1));
    expect(textOf(root)).toContain('Due now.');
    expect(textOf(root)).not.toContain(en.followUpsNone);
  });

  it('marks an item followed up, and it leaves the list live', async () => {
    const { repos } = freshRepositories();
    const essay = await storeDocument(repos, 'essay', 'Essay');
    const first = await storeFollowUp(repos, essay, { text: 'First.', followUpAt: NOW - 2 * DAY });
    await storeFollowUp(repos, essay, { text: 'Second.', followUpAt: NOW - DAY });

    const root = await mountList(repos);
    await eventually(() => expect(listed(root)).toHaveLength(2));
    const before = Date.now();
    await click(getButton(listed(root)[0] as HTMLElement, en.followUpsDone));
    await eventually(() => expect(listed(root)).toHaveLength(1));
    expect(textOf(root)).toContain('Second.');
    expect(textOf(root)).not.toContain('First.');
    const stored = await repos.feedback.get(first.id);
    expect(stored?.followedUpAt).toBeGreaterThanOrEqual(before);

    await click(getButton(root, en.followUpsDone));
    await eventually(() => expect(textOf(root)).toContain(en.followUpsNone));
  });

  it('links only web addresses; any other address is shown as text', async () => {
    const { repos } = freshRepositories();
    const script = await storeDocument(repos, 'script', 'Odd', { url: 'javascript:alert(1)' });
    const file = await storeDocument(repos, 'file', 'Local', { url: 'file:///home/essay.html' });
    await storeFollowUp(repos, script, { text: 'One.', followUpAt: NOW - 2 * DAY });
    await storeFollowUp(repos, file, { text: 'Two.', followUpAt: NOW - DAY });

    const root = await mountList(repos);
    await eventually(() => expect(listed(root)).toHaveLength(2));
    expect(root.querySelector('a')).toBeNull();
    expect(textOf(root)).toContain('javascript:alert(1)');
    expect(textOf(root)).toContain('file:///home/essay.html');
  });

  it('renders stored text as text, never as markup', async () => {
    const { repos } = freshRepositories();
    const essay = await storeDocument(repos, 'essay', '<img src=x onerror=alert(1)>', {
      student: '<b>Bo</b>',
    });
    await storeFollowUp(repos, essay, { text: '<script>x()</script>', followUpAt: NOW - DAY });

    const root = await mountList(repos);
    await eventually(() => expect(listed(root)).toHaveLength(1));
    expect(root.querySelector('img, b, script')).toBeNull();
    expect(textOf(root)).toContain('<img src=x onerror=alert(1)>');
    expect(textOf(root)).toContain('<b>Bo</b>');
    expect(textOf(root)).toContain('<script>x()</script>');
  });

  it('formats the date in the interface language', async () => {
    const { repos } = freshRepositories();
    const essay = await storeDocument(repos, 'essay', 'Uppsats');
    await storeFollowUp(repos, essay, {
      text: 'Bra.',
      followUpAt: new Date(2026, 2, 7, 8).getTime(),
    });

    const swedish = await mountList(repos, { locale: 'sv' });
    await eventually(() => expect(titles(swedish)).toEqual(['7 mars 2026: Uppsats']));
    expect(textOf(swedish)).toContain(sv.followUpsHeading);
    expect(queryButtons(swedish, sv.followUpsDone)).toHaveLength(1);

    const norwegian = await mountList(repos, { locale: 'nb' });
    await eventually(() => expect(titles(norwegian)).toEqual(['7. mars 2026: Uppsats']));
    expect(textOf(norwegian)).toContain(nb.followUpsHeading);
  });

  it('moves items that come due while it is open from "Upcoming" to "Due", at the next minute', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { repos } = freshRepositories();
    const essay = await storeDocument(repos, 'essay', 'Essay');
    await storeFollowUp(repos, essay, { text: 'Soon.', followUpAt: NOW + 30_000 });

    let now = NOW;
    const root = await mountList(repos, { now: () => now });
    await settle();
    expect(listed(root)).toHaveLength(0);
    expect(upcoming(root)).toHaveLength(1);

    now = NOW + 60_000;
    await act(() => {
      vi.advanceTimersByTime(60_000);
    });
    await eventually(() => expect(listed(root)).toHaveLength(1));
    expect(textOf(root)).toContain('Soon.');
    expect(upcoming(root)).toHaveLength(0);
  });

  it('marks the item it was opened for', async () => {
    const { repos } = freshRepositories();
    const essay = await storeDocument(repos, 'essay', 'Essay');
    await storeFollowUp(repos, essay, { text: 'Other.', followUpAt: NOW - 2 * DAY });
    const wanted = await storeFollowUp(repos, essay, { text: 'Wanted.', followUpAt: NOW - DAY });

    const root = await mountList(repos, { highlightItemId: wanted.id });
    await eventually(() => expect(listed(root)).toHaveLength(2));
    const current = listed(root).filter((item) => item.getAttribute('aria-current') === 'true');
    expect(current).toHaveLength(1);
    expect(textOf(current[0] as HTMLElement)).toContain('Wanted.');
  });
});
