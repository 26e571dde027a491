import { useId, useState } from 'preact/hooks';
import { feedbackLogCsv } from '../../utils/feedback/feedback-log-csv';
import { useI18n } from '../../utils/i18n/context';
import { downloadTextFile } from '../../utils/panel/adapters/download';
import { useAppServices } from '../../utils/panel/services/context';
import { toDateInput } from '../../utils/text/date-input';

/** The feedback log as a CSV download, headers in the interface language. */
export function FeedbackLogExport() {
  const { t, plural, locale } = useI18n();
  const { repos } = useAppServices();
  const id = useId();
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);

  const download = async () => {
    try {
      const [feedback, documents, students, groups, assignments] = await Promise.all([
        repos.feedback.all(),
        repos.documents.all(),
        repos.students.all(),
        repos.groups.all(),
        repos.assignments.all(),
      ]);
      const csv = feedbackLogCsv({ feedback, documents, students, groups, assignments }, t, locale);
      const file = `feedforward-feedback-log-${toDateInput(Date.now())}.csv`;
      downloadTextFile(file, csv, 'text/csv;charset=utf-8');
      const count = feedback.filter((item) => item.status !== 'draft').length;
      setMessage({ text: plural('backupCsvExported', count, { file }), failed: false });
    } catch (error) {
      setMessage({ text: t('backupExportFailed', { reason: String(error) }), failed: true });
    }
  };

  return (
    <section class="feedback-log" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('backupCsvHeading')}</h3>
      <p class="hint">{t('backupCsvHint')}</p>
      <div class="actions">
        <button type="button" onClick={() => void download()}>
          {t('backupCsvExport')}
        </button>
      </div>
      {message && (
        <p class={message.failed ? 'warning' : 'status'} role={message.failed ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
