import type { Ref } from 'preact';
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { LEVEL_LABELS } from '../../utils/feedback/labels';
import { useI18n } from '../../utils/i18n/context';
import type { FeedbackQuestion } from '../../utils/model/feedback';
import type { TemplateRecord } from '../../utils/model/records';
import { SearchField } from '../ui/SearchField';
import {
  filterQuery,
  type LevelFilter,
  type QuestionFilter,
  TemplateFilters,
} from './TemplateFilters';
import type { TemplateBank } from './use-template-bank';

const SHOWN_RESULTS = 30;
/** A search is logged as "found nothing" only once the teacher stopped typing for this long. */
const MISSED_SEARCH_DELAY_MS = 1500;

/**
 * The comment bank beside the composer: free-text search (tolerant of
 * missing diacritics and small typos) with question and level filters that
 * stay visible, the teacher's favourite and most used templates first.
 * Entirely keyboard-driven: ↑/↓ move, Enter inserts into the part being
 * written, Esc goes back to it.
 */
export function TemplatePicker(props: {
  bank: TemplateBank;
  /** The question of the part being written: the question filter follows it until changed here. */
  activeQuestion: FeedbackQuestion;
  targetLabel: string;
  searchRef: Ref<HTMLInputElement>;
  onInsert(template: TemplateRecord): void;
  onReturn(): void;
  onMissedSearch(query: string): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [question, setQuestion] = useState<QuestionFilter>(props.activeQuestion);
  const [level, setLevel] = useState<LevelFilter>('all');
  const [active, setActive] = useState(0);

  useEffect(() => setQuestion(props.activeQuestion), [props.activeQuestion]);

  const results = useMemo(
    () =>
      props.bank.search({
        text: query,
        ...filterQuery(question, level),
        limit: SHOWN_RESULTS,
      }),
    [props.bank.revision, query, question, level],
  );

  useEffect(() => setActive(0), [query, question, level]);

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed.length < 3 || results.length > 0 || props.bank.templates === undefined) return;
    const timer = setTimeout(() => props.onMissedSearch(trimmed), MISSED_SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, results.length, props.bank.templates, props.onMissedSearch]);

  const optionId = (index: number) => `${id}-option-${index}`;
  const chosen = results[active];

  return (
    <section class="template-picker" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('tabBank')}</h2>
      <SearchField
        id={`${id}-search`}
        label={t('pickerSearch')}
        value={query}
        onInput={setQuery}
        inputRef={props.searchRef}
        combobox={{
          controls: `${id}-results`,
          activeDescendant: chosen ? optionId(active) : undefined,
          describedBy: `${id}-hint`,
          onKeyDown: (event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((current) => Math.max(0, Math.min(results.length - 1, current + step)));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              if (chosen) props.onInsert(chosen);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              props.onReturn();
            }
          },
        }}
      >
        <p id={`${id}-hint`} class="hint">
          {t('pickerHint', { part: props.targetLabel })}
        </p>
      </SearchField>
      <TemplateFilters
        question={question}
        level={level}
        onQuestion={setQuestion}
        onLevel={setLevel}
      />
      <p class="hint" role="status">
        {results.length === 0 && props.bank.templates !== undefined
          ? t('pickerNoResults')
          : t('pickerResults', { count: results.length })}
      </p>
      <div id={`${id}-results`} role="listbox" aria-label={t('tabBank')} class="template-results">
        {results.map((template, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the search field's arrow keys and Enter drive the list.
          <div
            key={template.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            class={`template-option level-${template.level}${index === active ? ' active' : ''}`}
            onMouseMove={() => setActive(index)}
            onClick={() => props.onInsert(template)}
          >
            <span class="template-text">{template.text}</span>
            <span class="template-meta">
              {template.favourite && <span class="tag favourite">★ {t('pickerFavourite')}</span>}
              <span class="tag">{t(LEVEL_LABELS[template.level])}</span>
              {template.useCount > 0 && (
                <span class="tag">{t('pickerUsed', { count: template.useCount })}</span>
              )}
            </span>
          </div>
        ))}
      </div>
    </section>
  );
}
