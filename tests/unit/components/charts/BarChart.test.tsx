import { afterEach, describe, expect, it, vi } from 'vitest';
import { BarChart } from '../../../../components/charts/BarChart';
import type { ChartData } from '../../../../utils/analytics/chart-data';
import {
  click,
  freshRepositories,
  getButton,
  interceptDownloads,
  mount,
  normalise,
  Providers,
  queryByRole,
  tableRows,
  unmountAll,
} from '../render';

afterEach(async () => {
  await unmountAll();
  vi.restoreAllMocks();
});

const BALANCE: ChartData = {
  title: 'Balance, 7a',
  description: 'Share of each kind of feedback against a quarter each.',
  categoryHeading: 'Kind',
  categories: ['Teacher', 'Formative', 'Peer', 'Self'],
  series: [{ label: 'Share', values: [62.5, 12.5, 12.5, 12.5] }],
  reference: { value: 25, label: 'Guide' },
  unit: '%',
  max: 100,
};

async function chart(locale: 'en' | 'sv' = 'en', data = BALANCE) {
  const { repos } = freshRepositories();
  return mount(
    <Providers repos={repos} locale={locale}>
      <BarChart data={data} layout="grouped" now={() => Date.UTC(2026, 11, 4, 12)} />
    </Providers>,
  );
}

describe('BarChart', () => {
  it('is one image named by its title and described by its description', async () => {
    const root = await chart();
    const [image] = queryByRole(root, 'img');
    const names = (image?.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => normalise(document.getElementById(id)?.textContent));
    expect(image?.tagName.toLowerCase()).toBe('svg');
    expect(names).toEqual([BALANCE.title, BALANCE.description]);
    expect(image?.querySelector('title')?.textContent).toBe(BALANCE.title);
    expect(image?.querySelector('desc')?.textContent).toBe(BALANCE.description);
  });

  it('gives each series its own pattern and writes every value on its bar', async () => {
    const root = await chart('en', {
      ...BALANCE,
      categories: ['7a'],
      series: ['Teacher', 'Formative', 'Peer', 'Self'].map((label, index) => ({
        label,
        values: [index * 10],
      })),
    });
    const fills = [...root.querySelectorAll('.chart-bar-shape')]
      .slice(0, 4)
      .map((bar) => bar.getAttribute('fill'));
    expect(new Set(fills).size).toBe(4);
    for (const fill of fills) {
      const id = fill?.match(/^url\(#(.+)\)$/)?.[1] ?? '';
      expect(root.querySelector(`pattern[id="${id}"]`)).not.toBeNull();
    }
    expect([...root.querySelectorAll('.chart-value')].map((label) => label.textContent)).toEqual([
      '0%',
      '10%',
      '20%',
      '30%',
    ]);
  });

  it('lists the numbers as a table with the reference as a column', async () => {
    const root = await chart('sv');
    const details = root.querySelector('details');
    expect(normalise(details?.querySelector('summary')?.textContent)).toBe('Visa som tabell');
    expect(tableRows(root, BALANCE.title)).toEqual([
      ['Kind', 'Share', 'Guide'],
      // Swedish writes a space before the percent sign.
      ['Teacher', '62,5 %', '25 %'],
      ['Formative', '12,5 %', '25 %'],
      ['Peer', '12,5 %', '25 %'],
      ['Self', '12,5 %', '25 %'],
    ]);
    expect(details?.querySelectorAll('th[scope="row"]').length).toBe(4);
  });

  it('exports the same numbers as CSV and says where it went', async () => {
    const downloads = interceptDownloads();
    const root = await chart('sv');
    await click(getButton(root, 'Exportera CSV'));
    expect(downloads.names).toEqual(['feedforward-balance-7a-2026-12-04.csv']);
    expect(await downloads.blobs[0]?.text()).toBe(
      '\uFEFFKind;Share;Guide\r\nTeacher;62,5;25\r\nFormative;12,5;25\r\nPeer;12,5;25\r\nSelf;12,5;25\r\n',
    );
    expect(queryByRole(root, 'status', 'feedforward-balance-7a-2026-12-04.csv')).toHaveLength(1);
  });
});
