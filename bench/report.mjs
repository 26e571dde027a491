/**
 * Turns the benchmark's measurements into a summary (median, p95), a
 * markdown report and the JSON kept beside it in `bench/results/`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The value at quantile `q` of `values`, by the nearest-rank method. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1];
}

/**
 * Median, p95, min and max of a list of numbers: the summary every browser
 * benchmark reports, so their tables read alike.
 */
export function stats(values) {
  return {
    median: quantile(values, 0.5),
    p95: quantile(values, 0.95),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** Summary statistics of the panel-open runs (and of the picker, timed in the same runs). */
export function summarizePanelOpen({ warmUp, runs, manyRuns, items, manyItems, pickerQuery }) {
  const panelHeaps = runs.map((run) => run.panelHeap).filter((heap) => heap !== null);
  return {
    runs: runs.length,
    items,
    manyItems,
    manyRuns: manyRuns.length,
    timeMs: stats(runs.map((run) => run.ms)),
    usableMs: stats(runs.map((run) => run.usableMs)),
    listedMs: stats(runs.map((run) => run.listedMs)),
    manyUsableMs: stats(manyRuns.map((run) => run.usableMs)),
    manyListedMs: stats(manyRuns.map((run) => run.listedMs)),
    searchFocusMs: stats(runs.map((run) => run.picker.searchFocusMs)),
    queryMs: stats(runs.map((run) => run.picker.queryMs)),
    pickerQuery,
    clockUncertaintyMs: stats(runs.map((run) => run.clockUncertaintyMs)),
    extraClicks: runs.reduce((sum, run) => sum + run.clicks - 1, 0),
    pageHeapBefore: stats(runs.map((run) => run.heapBefore)),
    pageHeapAfter: stats(runs.map((run) => run.heapAfter)),
    pageHeapDelta: stats(runs.map((run) => run.heapAfter - run.heapBefore)),
    panelHeap: panelHeaps.length > 0 ? stats(panelHeaps) : null,
    warmUp,
    samples: runs,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const yesNo = (value) => (value ? 'yes' : 'no');

/** One markdown table row. */
const row = (cells) => `| ${cells.join(' | ')} |`;

/** The bundle-weight table. */
function bundleTable(bundle) {
  return [
    row(['File', 'Role', 'Raw', 'Gzip -9', 'Dexie', 'Preact']),
    row(['---', '---', '---:', '---:', ':---:', ':---:']),
    ...bundle.files.map((file) =>
      row([
        `\`${file.path}\``,
        file.role,
        kb(file.raw),
        kb(file.gzip),
        file.markers ? yesNo(file.markers.dexie > 0) : '–',
        file.markers ? yesNo(file.markers.preact > 0) : '–',
      ]),
    ),
    row(['**total**', '', kb(bundle.total.raw), kb(bundle.total.gzip), '', '']),
    row([
      '**default script on a Google Docs page**',
      bundle.docsDefault.files.map((path) => `\`${path}\``).join(' + ') || 'nothing declared',
      kb(bundle.docsDefault.raw),
      kb(bundle.docsDefault.gzip),
      '',
      '',
    ]),
  ];
}

/** The panel-open table (one row per metric). */
function panelTable(panel) {
  const line = (name, values, format) =>
    values
      ? row([name, ...['median', 'p95', 'min', 'max'].map((key) => format(values[key]))])
      : row([name, 'not reachable', '', '', '']);
  return [
    row(['Metric', 'Median', 'p95', 'Min', 'Max']),
    row(['---', '---:', '---:', '---:', '---:']),
    line('Toolbar click → panel connected', panel.timeMs, ms),
    line(
      `Toolbar click → composer ready to type in (${panel.items} items saved)`,
      panel.usableMs,
      ms,
    ),
    line(`Toolbar click → saved items listed (${panel.items} items)`, panel.listedMs, ms),
    line(`Toolbar click → composer ready (${panel.manyItems} items)`, panel.manyUsableMs, ms),
    line(`Toolbar click → saved items listed (${panel.manyItems} items)`, panel.manyListedMs, ms),
    line('Ctrl+K → search focused', panel.searchFocusMs, ms),
    line(`Typing "${panel.pickerQuery}" → results updated`, panel.queryMs, ms),
    line('Page JS heap before opening', panel.pageHeapBefore, kb),
    line('Page JS heap with panel open', panel.pageHeapAfter, kb),
    line('Page JS heap added by opening', panel.pageHeapDelta, kb),
    line('Panel frame JS heap', panel.panelHeap, kb),
  ];
}

/** The whole report as markdown. */
export function toMarkdown(result) {
  const { environment: env, bundle, panelOpen: panel } = result;
  return [
    '# Feedforward benchmark',
    '',
    `${result.date} · Chromium ${env.chromium} · Node ${env.node} · ${env.cpus} cores (${env.cpuModel}) · ${env.platform}`,
    '',
    '## Bundle weight',
    '',
    ...bundleTable(bundle),
    '',
    `Content script contains Dexie: **${yesNo(bundle.contentScript.hasDexie)}**, Preact: **${yesNo(bundle.contentScript.hasPreact)}**.`,
    '',
    `Default script on a Google Docs page (gzipped): **${bundle.docsDefault.gzip} B** ` +
      `(${bundle.docsDefault.raw} B raw): what the manifest declares for Docs documents, which runs on ` +
      'every document the teacher opens even when the panel is never opened. The rest (the page-world ' +
      'bridge, then the content script) is injected when the panel is opened.',
    '',
    `## Opening the panel and using the comment bank (${panel.runs} runs, each a first open in a fresh tab)`,
    '',
    ...panelTable(panel),
    '',
    `Warm-up open (first after browser start, not counted): connected ${ms(panel.warmUp.ms)}, ` +
      `composer ready ${ms(panel.warmUp.usableMs)}. The rows with ${panel.manyItems} items are ${panel.manyRuns} further runs on the same document. ` +
      `Clicks dropped and resent: ${panel.extraClicks}. ` +
      'Heaps are read with CDP `Runtime.getHeapUsage` after a forced garbage collection, before the picker is used.',
    '',
    '- **Toolbar click → panel connected / composer ready / saved items listed**: from just before the click is sent ' +
      "(Node `performance.now()`) to the panel's own User Timing marks `feedforward:connected`, " +
      "`feedforward:composer-ready` and `feedforward:items-listed` (set as the panel, the composer's first field and the " +
      "first saved item are in the frame's DOM), read after the open and set against Node's clock by " +
      `a round-trip clock sync (uncertainty ±${ms(panel.clockUncertaintyMs.median)} median). ` +
      'The comment bank (built-ins brought up to date, search index) is loaded after the composer is shown. ' +
      'Chromium is driven over its DevTools pipe with nothing attached to the tab or the panel while the clock runs: ' +
      'Playwright, which the end-to-end tests use, holds every new frame until it has set it up, about 14 ms more per open.',
    '- **Ctrl+K → search focused**: with the "Feed forward" part focused, from the `timeStamp` of the K ' +
      "`keydown` in the panel (the browser's time for the key event) to the search field's `focus` event, " +
      'when it is `document.activeElement`.',
    `- **Typing "${panel.pickerQuery}" → results updated**: typed key by key (${panel.samples[0]?.picker.optionsBefore ?? '?'} options listed before, ` +
      `${panel.samples[0]?.picker.optionsAfter ?? '?'} after); from the \`keydown\` \`timeStamp\` of the last key to the first moment ` +
      'the listbox holds only options containing the query, checked by a MutationObserver in the panel ' +
      '(and in a task after the last `input` event, should the last key leave the list as it was).',
    '- Keys are sent as DevTools input events to the tab; the picker times are read wholly inside the panel ' +
      'frame and do not include painting the next frame.',
    '',
  ].join('\n');
}

/** Writes `latest.md` and `latest.json` into `dir`. */
export async function writeResults(dir, result) {
  await mkdir(dir, { recursive: true });
  const markdown = toMarkdown(result);
  await writeFile(join(dir, 'latest.md'), markdown);
  await writeFile(join(dir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  return markdown;
}
