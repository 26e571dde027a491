import * as v from 'valibot';
import { AnchorSchema } from './anchor';
import { FeedbackLevelSchema } from './feedback';
import { IdSchema, MAX_LONG_TEXT, UrlTextSchema } from './fields';

/**
 * The passages of a document's feedback as they travel between the panel and
 * the page: the teacher's selection, the saved items to find and mark, and
 * what the page found.
 */

/** The passage the teacher selected, described so it can be found again. */
export const PageSelectionSchema = v.strictObject({
  anchor: AnchorSchema,
  /**
   * The key of the document the selection was made in, so a panel still on
   * the previous document of a single-page app never takes it for its own.
   */
  documentKey: UrlTextSchema,
});
export type PageSelection = v.InferOutput<typeof PageSelectionSchema>;

/** The highlight colours: the default set, or one that stays distinct for colour-blind readers. */
export const HIGHLIGHT_PALETTE_NAMES = ['standard', 'colourBlind'] as const;
export const HighlightPaletteSchema = v.picklist(HIGHLIGHT_PALETTE_NAMES);
export type HighlightPalette = v.InferOutput<typeof HighlightPaletteSchema>;

/** One saved item's passage, as the panel hands it to the page to find and mark. */
export const PlacedItemSchema = v.strictObject({
  id: IdSchema,
  anchor: AnchorSchema,
  /** The level of the item's main part; decides the highlight colour. */
  level: FeedbackLevelSchema,
});
export type PlacedItem = v.InferOutput<typeof PlacedItemSchema>;

/**
 * Where an item's passage stands in the page: found, gone from the text, or
 * `invalid` — the item's saved passage could not be read (damaged, or from an
 * old backup), so the page could not even look for it.
 */
export const ANCHOR_STATUSES = ['anchored', 'orphaned', 'invalid'] as const;
export const AnchorReportSchema = v.strictObject({
  id: IdSchema,
  status: v.picklist(ANCHOR_STATUSES),
  /**
   * For a found passage, the text it covers now, in the form quotes are
   * stored in: the panel compares it with the stored quote to tell the
   * teacher the student has revised it. Left out when it is too long to send.
   */
  text: v.optional(v.pipe(v.string(), v.maxLength(MAX_LONG_TEXT))),
});
export type AnchorReport = v.InferOutput<typeof AnchorReportSchema>;

/**
 * The report for a passage found in the page, with the text it covers now;
 * a passage longer than a report may carry goes without its text rather
 * than cut short (a cut text would read as a revision).
 */
export function foundReport(id: string, text: string): AnchorReport {
  return text.length <= MAX_LONG_TEXT
    ? { id, status: 'anchored', text }
    : { id, status: 'anchored' };
}

/** Most items one request may ask the page to place: keeps a forged or runaway message cheap. */
export const MAX_PLACED_ITEMS = 5000;

/** What the page found for a placement, one report per item (so no more than it may place). */
export const AnchorReportsSchema = v.strictObject({
  reports: v.pipe(v.array(AnchorReportSchema), v.maxLength(MAX_PLACED_ITEMS)),
});

/**
 * Checks the items of a placement one by one, so that one damaged item never
 * keeps the others from being placed: the readable ones are returned to be
 * placed, and every unreadable one that still has an id is reported `invalid`
 * (the panel counts those for the teacher). An entry without even an id
 * cannot be one of the panel's items and is left out.
 */
export function readPlacedItems(entries: readonly unknown[]): {
  items: PlacedItem[];
  unreadable: AnchorReport[];
} {
  const items: PlacedItem[] = [];
  const unreadable: AnchorReport[] = [];
  for (const entry of entries) {
    const item = v.safeParse(PlacedItemSchema, entry);
    if (item.success) items.push(item.output);
    else {
      // Enough of the item to name it in a report, when the rest cannot be read.
      const id = v.safeParse(IdSchema, (entry as { id?: unknown } | null)?.id);
      if (id.success) unreadable.push({ id: id.output, status: 'invalid' });
    }
  }
  return { items, unreadable };
}

/**
 * True when two report lists say the same, so an unchanged page does not
 * wake the panel; a found passage whose text changed counts as a change, so
 * the panel sees the student's revision as it is typed.
 */
export function sameReports(a: readonly AnchorReport[], b: readonly AnchorReport[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (report, index) =>
        report.id === b[index]?.id &&
        report.status === b[index]?.status &&
        report.text === b[index]?.text,
    )
  );
}

/** The teacher pointed at or clicked a highlighted passage: the panel brings that item into view. */
export const HighlightActivationSchema = v.strictObject({
  id: IdSchema,
  how: v.picklist(['hover', 'click']),
});
export type HighlightActivation = v.InferOutput<typeof HighlightActivationSchema>;
