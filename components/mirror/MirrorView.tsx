import { useState } from 'preact/hooks';
import type { Granularity } from '../../utils/analytics/periods';
import { useI18n } from '../../utils/i18n/context';
import { schoolYearOf } from '../../utils/model/school-year';
import type { TemplateLang } from '../../utils/model/templates';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import { LabelledSelect } from '../ui/LabelledSelect';
import { MirrorFigures } from './MirrorFigures';
import { StrategyGrid } from './StrategyGrid';
import { type MirrorChoice, useMirror } from './use-mirror';

/** The choice of "all classes" in the class select. */
const ALL = '';

/**
 * The dashboard's Mirror tab: the teacher's own feedback over a school
 * year, by week or month, for all classes or one — how it spreads over the
 * levels and questions, what the items contain, what the review noticed in
 * the drafts, and which of the five key strategies the logged work reaches.
 * Worded as a description throughout: a mirror, never a grade.
 */
export function MirrorView(props: {
  /** The language the rules read older items in (the comment bank's). */
  templateLang: TemplateLang;
  /** The clock (tests pass their own): the current school year, the CSV's date. */
  now?: () => number;
}) {
  const { repos } = useAppServices();
  const { t } = useI18n();
  const now = props.now ?? Date.now;
  const [choice, setChoice] = useState<MirrorChoice>(() => ({
    schoolYear: schoolYearOf(now()),
    granularity: 'week',
    groupId: null,
  }));
  const years = useLiveQuery(() => repos.feedback.schoolYears(), [repos]).data ?? [];
  const groups = useLiveQuery(() => repos.groups.all(), [repos]).data ?? [];
  const mirror = useMirror(choice, props.templateLang);
  const yearOptions = [...new Set([...years, choice.schoolYear])].sort().reverse();

  return (
    <section class="mirror" aria-labelledby="mirror-heading">
      <h2 id="mirror-heading">{t('mirrorHeading')}</h2>
      <p class="hint">{t('mirrorIntro')}</p>
      <div class="mirror-choices">
        <LabelledSelect
          label={t('mirrorSchoolYear')}
          value={choice.schoolYear}
          options={yearOptions.map((year) => ({ value: year, label: year }))}
          onChange={(schoolYear) => setChoice((current) => ({ ...current, schoolYear }))}
        />
        <LabelledSelect<Granularity>
          label={t('mirrorGranularity')}
          value={choice.granularity}
          options={[
            { value: 'week', label: t('mirrorByWeek') },
            { value: 'month', label: t('mirrorByMonth') },
          ]}
          onChange={(granularity) => setChoice((current) => ({ ...current, granularity }))}
        />
        <LabelledSelect
          label={t('mirrorClass')}
          value={choice.groupId ?? ALL}
          options={[
            { value: ALL, label: t('mirrorAllClasses') },
            ...groups.map((group) => ({ value: group.id, label: group.name })),
          ]}
          onChange={(groupId) =>
            setChoice((current) => ({ ...current, groupId: groupId === ALL ? null : groupId }))
          }
        />
      </div>
      {mirror.kind === 'loading' && (
        <p class="status" role="status">
          {t('mirrorLoading')}
        </p>
      )}
      {mirror.kind === 'failed' && (
        <p class="error" role="alert">
          {t('mirrorFailed', { reason: mirror.reason })}
        </p>
      )}
      {mirror.kind === 'ready' && mirror.rows.length === 0 && (
        <p class="status" role="status">
          {t('mirrorEmpty')}
        </p>
      )}
      {mirror.kind === 'ready' && mirror.rows.length > 0 && (
        <MirrorFigures rows={mirror.rows} now={now} />
      )}
      {mirror.kind === 'ready' && <StrategyGrid grid={mirror.grid} />}
    </section>
  );
}
