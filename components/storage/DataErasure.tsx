import { rememberedNames } from '../../utils/coaching/pairs';
import { useI18n } from '../../utils/i18n/context';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import { ConfirmRemoval } from './ConfirmRemoval';
import { TargetedRemoval } from './TargetedRemoval';

/**
 * The right to erasure: everything about one student, everything about one
 * colleague (the co-coaching visits that name them), or all data, each
 * confirmed after seeing what goes and summarised after.
 */
export function DataErasure() {
  const { repos } = useAppServices();
  const { t } = useI18n();
  const students = useLiveQuery(() => repos.students.all(), [repos]).data ?? [];
  const visits = useLiveQuery(() => repos.visits.all(), [repos]).data ?? [];
  return (
    <>
      <section aria-labelledby="storage-erase-student-heading">
        <h3 id="storage-erase-student-heading">{t('storageEraseStudentHeading')}</h3>
        <p>{t('storageEraseStudentIntro')}</p>
        <TargetedRemoval
          label={t('storageChooseStudent')}
          options={[...students]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((student) => ({ value: student.id, label: student.name }))}
          targetOf={(studentId) => ({ kind: 'student', studentId })}
          startLabel={t('storageEraseStudentHeading')}
        />
      </section>
      <section aria-labelledby="storage-erase-colleague-heading">
        <h3 id="storage-erase-colleague-heading">{t('storageEraseColleagueHeading')}</h3>
        <p>{t('storageEraseColleagueIntro')}</p>
        <TargetedRemoval
          label={t('storageChooseColleague')}
          options={rememberedNames(visits).colleagues.map((name) => ({ value: name, label: name }))}
          targetOf={(name) => ({ kind: 'colleague', name })}
          startLabel={t('storageEraseColleagueHeading')}
        />
      </section>
      <section aria-labelledby="storage-erase-all-heading">
        <h3 id="storage-erase-all-heading">{t('storageEraseAllHeading')}</h3>
        <p>{t('storageEraseAllIntro')}</p>
        <ConfirmRemoval
          startLabel={t('storageEraseAllButton')}
          preview={() => repos.cleanUp.previewAll()}
          remove={() => repos.cleanUp.eraseAll()}
        />
      </section>
    </>
  );
}
