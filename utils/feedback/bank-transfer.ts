import * as v from 'valibot';
import type { MessageKey } from '../i18n/index';
import { type FileHeadRefusal, issueKeys, readFileHead } from '../model/json';
import type { AssignmentRecord, TemplateRecord } from '../model/records';
import {
  type AssignmentEntry,
  AssignmentEntrySchema,
  cleanMultiLine,
  cleanSingleLine,
  MAX_ENTRIES,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TEMPLATE_FILE_BYTES,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_VERSION,
  type TemplateEntry,
  TemplateEntrySchema,
  type TemplateFile,
  TemplateFileHeaderSchema,
  TemplateFileListsSchema,
  TemplateFileSchema,
} from '../model/template-file';

/**
 * The "share templates with colleagues" file: a teacher exports their own
 * phrase templates (and, if they want, assignments with success criteria) as
 * JSON; a colleague imports it. The file's shape and limits are declared in
 * utils/model/template-file.ts; here is what is done with it. Everything is
 * pure — no Dexie, no browser — so the whole format, its validation and the
 * duplicate check are tested without a database, and an import is fully
 * checked before the one write transaction (utils/db/bank-import.ts)
 * touches anything.
 */

// The file's limits and cleaning, for the editors that must stay within them
// and the callers that read and write the file through this module.
export {
  MAX_ENTRIES,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TEMPLATE_FILE_BYTES,
  MAX_TEMPLATE_TEXT_LENGTH,
  stripControlCharacters,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_VERSION,
  type TemplateFile,
} from '../model/template-file';

/** A template the import will add; the database fills in id, flags and times. */
export type NewTemplate = TemplateEntry;

/** An assignment the import will add; the database gives it and its criteria ids. */
export type NewAssignment = AssignmentEntry;

/**
 * What an import would do, computed before anything is written: the preview
 * the teacher confirms, and the input of the one write transaction.
 */
export interface ImportPlan {
  templates: { add: NewTemplate[]; duplicates: number };
  assignments: { add: NewAssignment[]; duplicates: number };
}

/** Why a file was refused, as a message key (and its values) the UI translates. */
export interface ImportError {
  key: MessageKey;
  /** `size`/`max` of importTooLarge are byte counts: format them with formatBytes. */
  params?: Record<string, string | number>;
}

/** The result of reading a file: either a fully checked file or the first reason to refuse it. */
export type ParseResult = { ok: true; file: TemplateFile } | { ok: false; error: ImportError };

/** The entry as the import would read it, or null when the import would refuse it. */
function asImported<T>(schema: v.GenericSchema<unknown, T>, entry: unknown): T | null {
  const result = v.safeParse(schema, entry);
  return result.success ? result.output : null;
}

/**
 * Builds the file a teacher shares. Only the teacher's own templates go in:
 * built-ins ship with every copy of the extension, so exporting them would
 * only make duplicates. Ids, counts, favourites and hidden flags are
 * personal and are left out; assignments keep title, goal and criterion
 * texts. Every entry goes through the same schema the import uses, so the
 * file always imports again: texts are cleaned the same way, tags the
 * import would refuse are dropped (a template is worth more than its tags),
 * and an entry the import would still refuse (an empty text, a title or
 * criterion over the limits) is left out rather than making the colleague's
 * whole import fail. Templates are in
 * the order they were written, so two exports of the same bank are equal.
 */
export function buildTemplateFile(input: {
  templates: TemplateRecord[];
  assignments?: AssignmentRecord[];
  now: Date;
}): TemplateFile {
  const own = input.templates
    .filter((template) => !template.builtIn)
    .sort((a, b) => a.createdAt - b.createdAt);
  const templates: TemplateEntry[] = [];
  for (const template of own) {
    const entry = asImported(TemplateEntrySchema, {
      lang: template.lang,
      question: template.question,
      level: template.level,
      text: template.text,
      tags: template.tags
        .map(cleanSingleLine)
        .filter((tag) => tag !== '' && tag.length <= MAX_TAG_LENGTH)
        .slice(0, MAX_TAGS),
    });
    if (entry) templates.push(entry);
  }
  const assignments: AssignmentEntry[] = [];
  for (const assignment of [...(input.assignments ?? [])].sort(
    (a, b) => a.createdAt - b.createdAt,
  )) {
    const entry = asImported(AssignmentEntrySchema, {
      title: assignment.title,
      learningGoal: assignment.learningGoal,
      criteria: assignment.criteria
        .map((criterion) => criterion.text)
        .filter((text) => cleanMultiLine(text) !== ''),
    });
    if (entry) assignments.push(entry);
  }
  return {
    format: TEMPLATE_FILE_FORMAT,
    version: TEMPLATE_FILE_VERSION,
    exportedAt: input.now.toISOString(),
    templates,
    assignments,
  };
}

/**
 * The download's file name, with the teacher's local date so several
 * exports sort by day and a colleague sees how recent the file is.
 */
export function templateFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `feedforward-templates-${date}.json`;
}

/** The message for each refusal a file's first checks give (see readFileHead). */
const HEAD_REFUSALS: Record<FileHeadRefusal['reason'], MessageKey> = {
  tooLarge: 'importTooLarge',
  notJson: 'importNotJson',
  notOurs: 'importNotOurs',
  newer: 'importNewerVersion',
};

function refuse(key: MessageKey, params?: ImportError['params']): ParseResult {
  return { ok: false, error: params ? { key, params } : { key } };
}

/**
 * Reads and checks a whole file before anything is touched, so an import is
 * all or nothing. Order: size (before parsing), JSON, format marker, version
 * (a newer one asks for an update; an unknown older one is "not ours"), the
 * two lists (a missing list counts as empty; a list that is not an array
 * means the file is not ours; both empty is "empty"), the entry count, then
 * every entry. The first bad entry refuses the whole file, naming the entry
 * (1-based, numbered through the file: templates first, then assignments)
 * and the field. Strings are kept as plain text with control characters
 * removed; unknown fields are ignored, so a later version's additions do not
 * break this one, but they are never copied.
 *
 * `byteLength` is the file's size as the browser reports it; the text's own
 * length is also checked in case the caller passes a wrong size.
 */
export function parseTemplateFile(raw: string, byteLength: number): ParseResult {
  const head = readFileHead(raw, byteLength, {
    maxBytes: MAX_TEMPLATE_FILE_BYTES,
    newestVersion: TEMPLATE_FILE_VERSION,
    header: TemplateFileHeaderSchema,
  });
  if (!head.ok) {
    const { refusal } = head;
    return refuse(HEAD_REFUSALS[refusal.reason], 'params' in refusal ? refusal.params : undefined);
  }
  const { data } = head;
  const { version } = head.header;

  const lists = v.safeParse(TemplateFileListsSchema, data);
  if (!lists.success) return refuse('importNotOurs');
  const { templates, assignments } = lists.output;
  const count = templates.length + assignments.length;
  if (count === 0) return refuse('importEmpty');
  if (count > MAX_ENTRIES) return refuse('importTooMany', { count, max: MAX_ENTRIES });

  const { exportedAt } = data as { exportedAt?: unknown };
  const file = v.safeParse(
    TemplateFileSchema,
    {
      format: TEMPLATE_FILE_FORMAT,
      version,
      templates,
      assignments,
      ...(typeof exportedAt === 'string' && !Number.isNaN(Date.parse(exportedAt))
        ? { exportedAt }
        : {}),
    },
    { abortEarly: true },
  );
  if (!file.success) return refuse('importInvalidEntry', invalidEntry(file.issues, templates));
  return { ok: true, file: file.output };
}

/**
 * Names the first bad entry for the teacher: its number through the file
 * (templates first, then assignments, from 1) and the entry's own field
 * (a bad tag is "tags"); an entry that is not an object at all is named
 * "template" or "assignment".
 */
function invalidEntry(
  issues: readonly v.BaseIssue<unknown>[],
  templates: readonly unknown[],
): { index: number; field: string } {
  const [list, position, field] = issueKeys(issues);
  const isAssignment = list === 'assignments';
  const index = (isAssignment ? templates.length : 0) + Number(position) + 1;
  return { index, field: String(field ?? (isAssignment ? 'assignment' : 'template')) };
}

/**
 * Text as compared for duplicates: Unicode-normalised (a composed and a
 * decomposed "ä" are the same letter), whitespace runs as one space, case
 * ignored. Only for comparing: what is stored keeps its own spelling.
 */
export function normaliseForComparison(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function templateKey(template: Pick<TemplateEntry, 'lang' | 'question' | 'level' | 'text'>) {
  return [
    template.lang,
    template.question,
    template.level,
    normaliseForComparison(template.text),
  ].join('\u0000');
}

/**
 * Decides what an import adds, before anything is written. A template is a
 * duplicate when the bank already has one (any: built-in, own or hidden —
 * a hidden one was hidden on purpose) with the same language, question,
 * level and text (compared by normaliseForComparison), or when the file
 * repeats it; the first copy is added, each repeat counts as one duplicate.
 * An assignment is a duplicate when one with the same title (normalised)
 * exists or came earlier in the file. Deliberately simple: an assignment
 * with the same title is skipped even if its criteria differ — merging
 * criteria silently into the teacher's own assignment would change it
 * behind their back, and the preview shows the skipped count.
 */
export function planImport(
  file: Pick<TemplateFile, 'templates' | 'assignments'>,
  existing: { templates: TemplateRecord[]; assignments: AssignmentRecord[] },
): ImportPlan {
  const plan: ImportPlan = {
    templates: { add: [], duplicates: 0 },
    assignments: { add: [], duplicates: 0 },
  };
  const templateKeys = new Set(existing.templates.map(templateKey));
  for (const template of file.templates) {
    const key = templateKey(template);
    if (templateKeys.has(key)) {
      plan.templates.duplicates += 1;
    } else {
      templateKeys.add(key);
      plan.templates.add.push(template);
    }
  }
  const titles = new Set(
    existing.assignments.map((assignment) => normaliseForComparison(assignment.title)),
  );
  for (const assignment of file.assignments) {
    const title = normaliseForComparison(assignment.title);
    if (titles.has(title)) {
      plan.assignments.duplicates += 1;
    } else {
      titles.add(title);
      plan.assignments.add.push(assignment);
    }
  }
  return plan;
}
