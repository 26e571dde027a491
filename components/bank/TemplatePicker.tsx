import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
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
 * The comment bank opened at the field being written (Ctrl+K, or the
 * field's button), as a list under it: free-text search (tolerant of
 * missing diacritics and small typos) with question and level filters, the
 * teacher's favourite and most used templates first. The search box takes
 * the focus; ↑/↓ move, Enter inserts into the field, Esc goes back to it,
 * and moving the focus elsewhere closes the list.
 */
export function TemplatePicker(props: {
  bank: TemplateBank;
  /** The question of the part being written: the question filter starts there. */
  activeQuestion: FeedbackQuestion;
  targetLabel: string;
  onInsert(template: TemplateRecord): void;
  /** Esc: close and go back to the field. */
  onReturn(): void;
  /** The focus left the list for somewhere else. */
  onClose(): void;
  onMissedSearch(query: string): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [question, setQuestion] = useState<QuestionFilter>(props.activeQuestion);
  const [level, setLevel] = useState<LevelFilter>('all');
  const [active, setActive] = useState(0);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLElement>(null);

  useEffect(() => setQuestion(props.activeQuestion), [props.activeQuestion]);
  // Opened: the search box takes the focus at once (before the next key is
  // typed), and the whole list comes into view.
  useLayoutEffect(() => {
    props.bank.start();
    search.current?.focus();
    list.current?.scrollIntoView({ block: 'nearest' });
  }, []);

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
    <section
      ref={list}
      class="template-picker"
      aria-labelledby={`${id}-heading`}
      onFocusOut={(event) => {
        const next = event.relatedTarget;
        if (!(next instanceof Node) || !event.currentTarget.contains(next)) props.onClose();
      }}
    >
      <h2 id={`${id}-heading`} class="visually-hidden">
        {t('bankPopoverLabel', { part: props.targetLabel })}
      </h2>
      <SearchField
        id={`${id}-search`}
        label={t('pickerSearch')}
        value={query}
        onInput={setQuery}
        inputRef={search}
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
