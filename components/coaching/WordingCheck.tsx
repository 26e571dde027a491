import { useId, useState } from 'preact/hooks';
import { checkCoachNotes } from '../../utils/coaching/note-checks';
import type { Finding } from '../../utils/feedback/rules';
import { useI18n } from '../../utils/i18n/context';

/** A finding with the text it was found in, so the match reads in its place. */
interface NoteFinding {
  key: string;
  finding: Finding;
}

/**
 * The review engine's sweeping and teacher-centred checks, run on request
 * over the coach's own texts (their notes and reflection): a nudge towards
 * describing what was seen rather than judging or advising.
 */
export function WordingCheck(props: { texts: readonly string[] }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [found, setFound] = useState<NoteFinding[] | null>(null);
  const run = () =>
    setFound(
      props.texts.flatMap((text, index) =>
        checkCoachNotes(text, locale).map((finding, position) => ({
          key: `${index}-${position}`,
          finding,
        })),
      ),
    );
  return (
    <div class="wording-check">
      <button type="button" aria-describedby={`${id}-result`} onClick={run}>
        {t('notesCheck')}
      </button>
      <div id={`${id}-result`} role="status">
        {found !== null &&
          (found.length === 0 ? (
            <p class="status">{t('notesCheckNone')}</p>
          ) : (
            <ul class="wording-findings">
              {found.map(({ key, finding }) => (
                <li key={key}>
                  <strong>{t('notesCheckFound', { match: finding.match ?? '' })}</strong>{' '}
                  {t(finding.explanationKey)} {t(finding.suggestionKey)}
                </li>
              ))}
            </ul>
          ))}
      </div>
    </div>
  );
}
