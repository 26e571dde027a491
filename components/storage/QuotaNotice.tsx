import { useI18n } from '../../utils/i18n/context';

/**
 * Said when a write failed because storage is full: the text is safe in the
 * composer, where to free space, and a retry (which also happens by itself).
 */
export function QuotaNotice(props: {
  during: 'save' | 'draft';
  overviewUrl: string;
  onRetry(): void;
}) {
  const { t } = useI18n();
  return (
    <div class="quota-notice" role="alert" data-testid="quota-notice">
      <p>{t(props.during === 'save' ? 'storageQuotaSaveFailed' : 'storageQuotaDraftFailed')}</p>
      <p class="actions">
        <a href={props.overviewUrl} target="_blank" rel="noopener">
          {t('storageOpenOverview')}
        </a>{' '}
        <button type="button" onClick={props.onRetry}>
          {t('storageRetry')}
        </button>
      </p>
    </div>
  );
}
