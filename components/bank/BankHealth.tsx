import { useId, useMemo } from 'preact/hooks';
import { computeBankHealth, missedSearchesFor } from '../../utils/feedback/bank-health';
import { LEVEL_LABELS, QUESTION_LABELS } from '../../utils/feedback/labels';
import { useI18n } from '../../utils/i18n/context';
import { FEEDBACK_LEVELS } from '../../utils/model/feedback';
import type { TemplateRecord } from '../../utils/model/records';
import type { TemplateLang } from '../../utils/model/templates';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';

/**
 * Where the bank of this language is thin: a question × level grid with the
 * visible templates and how many of them were ever used (empty cells and
 * cells with nothing used are marked in words, not only by colour), and the
 * searches that found nothing.
 */
export function BankHealth(props: {
  templates: TemplateRecord[] | undefined;
  templateLang: TemplateLang;
}) {
  const { t } = useI18n();
  const { repos } = useAppServices();
  const id = useId();
  const grid = useMemo(
    () => computeBankHealth(props.templates ?? [], props.templateLang),
    [props.templates, props.templateLang],
  );
  const missedSetting = useLiveQuery(() => repos.missedSearches.list(), [repos]).data;
  const missed = useMemo(
    () => (missedSetting ? missedSearchesFor(missedSetting, props.templateLang) : undefined),
    [missedSetting, props.templateLang],
  );

  return (
    <section class="bank-health" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('bankHealthHeading')}</h2>
      <p id={`${id}-hint`} class="hint">
        {t('bankHealthHint')}
      </p>
      {props.templates !== undefined && (
        <table
          class="health-grid"
          aria-labelledby={`${id}-heading`}
          aria-describedby={`${id}-hint`}
        >
          <thead>
            <tr>
              <td />
              {FEEDBACK_LEVELS.map((level) => (
                <th key={level} scope="col">
                  {t(LEVEL_LABELS[level])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row) => (
              <tr key={row.question}>
                <th scope="row">{t(QUESTION_LABELS[row.question])}</th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.level}
                    class={`health-cell health-${cell.state}`}
                    data-question={cell.question}
                    data-level={cell.level}
                    data-state={cell.state}
                  >
                    <span>{t('bankHealthCell', { count: cell.count, used: cell.used })}</span>
                    {cell.state === 'empty' && (
                      <strong class="warning"> {t('bankHealthEmpty')}</strong>
                    )}
                    {cell.state === 'notUsed' && <em class="hint"> {t('bankHealthNotUsed')}</em>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 id={`${id}-missed`}>{t('bankMissedHeading')}</h3>
      {missed !== undefined &&
        (missed.length === 0 ? (
          <p class="hint">{t('bankMissedNone')}</p>
        ) : (
          <ul class="missed-searches" aria-labelledby={`${id}-missed`}>
            {missed.map((entry) => (
              <li key={entry.query}>
                {t('bankMissedCount', { query: entry.query, count: entry.count })}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
