import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FeedbackLevel } from '../../utils/model/feedback';
import type {
  AnchorReport,
  HighlightActivation,
  HighlightPalette,
  PlacedItem,
} from '../../utils/model/page';
import type { FeedbackItemRecord } from '../../utils/model/records';
import type { PageConnection } from '../../utils/panel/adapters/page-connection';
import type { PassageTextOf } from './passage-texts';

/** Where an item's passage stands in the page: found, gone, unreadable, or not yet asked. */
export type AnchorStatus = AnchorReport['status'] | 'unknown';

/** A highlighted passage the teacher pointed at or clicked, numbered so a repeat click counts. */
export interface Activation extends HighlightActivation {
  seq: number;
}

/** The level that colours an item's passage: its first part with text (its main point). */
function mainLevel(item: FeedbackItemRecord): FeedbackLevel {
  return (item.parts.find((part) => part.text.trim() !== '') ?? item.parts[0])?.level ?? 'task';
}

function toMap(reports: readonly AnchorReport[]): ReadonlyMap<string, AnchorReport> {
  return new Map(reports.map((report) => [report.id, report]));
}

/**
 * Keeps the page's marks in step with the document's saved feedback: sends
 * every passage to the page whenever the items or the colours change, and
 * learns which passages were found (also when the page's text changes
 * later), with the text each found passage covers now. Also reports which
 * highlight the teacher pointed at or clicked.
 */
export function usePlacement(
  page: PageConnection,
  items: readonly FeedbackItemRecord[] | undefined,
  palette: HighlightPalette,
): {
  statusOf(id: string): AnchorStatus;
  /** The text an item's found passage covers now; undefined while it is not found. */
  textOf: PassageTextOf;
  activation: Activation | null;
} {
  const [statuses, setStatuses] = useState<ReadonlyMap<string, AnchorReport>>(new Map());
  const [activation, setActivation] = useState<Activation | null>(null);

  // The list is read again on every draft the composer stores (twice a second
  // while the teacher types), each time as a new array with the same items.
  // The page re-anchors and repaints the whole document per request, so it is
  // asked only when a passage, an item or its colour actually changed.
  const placed = useMemo<PlacedItem[] | undefined>(
    () =>
      items?.flatMap((item) =>
        item.anchor ? [{ id: item.id, anchor: item.anchor, level: mainLevel(item) }] : [],
      ),
    [items],
  );
  const placedKey = placed && JSON.stringify(placed);
  const latestPlaced = useRef(placed);
  latestPlaced.current = placed;

  useEffect(() => {
    const current = latestPlaced.current;
    if (!current) return;
    let live = true;
    page
      .request('page/place', { items: current, palette })
      .then(({ reports }) => {
        if (live) setStatuses(toMap(reports));
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [page, placedKey, palette]);

  useEffect(() => {
    let seq = 0;
    const offChanged = page.on('page/anchorsChanged', ({ reports }) => setStatuses(toMap(reports)));
    const offActivated = page.on('page/highlightActivated', ({ id, how }) => {
      seq += 1;
      setActivation({ id, how, seq });
    });
    return () => {
      offChanged();
      offActivated();
    };
  }, [page]);

  return {
    statusOf: (id) => statuses.get(id)?.status ?? 'unknown',
    textOf: (id) => statuses.get(id)?.text,
    activation,
  };
}
