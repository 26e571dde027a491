/** Types for `large-backup.mjs` (plain ESM, so that Node scripts run it as is). */

/** The backup file's text with `count` feedback items copied from its first one. */
export declare function grownBackup(text: string, count: number): string;
