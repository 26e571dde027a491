import type { Language } from '../model/feedback';

/**
 * Spreadsheet files the teacher opens with a double-click: the feedback log
 * and every chart's numbers are written by these rules, so all exports open
 * alike in Excel, Numbers and LibreOffice.
 */

/**
 * The column separator Excel expects when it opens a file by double-click:
 * a comma in English, a semicolon where the decimal sign is a comma
 * (Swedish and Norwegian settings).
 */
export const CSV_SEPARATOR: Record<Language, string> = { en: ',', sv: ';', nb: ';' };

/** Excel reads a file as UTF-8 (å, ä, ø…) only when it starts with a byte order mark. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * One cell, safe for a spreadsheet. Text starting with = + - @ (or a tab or
 * carriage return) would run as a formula when opened, so it gets a leading
 * apostrophe, which spreadsheets show as plain text. A cell holding the
 * separator, a quote or a line break is quoted, quotes doubled.
 */
export function csvCell(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const needsQuotes =
    safe.includes(separator) || safe.includes('"') || safe.includes('\n') || safe.includes('\r');
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text: byte order mark, the language's separator, CRLF line ends. */
export function csvText(rows: readonly (readonly string[])[], language: Language): string {
  const separator = CSV_SEPARATOR[language];
  const line = (cells: readonly string[]) =>
    cells.map((cell) => csvCell(cell, separator)).join(separator);
  return `${BYTE_ORDER_MARK}${rows.map(line).join('\r\n')}\r\n`;
}
