import { useI18n } from '../../utils/i18n/context';
import type { Anchor } from '../../utils/model/anchor';
import { compactText } from '../../utils/text/compact';

const MAX_QUOTE_LENGTH = 400;

/** The passage the next feedback item will be about, or a hint to select one. */
export function PassageCard(props: { passage: Anchor | null; onClear(): void }) {
  const { t } = useI18n();
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
    </section>
  );
}
