import { useEffect, useId, useState } from 'preact/hooks';
import { VISIT_MINUTES } from '../../utils/coaching/follow-up';
import { useI18n } from '../../utils/i18n/context';
import { formatMinutesSeconds } from '../../utils/i18n/index';

const MINUTE_MS = 60_000;

/**
 * The time spent in the room, against the model's 10–15 minutes: a clock
 * and a bar, and a quiet message when ten and fifteen minutes have passed.
 * Kept on this page only; a visit's length is not stored.
 */
export function VisitTimer(props: { now?: () => number }) {
  const { t, locale } = useI18n();
  const id = useId();
  const now = props.now ?? Date.now;
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [at, setAt] = useState(now);
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setAt(now()), 1000);
    return () => clearInterval(timer);
  }, [startedAt]);
  const elapsed = startedAt === null ? 0 : Math.max(0, at - startedAt);
  const passed =
    elapsed >= VISIT_MINUTES.to * MINUTE_MS
      ? t('timerFifteen')
      : elapsed >= VISIT_MINUTES.from * MINUTE_MS
        ? t('timerTen')
        : '';
  return (
    <section class="visit-timer" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('timerHeading')}</h4>
      <p class="hint">{t('timerHint')}</p>
      <div class="actions">
        <span class="timer-clock" role="timer" aria-labelledby={`${id}-heading`}>
          {formatMinutesSeconds(elapsed, locale)}
        </span>
        <progress
          max={VISIT_MINUTES.to * 60}
          value={Math.floor(elapsed / 1000)}
          aria-hidden="true"
        />
        <button
          type="button"
          onClick={() => {
            if (startedAt === null) {
              const start = now();
              setStartedAt(start);
              setAt(start);
            } else setStartedAt(null);
          }}
        >
          {startedAt === null ? t('timerStart') : t('timerStop')}
        </button>
      </div>
      <p class="status" role="status">
        {passed}
      </p>
    </section>
  );
}
