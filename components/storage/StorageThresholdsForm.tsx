import { useEffect, useId, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import { useSetting } from '../../utils/panel/hooks/use-setting';
import { useAppServices } from '../../utils/panel/services/context';

type Status = 'idle' | 'saved' | 'invalid';

/** A share as a whole percentage for the input. */
const toPercent = (share: number) => String(Math.round(share * 100));

/** One labelled percentage input. */
function PercentField(props: {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        min={1}
        max={100}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}

/** Where the teacher sets when the warnings start, as percentages of the available storage. */
export function StorageThresholdsForm() {
  const { repos } = useAppServices();
  const { t } = useI18n();
  const id = useId();
  const thresholds = useSetting('storageThresholds');
  const [warn, setWarn] = useState(toPercent(thresholds.warn));
  const [critical, setCritical] = useState(toPercent(thresholds.critical));
  const [status, setStatus] = useState<Status>('idle');

  useEffect(() => {
    setWarn(toPercent(thresholds.warn));
    setCritical(toPercent(thresholds.critical));
  }, [thresholds.warn, thresholds.critical]);

  const save = async (event: Event) => {
    event.preventDefault();
    const [low, high] = [Number(warn), Number(critical)];
    const valid = low >= 1 && high <= 100 && low < high;
    if (!valid) {
      setStatus('invalid');
      return;
    }
    await repos.settings.set('storageThresholds', { warn: low / 100, critical: high / 100 });
    setStatus('saved');
  };

  return (
    <form
      class="thresholds"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => void save(event)}
    >
      <h3 id={`${id}-heading`}>{t('storageThresholdsHeading')}</h3>
      <PercentField
        id={`${id}-warn`}
        label={t('storageThresholdWarn')}
        value={warn}
        onInput={setWarn}
      />
      <PercentField
        id={`${id}-critical`}
        label={t('storageThresholdCritical')}
        value={critical}
        onInput={setCritical}
      />
      <button type="submit">{t('storageThresholdsSave')}</button>
      <p role={status === 'invalid' ? 'alert' : 'status'}>
        {status === 'saved' && t('storageThresholdsSaved')}
        {status === 'invalid' && t('storageThresholdsInvalid')}
      </p>
    </form>
  );
}
