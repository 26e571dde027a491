import * as v from 'valibot';
import { LANGUAGES } from './feedback';
import { listOf, ShortTextSchema, TimestampSchema } from './fields';
import { HighlightPaletteSchema } from './page';
import { PanelPlacementSchema } from './panel-host';

/**
 * Every setting — the teacher's preferences and the panel's layout, nothing
 * else — the schema of its value and its default, in one place. The
 * settings repository checks a stored value against its schema when it
 * reads it (a value that does not fit reads as the default, so a damaged
 * setting never breaks the panel), and a backup's settings records are
 * checked against the same schemas (see setting-records.ts). Hand-offs
 * between pages and the missed-search log are not preferences: they have
 * models of their own (handoffs.ts, missed-searches.ts).
 */

/** An interface or comment-bank language, or 'auto' to follow the browser (or the interface). */
const LocaleSettingSchema = v.picklist(['auto', ...LANGUAGES]);

/** A share of the available storage, above 0 and at most all of it. */
const ShareSchema = v.pipe(v.number(), v.gtValue(0), v.maxValue(1));

/** The shares of the available storage at which the teacher is warned, then urged. */
const StorageThresholdsSchema = v.strictObject({ warn: ShareSchema, critical: ShareSchema });
export type StorageThresholds = v.InferOutput<typeof StorageThresholdsSchema>;

/** The schema of each setting's value, by key. */
export const SETTING_SCHEMAS = {
  /** Interface language; 'auto' follows the browser. */
  locale: LocaleSettingSchema,
  /** Width of the side panel in CSS pixels, remembered across pages. */
  panelWidth: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
  /** Whether the panel was left collapsed to its edge tab. */
  panelCollapsed: v.boolean(),
  /** Beside the page (the page makes room) or over it. */
  panelPlacement: PanelPlacementSchema,
  /** Language of the comment bank's templates; 'auto' follows the interface language. */
  templateLocale: LocaleSettingSchema,
  /** How the composed feedback is laid out: plain paragraphs, or one labelled line per question. */
  previewFormat: v.picklist(['paragraphs', 'labelled']),
  /** The teacher's own names for the five staircase steps; an empty name means the default. */
  staircaseLabels: listOf(ShortTextSchema, 5),
  /** Colours of the passages marked in the page; one set stays distinct for colour-blind readers. */
  highlightPalette: HighlightPaletteSchema,
  /** In Google Docs, also press Docs' "Comment" button after filling the comment box. */
  docsAutoPost: v.boolean(),
  /** When the teacher last saved a backup file (or restored one); null means never. */
  lastBackupAt: v.nullable(TimestampSchema),
  /** After how many weeks without a backup the reminder appears; 0 turns it off. */
  backupReminderWeeks: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(52)),
  /** When the teacher last put the backup reminder aside; it stays away for the same weeks. */
  backupReminderDismissedAt: v.nullable(TimestampSchema),
  /** Shares of the available storage at which the panel and dashboard warn, then urge clean-up. */
  storageThresholds: StorageThresholdsSchema,
};

/** The name of one setting. */
export type SettingKey = keyof typeof SETTING_SCHEMAS;

/** Every setting with its type; a missing (or unreadable) record means "use the default". */
export type Settings = { [K in SettingKey]: v.InferOutput<(typeof SETTING_SCHEMAS)[K]> };

/** Defaults a fresh install starts from. */
export const DEFAULT_SETTINGS: Settings = {
  locale: 'auto',
  panelWidth: 380,
  panelCollapsed: false,
  panelPlacement: 'beside',
  templateLocale: 'auto',
  previewFormat: 'paragraphs',
  staircaseLabels: ['', '', '', '', ''],
  highlightPalette: 'standard',
  docsAutoPost: false,
  lastBackupAt: null,
  backupReminderWeeks: 2,
  backupReminderDismissedAt: null,
  storageThresholds: { warn: 0.8, critical: 0.95 },
};
