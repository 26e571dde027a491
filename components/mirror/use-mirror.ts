import { useEffect, useRef, useState } from 'preact/hooks';
import {
  addActivityToGrid,
  addItemsToGrid,
  emptyStrategyGrid,
  type StrategyGrid,
} from '../../utils/analytics/key-strategies';
import { addToMirror, emptyMirror, type MirrorRow, mirrorRows } from '../../utils/analytics/mirror';
import type { Granularity } from '../../utils/analytics/periods';
import type { FeedbackItemRecord } from '../../utils/model/records';
import { schoolYearRange } from '../../utils/model/school-year';
import type { TemplateLang } from '../../utils/model/templates';
import { nextTask } from '../../utils/panel/adapters/next-task';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';

/** What the teacher chose to look at. */
export interface MirrorChoice {
  schoolYear: string;
  granularity: Granularity;
  /** One class, or null for all of the teacher's feedback. */
  groupId: string | null;
}

/** The mirror as read: its rows and the key-strategies grid, or where reading stands. */
export type MirrorState =
  | { kind: 'loading' }
  | { kind: 'failed'; reason: string }
  | { kind: 'ready'; rows: MirrorRow[]; grid: StrategyGrid };

type ReviewEngine = typeof import('../../utils/feedback/review-engine');

/** Items whose text the rules read between two pauses, so the page keeps answering. */
const CHECKS_PER_SLICE = 25;

/** What the rules said about an item's saved text, by id and time of its last change. */
type FindingsCache = Map<string, readonly string[]>;

/**
 * The rules flagged on each item's saved text: its trail's, else the rules
 * run over its text (items saved before the trail was kept). Running the
 * rules takes about a millisecond an item, so it is done in slices with
 * pauses between them, and remembered in `cache` for the next read.
 */
async function savedFindings(
  page: readonly FeedbackItemRecord[],
  engine: ReviewEngine,
  lang: TemplateLang,
  cache: FindingsCache,
): Promise<(item: FeedbackItemRecord) => readonly string[]> {
  const key = (item: FeedbackItemRecord) => `${item.id}:${item.updatedAt}:${lang}`;
  const unread = page.filter((item) => !item.reviewTrail && !cache.has(key(item)));
  for (let start = 0; start < unread.length; start += CHECKS_PER_SLICE) {
    for (const item of unread.slice(start, start + CHECKS_PER_SLICE)) {
      const rules = engine.checkFeedback({ parts: item.parts }, { lang });
      cache.set(
        key(item),
        rules.map((finding) => finding.rule),
      );
    }
    await nextTask();
  }
  return (item) => item.reviewTrail?.atSave ?? cache.get(key(item)) ?? [];
}

/**
 * Reads the mirror for one school year and class a page of items at a
 * time from the database's indexes (never every item at once) and reads it
 * again whenever feedback is saved anywhere. `lang` is the language the
 * rules read older items' text in.
 */
export function useMirror(choice: MirrorChoice, lang: TemplateLang): MirrorState {
  const { repos } = useAppServices();
  const [state, setState] = useState<MirrorState>({ kind: 'loading' });
  const cache = useRef<FindingsCache>(new Map());
  const revision = useLiveQuery(() => repos.feedback.revision(), [repos]).data;
  const { schoolYear, granularity, groupId } = choice;

  useEffect(() => {
    let current = true;
    const read = async () => {
      const range = schoolYearRange(schoolYear);
      const engine = await import('../../utils/feedback/review-engine');
      const students = groupId ? await repos.students.listByGroup(groupId) : undefined;
      const studentIds = students?.map((student) => student.id);
      const tally = emptyMirror(granularity);
      const grid = emptyStrategyGrid();
      for await (const page of repos.feedback.pagesWrittenIn(range, { studentIds })) {
        if (!current) return;
        addToMirror(tally, page, await savedFindings(page, engine, lang, cache.current));
        addItemsToGrid(grid, page);
      }
      const inClass = new Set(studentIds);
      const activity = await repos.activity.between(range.from, range.to - 1);
      addActivityToGrid(
        grid,
        groupId
          ? activity.filter(
              (entry) =>
                entry.groupId === groupId ||
                (entry.studentId !== undefined && inClass.has(entry.studentId)),
            )
          : activity,
      );
      if (current) setState({ kind: 'ready', rows: mirrorRows(tally), grid });
    };
    read().catch((error: unknown) => {
      if (current)
        setState({
          kind: 'failed',
          reason: error instanceof Error ? error.message : String(error),
        });
    });
    return () => {
      current = false;
    };
  }, [repos, schoolYear, granularity, groupId, lang, revision]);

  return state;
}
