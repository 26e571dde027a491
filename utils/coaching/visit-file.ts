import * as v from 'valibot';
import type { MessageKey, MessageParams } from '../i18n/index';
import { type FileHeadRefusal, issuePath, readFileHead } from '../model/json';
import type { VisitRecord } from '../model/records';
import {
  MAX_VISIT_FILE_BYTES,
  VISIT_FILE_FORMAT,
  VISIT_FILE_VERSION,
  type VisitFile,
  VisitFileHeaderSchema,
  VisitFileSchema,
} from '../model/visit-file';

/**
 * The coach's hand-over as a file: built from a stored visit, and read and
 * checked whole before the colleague's import touches anything, so a broken
 * file changes nothing and says why.
 */

/** Why a file was refused, as a message key (it follows the interface language). */
export interface VisitFileRefusal {
  key: MessageKey;
  params?: MessageParams;
}

export type VisitFileResult =
  | { ok: true; file: VisitFile }
  | { ok: false; error: VisitFileRefusal };

/** The file for one visit, exactly as stored, so importing it gives the same record. */
export function buildVisitFile(visit: VisitRecord, now: Date): VisitFile {
  return {
    format: VISIT_FILE_FORMAT,
    version: VISIT_FILE_VERSION,
    exportedAt: now.toISOString(),
    visit,
  };
}

/** A file name that says what it is, whose visit and which meeting: `feedforward-visit-kim-3.json`. */
export function visitFileName(visit: VisitRecord): string {
  const slug = visit.visitedColleague
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `feedforward-visit-${slug || 'colleague'}-${visit.meetingNumber}.json`;
}

/**
 * Reads a hand-over file. Order: size (before parsing), JSON, the marker,
 * the version (a newer one asks for an update), then the whole visit
 * against the stored record's schema, naming the first bad field.
 * `byteLength` is the size the browser reports; the text's own length is
 * checked too.
 */
/** The message for each refusal a file's first checks give (see readFileHead). */
const HEAD_REFUSALS: Record<FileHeadRefusal['reason'], MessageKey> = {
  tooLarge: 'visitImportTooLarge',
  notJson: 'visitImportNotJson',
  notOurs: 'visitImportNotOurs',
  newer: 'visitImportNewer',
};

export function parseVisitFile(raw: string, byteLength: number): VisitFileResult {
  const head = readFileHead(raw, byteLength, {
    maxBytes: MAX_VISIT_FILE_BYTES,
    newestVersion: VISIT_FILE_VERSION,
    header: VisitFileHeaderSchema,
  });
  if (!head.ok) {
    const { refusal } = head;
    const key = HEAD_REFUSALS[refusal.reason];
    return { ok: false, error: 'params' in refusal ? { key, params: refusal.params } : { key } };
  }
  const { data } = head;
  const file = v.safeParse(VisitFileSchema, data, { abortEarly: true });
  if (!file.success) {
    return {
      ok: false,
      error: { key: 'visitImportInvalid', params: { field: issuePath(file.issues) || 'visit' } },
    };
  }
  return { ok: true, file: file.output };
}

/** The visit as the colleague stores it: the coach's record, marked with when it was received. */
export function importedVisit(file: VisitFile, now: number): VisitRecord {
  return { ...file.visit, receivedAt: now };
}
