import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import { formatBytes, formatPercent } from '../../utils/i18n/index';
import type { StorageProbe } from '../../utils/panel/adapters/storage-probe';
import {
  roomLeft,
  type StorageEstimate,
  type StorageThresholds,
} from '../../utils/storage/thresholds';
import { StorageWarning, type StorageWarningLinks } from './StorageWarning';

/**
 * How much of the browser's storage the teacher's data uses. Measured again
 * whenever `revision` changes (after each save), not on every keystroke.
 * With `warning`, it warns past the teacher's thresholds and links the ways out.
 */
export function StorageMeter(props: {
  probe: StorageProbe;
  revision: unknown;
  warning?: { thresholds: StorageThresholds; links: StorageWarningLinks };
}) {
  const { t, locale } = useI18n();
  const [estimate, setEstimate] = useState<StorageEstimate | null | undefined>(undefined);

  useEffect(() => {
    let current = true;
    props.probe
      .estimate()
      .catch(() => null)
      .then((value) => {
        if (current) setEstimate(value);
      });
    return () => {
      current = false;
    };
  }, [props.probe, props.revision]);

  // While the browser is asked, the meter keeps its place (empty), so what is
  // below it does not move when the figure arrives.
  return (
    <section class="storage" aria-labelledby="storage-heading" aria-busy={estimate === undefined}>
      <h2 id="storage-heading">{t('storageHeading')}</h2>
      {estimate === undefined ? (
        <>
          <meter min={0} max={1} aria-labelledby="storage-heading" />
          <p aria-hidden="true">&nbsp;</p>
        </>
      ) : estimate ? (
        <>
          <meter
            min={0}
            max={estimate.quota}
            value={estimate.usage}
            aria-labelledby="storage-heading"
          />
          <p data-testid="storage-usage">
            {estimate.unlimited
              ? t('storageUsageUnlimited', {
                  used: formatBytes(estimate.usage, locale),
                  room: formatBytes(roomLeft(estimate), locale),
                })
              : t('storageUsage', {
                  used: formatBytes(estimate.usage, locale),
                  available: formatBytes(estimate.quota, locale),
                  percent: formatPercent(
                    estimate.quota > 0 ? estimate.usage / estimate.quota : 0,
                    locale,
                  ),
                })}
          </p>
          {props.warning && (
            <StorageWarning
              estimate={estimate}
              thresholds={props.warning.thresholds}
              links={props.warning.links}
            />
          )}
        </>
      ) : (
        <p class="hint">{t('storageUnavailable')}</p>
      )}
    </section>
  );
}
