import type { MessageKey } from '../i18n/index';
import { FEEDBACK_LEVELS, FEEDBACK_QUESTIONS, isOneOf } from '../model/feedback';
import type { AssignmentRecord, TemplateRecord } from '../model/records';

/**
 * The "share templates with colleagues" file: a teacher exports their own
 * phrase templates (and, if they want, assignments with success criteria) as
 * JSON; a colleague imports it. Everything here is pure — no Dexie, no
 * browser — so the whole format, its validation and the duplicate check are
 * tested without a database, and an import is fully checked before the one
 * write transaction (utils/db/bank-import.ts) touches anything.
 */

/**
 * The marker that says "this JSON is a Feedforward template file". Without it
 * any JSON (a backup, someone else's export) could be mistaken for templates.
 */
export const TEMPLATE_FILE_FORMAT = 'feedforward-templates';

/**
 * The format version this build writes and reads. A file with a higher
 * number comes from a newer extension and may mean something we cannot
 * read, so it is refused with "update the extension" instead of half-read.
 */
export const TEMPLATE_FILE_VERSION = 1;

/**
 * Largest file accepted (5 MB, decimal so it reads "5 MB" through
 * formatBytes). Checked before the text is parsed, so a wrong file picked by
 * mistake (a video, a huge backup) does not freeze the panel.
 */
export const MAX_TEMPLATE_FILE_BYTES = 5_000_000;

/**
 * Most entries (templates plus assignments) in one file. A real shared bank
 * holds hundreds; the cap keeps one import from flooding the bank and keeps
 * the single write transaction short.
 */
export const MAX_ENTRIES = 5000;

/**
 * Longest template text, in UTF-16 code units (what an HTML `maxlength`
 * counts). A phrase longer than this is a letter, not a template; editors of
 * templates should use the same limit so every own template can be exported.
 */
export const MAX_TEMPLATE_TEXT_LENGTH = 2000;

/** Longest tag: tags are short topic words for search and filtering. */
export const MAX_TAG_LENGTH = 40;

/** Most tags on one template; more than this is noise in the filter list. */
export const MAX_TAGS = 10;

/** Longest assignment title: one line in a list. */
export const MAX_TITLE_LENGTH = 200;

/** Longest learning goal: a paragraph, like a template text. */
export const MAX_LEARNING_GOAL_LENGTH = 2000;

/** Longest success criterion: one sentence or two. */
export const MAX_CRITERION_LENGTH = 500;

/** Most success criteria on one assignment; a rubric, not a curriculum. */
export const MAX_CRITERIA = 50;

/**
 * The languages a template can be in (the comment bank's languages). Kept
 * here rather than borrowed from the interface locales: the two happen to be
 * equal today but mean different things.
 */
export const TEMPLATE_LANGS = [
  'sv',
  'nb',
  'en',
] as const satisfies readonly TemplateRecord['lang'][];

/**
 * One template as it travels in a file: only what a colleague can use. Ids,
 * usage counts, favourites and hidden flags are personal and stay at home.
 */
export interface TemplateEntry {
  lang: TemplateRecord['lang'];
  question: TemplateRecord['question'];
  level: TemplateRecord['level'];
  text: string;
  tags: string[];
}

/**
 * One assignment as it travels in a file: criteria are plain texts, because
 * criterion ids only mean something inside one database (the importer gives
 * each criterion a new id). The group is the teacher's own class and is not
 * shared.
 */
export interface AssignmentEntry {
  title: string;
  learningGoal: string;
  criteria: string[];
}

/** The whole file, version 1. */
export interface TemplateFile {
  format: typeof TEMPLATE_FILE_FORMAT;
  version: typeof TEMPLATE_FILE_VERSION;
  /** ISO time of the export; informational only (shown in a preview), absent if the file had none. */
  exportedAt?: string;
  templates: TemplateEntry[];
  assignments: AssignmentEntry[];
}

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

/**
 * Removes control characters except line feed and tab. Imported strings are
 * shown as text (never HTML), so markup is harmless, but invisible control
 * characters would end up in the student's document. Windows line ends
 * become `\n` first so lines are not glued together.
 */
export function stripControlCharacters(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\n\t]/gu, '');
}

/** A multi-line field (template text, goal, criterion): control characters out, ends trimmed. */
function cleanMultiLine(text: string): string {
  return stripControlCharacters(text).trim();
}

/** A one-line field (title, tag): control characters out, any run of whitespace one space. */
function cleanSingleLine(text: string): string {
  return stripControlCharacters(text).replace(/\s+/g, ' ').trim();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field's cleaned text, or null if it is not a string or is empty or too long once cleaned. */
function readText(
  value: unknown,
  clean: (text: string) => string,
  maxLength: number,
  allowEmpty = false,
): string | null {
  if (typeof value !== 'string') return null;
  const text = clean(value);
  if ((!allowEmpty && text.length === 0) || text.length > maxLength) return null;
  return text;
}

/** A list of cleaned one-line or multi-line texts, or null if any item is bad or there are too many. */
function readTextList(
  value: unknown,
  clean: (text: string) => string,
  maxLength: number,
  maxItems: number,
): string[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > maxItems) return null;
  const texts: string[] = [];
  for (const item of value) {
    const text = readText(item, clean, maxLength);
    if (text === null) return null;
    texts.push(text);
  }
  return texts;
}

/**
 * Reads one template entry, building a fresh object from the known fields
 * only (unknown fields are ignored, never copied). Returns the name of the
 * first bad field instead when the entry cannot be used. `tags` may be
 * missing (a hand-made file) and then is empty.
 */
function readTemplateEntry(value: unknown): TemplateEntry | { field: string } {
  if (!isPlainObject(value)) return { field: 'template' };
  const { lang, question, level } = value;
  if (!isOneOf(TEMPLATE_LANGS, lang)) return { field: 'lang' };
  if (!isOneOf(FEEDBACK_QUESTIONS, question)) return { field: 'question' };
  if (!isOneOf(FEEDBACK_LEVELS, level)) return { field: 'level' };
  const text = readText(value.text, cleanMultiLine, MAX_TEMPLATE_TEXT_LENGTH);
  if (text === null) return { field: 'text' };
  const tags = readTextList(value.tags, cleanSingleLine, MAX_TAG_LENGTH, MAX_TAGS);
  if (tags === null) return { field: 'tags' };
  return { lang, question, level, text, tags };
}

/**
 * Reads one assignment entry like readTemplateEntry. The title is required;
 * the learning goal may be empty or missing (as when an assignment is
 * created), and so may the criteria.
 */
function readAssignmentEntry(value: unknown): AssignmentEntry | { field: string } {
  if (!isPlainObject(value)) return { field: 'assignment' };
  const title = readText(value.title, cleanSingleLine, MAX_TITLE_LENGTH);
  if (title === null) return { field: 'title' };
  const learningGoal =
    value.learningGoal === undefined
      ? ''
      : readText(value.learningGoal, cleanMultiLine, MAX_LEARNING_GOAL_LENGTH, true);
  if (learningGoal === null) return { field: 'learningGoal' };
  const criteria = readTextList(value.criteria, cleanMultiLine, MAX_CRITERION_LENGTH, MAX_CRITERIA);
  if (criteria === null) return { field: 'criteria' };
  return { title, learningGoal, criteria };
}

function isEntryError(entry: object): entry is { field: string } {
  return 'field' in entry;
}

/**
 * Builds the file a teacher shares. Only the teacher's own templates go in:
 * built-ins ship with every copy of the extension, so exporting them would
 * only make duplicates. Ids, counts, favourites and hidden flags are
 * personal and are left out; assignments keep title, goal and criterion
 * texts. Every entry goes through the same reader the import uses, so the
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
    const entry = readTemplateEntry({
      lang: template.lang,
      question: template.question,
      level: template.level,
      text: template.text,
      tags: template.tags
        .map(cleanSingleLine)
        .filter((tag) => tag !== '' && tag.length <= MAX_TAG_LENGTH)
        .slice(0, MAX_TAGS),
    });
    if (!isEntryError(entry)) templates.push(entry);
  }
  const assignments: AssignmentEntry[] = [];
  for (const assignment of [...(input.assignments ?? [])].sort(
    (a, b) => a.createdAt - b.createdAt,
  )) {
    const entry = readAssignmentEntry({
      title: assignment.title,
      learningGoal: assignment.learningGoal,
      criteria: assignment.criteria
        .map((criterion) => criterion.text)
        .filter((text) => cleanMultiLine(text) !== ''),
    });
    if (!isEntryError(entry)) assignments.push(entry);
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
  const size = Math.max(byteLength, raw.length);
  if (size > MAX_TEMPLATE_FILE_BYTES) {
    return refuse('importTooLarge', { size, max: MAX_TEMPLATE_FILE_BYTES });
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return refuse('importNotJson');
  }
  if (!isPlainObject(data) || data.format !== TEMPLATE_FILE_FORMAT) return refuse('importNotOurs');
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('importNotOurs');
  }
  if (version > TEMPLATE_FILE_VERSION) return refuse('importNewerVersion', { version });

  const rawTemplates = data.templates ?? [];
  const rawAssignments = data.assignments ?? [];
  if (!Array.isArray(rawTemplates) || !Array.isArray(rawAssignments)) {
    return refuse('importNotOurs');
  }
  const count = rawTemplates.length + rawAssignments.length;
  if (count === 0) return refuse('importEmpty');
  if (count > MAX_ENTRIES) return refuse('importTooMany', { count, max: MAX_ENTRIES });

  const templates: TemplateEntry[] = [];
  for (const [position, value] of rawTemplates.entries()) {
    const entry = readTemplateEntry(value);
    if (isEntryError(entry)) {
      return refuse('importInvalidEntry', { index: position + 1, field: entry.field });
    }
    templates.push(entry);
  }
  const assignments: AssignmentEntry[] = [];
  for (const [position, value] of rawAssignments.entries()) {
    const entry = readAssignmentEntry(value);
    if (isEntryError(entry)) {
      const index = rawTemplates.length + position + 1;
      return refuse('importInvalidEntry', { index, field: entry.field });
    }
    assignments.push(entry);
  }

  const file: TemplateFile = {
    format: TEMPLATE_FILE_FORMAT,
    version: TEMPLATE_FILE_VERSION,
    templates,
    assignments,
  };
  const { exportedAt } = data;
  if (typeof exportedAt === 'string' && !Number.isNaN(Date.parse(exportedAt))) {
    file.exportedAt = exportedAt;
  }
  return { ok: true, file };
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
