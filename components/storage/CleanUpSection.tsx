import { useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import { LabelledSelect } from '../ui/LabelledSelect';
import { TargetedRemoval } from './TargetedRemoval';

type By = 'schoolYear' | 'group';

/**
 * Freeing space by deleting a past school year or a class, after exporting
 * a backup. Deleting is the only thing offered here because it is the only
 * thing that frees space.
 */
export function CleanUpSection(props: { schoolYears: string[]; backupHref: string }) {
  const { repos } = useAppServices();
  const { t } = useI18n();
  const [by, setBy] = useState<By>('schoolYear');
  const groups = useLiveQuery(() => repos.groups.all(), [repos]).data ?? [];
  return (
    <section aria-labelledby="storage-cleanup-heading">
      <h3 id="storage-cleanup-heading">{t('storageCleanUpHeading')}</h3>
      <p>{t('storageCleanUpIntro')}</p>
      <p>
        <a href={props.backupHref}>{t('storageExportBackup')}</a>
      </p>
      <LabelledSelect<By>
        label={t('storageCleanUpBy')}
        value={by}
        onChange={setBy}
        options={[
          { value: 'schoolYear', label: t('storageBySchoolYear') },
          { value: 'group', label: t('storageByGroup') },
        ]}
      />
      {by === 'schoolYear' ? (
        <TargetedRemoval
          label={t('storageChooseSchoolYear')}
          options={props.schoolYears.map((year) => ({ value: year, label: year }))}
          targetOf={(schoolYear) => ({ kind: 'schoolYear', schoolYear })}
          startLabel={t('storagePreview')}
        />
      ) : (
        <TargetedRemoval
          label={t('storageChooseGroup')}
          options={groups.map((group) => ({
            value: group.id,
            label: group.schoolYear ? `${group.name} (${group.schoolYear})` : group.name,
          }))}
          targetOf={(groupId) => ({ kind: 'group', groupId })}
          startLabel={t('storagePreview')}
        />
      )}
    </section>
  );
}
