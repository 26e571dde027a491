import * as v from 'valibot';
import { FeedbackLevelSchema, FeedbackQuestionSchema, LanguageSchema } from './feedback';

/**
 * The "share templates with colleagues" file: the teacher's own phrase
 * templates and, if they want, assignments with success criteria. The
 * schemas below read a colleague's file: strings are cleaned (control
 * characters out) before they are checked, unknown fields are dropped
 * (a later version's additions do not break this one, and are never
 * copied), and the limits say what an import may add.
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
const MAX_TITLE_LENGTH = 200;

/** Longest learning goal: a paragraph, like a template text. */
const MAX_LEARNING_GOAL_LENGTH = 2000;

/** Longest success criterion: one sentence or two. */
const MAX_CRITERION_LENGTH = 500;

/** Most success criteria on one assignment; a rubric, not a curriculum. */
const MAX_CRITERIA = 50;

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
export function cleanMultiLine(text: string): string {
  return stripControlCharacters(text).trim();
}

/** A one-line field (title, tag): control characters out, any run of whitespace one space. */
export function cleanSingleLine(text: string): string {
  return stripControlCharacters(text).replace(/\s+/g, ' ').trim();
}

/** A string, cleaned, then at most `max` long (checked after cleaning: what is stored counts). */
function cleaned(clean: (text: string) => string, max: number) {
  return v.pipe(v.string(), v.transform(clean), v.maxLength(max));
}

/** Like `cleaned`, and not empty once cleaned. */
function required(clean: (text: string) => string, max: number) {
  return v.pipe(cleaned(clean, max), v.nonEmpty());
}

/** A list of non-empty cleaned texts; a missing list is empty. */
function textList(clean: (text: string) => string, max: number, maxItems: number) {
  return v.optional(v.pipe(v.array(required(clean, max)), v.maxLength(maxItems)), []);
}

/**
 * One template as it travels in a file: only what a colleague can use. Ids,
 * usage counts, favourites and hidden flags are personal and stay at home.
 * `tags` may be missing (a hand-made file) and then is empty.
 */
export const TemplateEntrySchema = v.object({
  lang: LanguageSchema,
  question: FeedbackQuestionSchema,
  level: FeedbackLevelSchema,
  text: required(cleanMultiLine, MAX_TEMPLATE_TEXT_LENGTH),
  tags: textList(cleanSingleLine, MAX_TAG_LENGTH, MAX_TAGS),
});
export type TemplateEntry = v.InferOutput<typeof TemplateEntrySchema>;

/**
 * One assignment as it travels in a file: criteria are plain texts, because
 * criterion ids only mean something inside one database (the importer gives
 * each criterion a new id). The group is the teacher's own class and is not
 * shared. The title is required; the learning goal may be empty or missing
 * (as when an assignment is created), and so may the criteria.
 */
export const AssignmentEntrySchema = v.object({
  title: required(cleanSingleLine, MAX_TITLE_LENGTH),
  learningGoal: v.optional(cleaned(cleanMultiLine, MAX_LEARNING_GOAL_LENGTH), ''),
  criteria: textList(cleanMultiLine, MAX_CRITERION_LENGTH, MAX_CRITERIA),
});
export type AssignmentEntry = v.InferOutput<typeof AssignmentEntrySchema>;

/**
 * What says "this is a template file, and of which version"; checked before
 * anything else, so a newer file asks for an update instead of failing on
 * a shape this build does not know.
 */
export const TemplateFileHeaderSchema = v.object({
  format: v.literal(TEMPLATE_FILE_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/**
 * The two lists, before their entries are read: each may be missing (or
 * null) and then is empty, so their sizes can be checked before any entry.
 */
export const TemplateFileListsSchema = v.object({
  templates: v.nullish(v.array(v.unknown()), []),
  assignments: v.nullish(v.array(v.unknown()), []),
});

/**
 * The whole file, version 1, as this build writes it and as an import
 * hands it on once every entry is read. The import reads a file in stages
 * (header, lists, sizes, then this), so each refusal says the right thing.
 */
export const TemplateFileSchema = v.object({
  format: v.literal(TEMPLATE_FILE_FORMAT),
  version: v.literal(TEMPLATE_FILE_VERSION),
  /** ISO time of the export; informational only (shown in a preview), absent if the file had none. */
  exportedAt: v.optional(v.string()),
  templates: v.array(TemplateEntrySchema),
  assignments: v.array(AssignmentEntrySchema),
});
export type TemplateFile = v.InferOutput<typeof TemplateFileSchema>;
