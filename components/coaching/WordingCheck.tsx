import { useId, useMemo, useState } from 'preact/hooks';
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
 * describing what was seen rather than judging or advising. Once asked
 * for, the result follows the texts as they are saved, so pressing the
 * button straight after typing (which saves the field) checks what was typed.
 */
export function WordingCheck(props: { texts: readonly string[] }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [asked, setAsked] = useState(false);
  // The texts as one value, so the result is worked out again only when one changes.
  const textsKey = props.texts.join('\u0000');
  const found = useMemo<NoteFinding[] | null>(
    () =>
      asked
        ? props.texts.flatMap((text, index) =>
            checkCoachNotes(text, locale).map((finding, position) => ({
              key: `${index}-${position}`,
              finding,
            })),
          )
        : null,
    [asked, locale, textsKey],
  );
  return (
    <div class="wording-check">
      <button type="button" aria-describedby={`${id}-result`} onClick={() => setAsked(true)}>
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
