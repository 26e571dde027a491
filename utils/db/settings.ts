import type { MissedSearch } from '../feedback/missed-searches';
import type { StorageThresholds } from '../storage/thresholds';
import type { FeedforwardDatabase } from './database';

/** Every setting with its type; a missing record means "use the default". */
export interface Settings {
  /** Interface language; 'auto' follows the browser. */
  locale: 'auto' | 'sv' | 'nb' | 'en';
  /** Width of the side panel in CSS pixels, remembered across pages. */
  panelWidth: number;
  /** Whether the panel was left collapsed to its edge tab. */
  panelCollapsed: boolean;
  /** Language of the comment bank's templates; 'auto' follows the interface language. */
  templateLocale: 'auto' | 'sv' | 'nb' | 'en';
  /** How the composed feedback is laid out: plain paragraphs, or one labelled line per question. */
  previewFormat: 'paragraphs' | 'labelled';
  /** Comment-bank searches that found nothing, so the teacher sees where the bank is thin. */
  bankMissedSearches: MissedSearch[];
  /** The teacher's own names for the five staircase steps; an empty name means the default. */
  staircaseLabels: string[];
  /** A follow-up reminder the teacher clicked: the panel on that document shows the item. */
  pendingFocus: { documentKey: string; itemId: string } | null;
  /** Colours of the passages marked in the page; one set stays distinct for colour-blind readers. */
  highlightPalette: 'standard' | 'colourBlind';
  /** In Google Docs, also press Docs' "Comment" button after filling the comment box. */
  docsAutoPost: boolean;
  /** When the teacher last saved a backup file (or restored one); null means never. */
  lastBackupAt: number | null;
  /** After how many weeks without a backup the reminder appears; 0 turns it off. */
  backupReminderWeeks: number;
  /** When the teacher last put the backup reminder aside; it stays away for the same weeks. */
  backupReminderDismissedAt: number | null;
  /** Shares of the available storage at which the panel and dashboard warn, then urge clean-up. */
  storageThresholds: StorageThresholds;
}

/** Defaults a fresh install starts from. */
export const DEFAULT_SETTINGS: Settings = {
  locale: 'auto',
  panelWidth: 380,
  panelCollapsed: false,
  templateLocale: 'auto',
  previewFormat: 'paragraphs',
  bankMissedSearches: [],
  staircaseLabels: ['', '', '', '', ''],
  pendingFocus: null,
  highlightPalette: 'standard',
  docsAutoPost: false,
  lastBackupAt: null,
  backupReminderWeeks: 2,
  backupReminderDismissedAt: null,
  storageThresholds: { warn: 0.8, critical: 0.95 },
};

/** A fresh copy of a default, so no caller can change the defaults themselves. */
function defaultOf<K extends keyof Settings>(key: K): Settings[K] {
  return structuredClone(DEFAULT_SETTINGS[key]);
}

/** Typed access to the settings table. */
export interface SettingsRepository {
  get<K extends keyof Settings>(key: K): Promise<Settings[K]>;
  set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void>;
  /** Reads, changes and writes one setting in one transaction, so two pages cannot interleave. */
  update<K extends keyof Settings>(
    key: K,
    change: (value: Settings[K]) => Settings[K],
  ): Promise<void>;
}

/**
 * Settings are stored one record per key so two pages changing different
 * settings never overwrite each other.
 */
export function createSettingsRepository(db: FeedforwardDatabase): SettingsRepository {
  return {
    async get(key) {
      const record = await db.settings.get(key);
      return record === undefined ? defaultOf(key) : (record.value as Settings[typeof key]);
    },
    async set(key, value) {
      await db.settings.put({ key, value });
    },
    async update(key, change) {
      await db.transaction('rw', db.settings, async () => {
        const record = await db.settings.get(key);
        const value =
          record === undefined ? DEFAULT_SETTINGS[key] : (record.value as Settings[typeof key]);
        await db.settings.put({ key, value: change(value) });
      });
    },
  };
}
