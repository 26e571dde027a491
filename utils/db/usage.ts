import type {
  ActivityRecord,
  DocumentRecord,
  FeedbackItemRecord,
  GroupRecord,
  StudentRecord,
  VisitRecord,
} from '../model/records';
import { schoolYearOf } from '../model/school-year';
import { TABLE_NAMES, type TableName } from '../model/tables';

/** How many records one table holds and roughly how many bytes they take. */
export interface TableUsage {
  records: number;
  bytes: number;
}

/** A document or student with the bytes of everything stored about it. */
export interface UsageHolder {
  id: string;
  /** The document's title or the student's name (as stored; rendered as text). */
  name: string;
  bytes: number;
}

/** What uses the storage: per table, and the biggest documents and students. */
export interface UsageSummary {
  tables: Record<TableName, TableUsage>;
  totalRecords: number;
  totalBytes: number;
  largestDocuments: UsageHolder[];
  largestStudents: UsageHolder[];
  /** School years that feedback, activity, visits or classes belong to, newest first. */
  schoolYears: string[];
}

/** Per-value overheads of Chromium's serializer, rounded: tags, lengths, keys. */
const NUMBER_BYTES = 9;
const SMALL_BYTES = 1;
const STRING_OVERHEAD = 2;
const CONTAINER_OVERHEAD = 3;

/**
 * Roughly how many bytes a record takes in IndexedDB. The browser does not
 * say per record, and the exact figure depends on its serializer and
 * compression, so this counts what dominates — the characters of strings
 * (one byte each, as Chromium stores Latin-1 text), numbers and a small
 * overhead per field — in one pass without allocating, fast enough for
 * 100,000 feedback items. Indexes are not counted.
 */
export function estimateBytes(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return value.length + STRING_OVERHEAD;
    case 'number':
      return NUMBER_BYTES;
    case 'boolean':
      return SMALL_BYTES;
    case 'object': {
      if (value === null) return SMALL_BYTES;
      let bytes = CONTAINER_OVERHEAD;
      if (Array.isArray(value)) {
        for (const item of value) bytes += estimateBytes(item);
        return bytes;
      }
      for (const key in value) {
        const field = (value as Record<string, unknown>)[key];
        if (field === undefined) continue;
        bytes += key.length + STRING_OVERHEAD + estimateBytes(field);
      }
      return bytes;
    }
    default:
      return 0;
  }
}

/** Adds `bytes` to the running total kept for `id`. */
function addTo(totals: Map<string, number>, id: string | undefined, bytes: number): void {
  if (id === undefined) return;
  totals.set(id, (totals.get(id) ?? 0) + bytes);
}

/** The `limit` biggest totals, biggest first, named by `nameOf`. */
function largest(
  totals: Map<string, number>,
  nameOf: (id: string) => string,
  limit: number,
): UsageHolder[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id, bytes]) => ({ id, name: nameOf(id), bytes }));
}

/** A running count fed a table's records a chunk at a time. */
export interface UsageTally {
  add(table: TableName, records: readonly unknown[]): void;
  /** The summary of everything added so far, with the `limit` biggest documents and students. */
  result(limit?: number): UsageSummary;
}

/**
 * Counts records and bytes chunk by chunk, so a large database can be
 * measured in short slices that never hold up the page. A document's bytes
 * include its feedback and activity; a student's include their documents,
 * feedback and activity — what deleting them would free.
 */
export function createUsageTally(): UsageTally {
  const tables = Object.fromEntries(
    TABLE_NAMES.map((table) => [table, { records: 0, bytes: 0 }]),
  ) as Record<TableName, TableUsage>;
  const documentBytes = new Map<string, number>();
  const studentBytes = new Map<string, number>();
  const documentTitles = new Map<string, string>();
  const studentNames = new Map<string, string>();
  const schoolYears = new Set<string>();

  /** Bytes about a document, and about its student when the record names one. */
  const credit = (documentId: string | undefined, studentId: string | undefined, bytes: number) => {
    addTo(documentBytes, documentId, bytes);
    addTo(studentBytes, studentId, bytes);
  };

  return {
    add(table, records) {
      const usage = tables[table];
      for (const record of records) {
        const bytes = estimateBytes(record);
        usage.records += 1;
        usage.bytes += bytes;
        if (table === 'documents') {
          const document = record as DocumentRecord;
          documentTitles.set(document.id, document.title);
          credit(document.id, document.studentId, bytes);
        } else if (table === 'feedback') {
          const item = record as FeedbackItemRecord;
          credit(item.documentId, item.studentId, bytes);
          schoolYears.add(schoolYearOf(item.createdAt));
        } else if (table === 'activity') {
          const entry = record as ActivityRecord;
          credit(entry.documentId, entry.studentId, bytes);
          schoolYears.add(schoolYearOf(entry.at));
        } else if (table === 'visits') {
          schoolYears.add(schoolYearOf((record as VisitRecord).at));
        } else if (table === 'groups') {
          const year = (record as GroupRecord).schoolYear;
          if (year) schoolYears.add(year);
        } else if (table === 'students') {
          const student = record as StudentRecord;
          studentNames.set(student.id, student.name);
          addTo(studentBytes, student.id, bytes);
        }
      }
    },
    result(limit = 5) {
      const all = Object.values(tables);
      return {
        tables: structuredClone(tables),
        totalRecords: all.reduce((sum, table) => sum + table.records, 0),
        totalBytes: all.reduce((sum, table) => sum + table.bytes, 0),
        largestDocuments: largest(documentBytes, (id) => documentTitles.get(id) ?? '', limit),
        largestStudents: largest(
          // Only learners still on record are listed; orphaned ids have no name to show.
          new Map([...studentBytes].filter(([id]) => studentNames.has(id))),
          (id) => studentNames.get(id) ?? '',
          limit,
        ),
        schoolYears: [...schoolYears].sort().reverse(),
      };
    },
  };
}
