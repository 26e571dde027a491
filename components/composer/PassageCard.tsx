import { useI18n } from '../../utils/i18n/context';
import type { Anchor } from '../../utils/model/anchor';
import { passageFromPastedText } from '../../utils/panel/logic/pasted-passage';
import { compactText } from '../../utils/text/compact';

const MAX_QUOTE_LENGTH = 400;

/**
 * The passage the next feedback item will be about, or a hint to select
 * one. Where the page cannot show the panel the teacher's selection (Google
 * Docs in copy-and-paste mode), `onPaste` offers a field to paste the
 * passage into instead.
 */
export function PassageCard(props: {
  passage: Anchor | null;
  onClear(): void;
  onPaste?: (anchor: Anchor) => void;
}) {
  const { t } = useI18n();
  const { onPaste } = props;
  return (
    <section class="passage" aria-labelledby="passage-heading">
      <h2 id="passage-heading" class="visually-hidden">
        {t('passageHeading')}
      </h2>
      {props.passage ? (
        <div class="passage-body">
          <blockquote class="quote" data-testid="selected-quote">
            {compactText(props.passage.quote.exact, MAX_QUOTE_LENGTH)}
          </blockquote>
          <button type="button" class="link" onClick={props.onClear}>
            {t('passageClear')}
          </button>
        </div>
      ) : (
        <p class="hint">{t('passageNone')}</p>
      )}
      {onPaste && !props.passage && (
        <label class="passage-paste">
          {t('docsPastePassage')}
          <textarea
            rows={2}
            placeholder={t('docsPastePassageHint')}
            onPaste={(event) => {
              const anchor = passageFromPastedText(
                event.clipboardData?.getData('text/plain') ?? '',
              );
              if (!anchor) return;
              event.preventDefault();
              onPaste(anchor);
            }}
          />
        </label>
      )}
    </section>
  );
}
