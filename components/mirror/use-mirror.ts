import { useEffect, useState } from 'preact/hooks';
import {
  addActivityToGrid,
  addItemsToGrid,
  emptyStrategyGrid,
  type StrategyGrid,
} from '../../utils/analytics/key-strategies';
import {
  addToMirror,
  emptyMirror,
  type MirrorItem,
  type MirrorRow,
  mirrorRows,
} from '../../utils/analytics/mirror';
import type { Granularity } from '../../utils/analytics/periods';
import { schoolYearRange } from '../../utils/model/school-year';
import type { TemplateLang } from '../../utils/model/templates';
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

/**
 * The rules flagged on an item's saved text: its trail's, else the rules
 * run over its text now (items saved before the trail was recorded).
 */
function savedFindings(engine: ReviewEngine, lang: TemplateLang) {
  return (item: MirrorItem): readonly string[] =>
    item.reviewTrail?.atSave ??
    engine.checkFeedback({ parts: item.parts }, { lang }).map((finding) => finding.rule);
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
      const findings = savedFindings(engine, lang);
      for await (const page of repos.feedback.pagesWrittenIn(range, { studentIds })) {
        if (!current) return;
        addToMirror(tally, page, findings);
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
