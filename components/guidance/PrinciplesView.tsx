import { useId, useMemo } from 'preact/hooks';
import { servedPrinciples } from '../../utils/feedback/principles';
import { useI18n } from '../../utils/i18n/context';
import type { FeedbackItemRecord } from '../../utils/model/records';

/**
 * The four principles of assessment for learning, each shown as met or not
 * met by what was given on this document. The symbol is decoration; the
 * word says it, to everyone.
 */
export function PrinciplesView(props: { items: FeedbackItemRecord[]; involvementGiven: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const principles = useMemo(
    () => servedPrinciples(props.items, props.involvementGiven),
    [props.items, props.involvementGiven],
  );

  return (
    <section class="principles" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('principlesHeading')}</h2>
      <ul>
        {principles.map((principle) => (
          <li
            key={principle.key}
            class={`principle ${principle.met ? 'met' : 'not-met'}`}
            data-principle={principle.key}
            data-met={principle.met ? 'true' : 'false'}
          >
            <span class="principle-text">{t(principle.label)}</span>{' '}
            <span class="principle-state">
              <span aria-hidden="true">{principle.met ? '✓ ' : '○ '}</span>
              {principle.met ? t('checklistMet') : t('checklistNotMet')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
