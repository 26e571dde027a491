import * as v from 'valibot';
import type { MessageKey, MessageParams } from '../i18n/index';
import { issuePath } from '../model/json';
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
export function parseVisitFile(raw: string, byteLength: number): VisitFileResult {
  const size = Math.max(byteLength, raw.length);
  if (size > MAX_VISIT_FILE_BYTES) {
    return {
      ok: false,
      error: { key: 'visitImportTooLarge', params: { size, max: MAX_VISIT_FILE_BYTES } },
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: { key: 'visitImportNotJson' } };
  }
  const header = v.safeParse(VisitFileHeaderSchema, data);
  if (!header.success) return { ok: false, error: { key: 'visitImportNotOurs' } };
  if (header.output.version > VISIT_FILE_VERSION) {
    return {
      ok: false,
      error: { key: 'visitImportNewer', params: { version: header.output.version } },
    };
  }
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
