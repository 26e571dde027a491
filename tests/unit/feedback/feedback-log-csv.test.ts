import { describe, expect, it } from 'vitest';
import { feedbackLogCsv } from '../../../utils/feedback/feedback-log-csv';
import { createTranslator } from '../../../utils/i18n/index';
import { everyRecord } from '../db/backup-fixture';

/** Splits CSV text into rows of cells (quoted cells may hold separators, quotes and line breaks). */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      (rows.at(-1) as string[]).push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      (rows.at(-1) as string[]).push(cell);
      cell = '';
      rows.push([]);
      i++;
    } else cell += char;
  }
  return rows.filter((row) => row.length > 0);
}

const source = () => {
  const { feedback, documents, students, groups, assignments } = everyRecord();
  return { feedback, documents, students, groups, assignments };
};

describe('the feedback log as CSV', () => {
  it('starts with a byte order mark and has one row per saved or inserted item, drafts left out', () => {
    const csv = feedbackLogCsv(source(), createTranslator('en'), 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1), ',');
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.length === rows[0]?.length)).toBe(true);
  });

  it('has the context columns and one column per question × level, in the interface language', () => {
    const [header] = parseCsv(feedbackLogCsv(source(), createTranslator('sv'), 'sv').slice(1), ';');
    expect(header?.slice(0, 9)).toEqual([
      'Datum',
      'Elev',
      'Klass',
      'Uppgift',
      'Dokument',
      'Textavsnitt',
      'Status',
      'Följ upp den',
      'Uppföljd',
    ]);
    expect(header).toHaveLength(9 + 12);
    const t = createTranslator('sv');
    expect(header?.[9]).toBe(`${t('questionFeedUp')} – ${t('levelTask')}`);
    expect(header?.at(-1)).toBe(`${t('questionFeedForward')} – ${t('levelSelf')}`);
  });

  it('fills each row from the item, its document, student, class and assignment', () => {
    const t = createTranslator('en');
    const rows = parseCsv(feedbackLogCsv(source(), t, 'en').slice(1), ',');
    const header = rows[0] as string[];
    const first = Object.fromEntries(header.map((name, i) => [name, rows[1]?.[i]]));
    expect(first).toMatchObject({
      Date: '2026-11-02',
      Student: 'Åsa "Ace" Öberg, Jr.',
      Class: '9A',
      Assignment: 'Essay; the war',
      Document: 'WWII essay',
      Passage: 'the war ended',
      Status: t('backupCsvStatusInserted'),
      'Follow up on': '2026-11-09',
      'Followed up': '2026-11-10',
      [`${t('questionFeedBack')} – ${t('levelTask')}`]: 'Clear thesis, "strong",\nwell put.',
      [`${t('questionFeedForward')} – ${t('levelProcess')}`]: "'+ add a second source",
      [`${t('questionFeedUp')} – ${t('levelTask')}`]: '',
    });
    const second = Object.fromEntries(header.map((name, i) => [name, rows[2]?.[i]]));
    expect(second).toMatchObject({
      Student: '',
      Passage: t('backupCsvWholeDocument'),
      Status: t('backupCsvStatusSaved'),
    });
  });

  it('defuses a student name that is a formula', () => {
    const data = source();
    data.feedback = data.feedback.slice(2).map((item) => ({ ...item, studentId: 's2' }));
    const csv = feedbackLogCsv(data, createTranslator('en'), 'en');
    expect(parseCsv(csv.slice(1), ',')[1]?.[1]).toBe('\'=HYPERLINK("http://x")');
  });
});
