import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import { useAppServices } from '../../utils/panel/services/context';

/**
 * Whether the browser will keep the data when the disk fills up, in plain
 * words, and a way to ask for it. The extension's permission to store
 * without limit already protects it: Chrome then never evicts it and still
 * answers "not persisted", so that answer is not shown; Firefox also marks
 * it persistent once the background asks, and that is said too. Without
 * the permission the browser's own answer is shown as it gives it.
 */
export function PersistentStorage() {
  const { storage } = useAppServices();
  const { t } = useI18n();
  const [persisted, setPersisted] = useState<boolean | null | undefined>(undefined);
  const [unlimited, setUnlimited] = useState(false);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void Promise.all([storage.persisted().catch(() => null), storage.unlimited()]).then(
      ([persisted, unlimited]) => {
        setUnlimited(unlimited);
        setPersisted(persisted);
      },
    );
  }, [storage]);

  const ask = async () => {
    const granted = await storage.persist().catch(() => null);
    setPersisted(granted === null ? await storage.persisted().catch(() => null) : granted);
    setRefused(granted === false);
  };

  if (persisted === undefined) return null;
  return (
    <section class="persistence" aria-labelledby="storage-persist-heading">
      <h3 id="storage-persist-heading">{t('storagePersistHeading')}</h3>
      <p data-testid="storage-persistence" role="status">
        {unlimited
          ? persisted === true
            ? t('storageProtectedAndPersisted')
            : t('storageProtectedByPermission')
          : persisted === true
            ? t('storagePersisted')
            : persisted === false
              ? t('storageNotPersisted')
              : t('storagePersistUnknown')}
      </p>
      {persisted !== true && !unlimited && (
        <>
          <button type="button" onClick={() => void ask()} aria-describedby="storage-persist-why">
            {t('storagePersistButton')}
          </button>
          <p class="hint" id="storage-persist-why">
            {t('storagePersistExplain')}
          </p>
          {refused && <p role="status">{t('storagePersistRefused')}</p>}
        </>
      )}
    </section>
  );
}
