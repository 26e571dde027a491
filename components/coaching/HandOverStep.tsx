import { useId, useState } from 'preact/hooks';
import { buildVisitFile, visitFileName } from '../../utils/coaching/visit-file';
import { useI18n } from '../../utils/i18n/context';
import type { VisitRecord } from '../../utils/model/records';
import { downloadTextFile } from '../../utils/panel/adapters/download';

/**
 * Handing the notes to the colleague: as a file their own Feedforward
 * imports, or printed (or saved as PDF) from the print layout of the
 * visit. Nothing goes over a network.
 */
export function HandOverStep(props: { visit: VisitRecord }) {
  const { t } = useI18n();
  const id = useId();
  const [saved, setSaved] = useState<string | null>(null);
  const exportFile = () => {
    const name = visitFileName(props.visit);
    downloadTextFile(name, `${JSON.stringify(buildVisitFile(props.visit, new Date()), null, 2)}\n`);
    setSaved(name);
  };
  return (
    <section class="visit-step" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('visitStepHandOver')}</h3>
      <p class="hint">{t('handOverIntro')}</p>
      <div class="actions">
        <button type="button" onClick={exportFile}>
          {t('handOverExport')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('handOverPrint')}
        </button>
      </div>
      <p class="status" role="status">
        {saved && t('handOverExported', { file: saved })}
      </p>
    </section>
  );
}
