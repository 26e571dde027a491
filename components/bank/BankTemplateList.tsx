import { useCallback, useEffect, useId, useMemo, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import type { MessageKey, MessageParams } from '../../utils/i18n/index';
import type { TemplateRecord } from '../../utils/model/records';
import type { TemplateLang } from '../../utils/model/templates';
import { useAppServices } from '../../utils/panel/services/context';
import { SearchField } from '../ui/SearchField';
import { UndoNotice } from '../ui/UndoNotice';
import { BankTemplateRow } from './BankTemplateRow';
import { type TemplateDraft, TemplateEditor } from './TemplateEditor';
import {
  filterQuery,
  type LevelFilter,
  type QuestionFilter,
  TemplateFilters,
} from './TemplateFilters';
import { useBankFocus } from './use-bank-focus';
import type { TemplateBank } from './use-template-bank';

/**
 * The comment bank of one language as a list the teacher manages: search and
 * question/level filters (hidden templates on request), a new template, and
 * each template's favourite, hide/show, edit and delete. A deleted template
 * can be brought back with Undo.
 */
export function BankTemplateList(props: { bank: TemplateBank; templateLang: TemplateLang }) {
  const { t } = useI18n();
  const { repos } = useAppServices();
  const id = useId();
  const { bank } = props;
  const [query, setQuery] = useState('');
  const [question, setQuestion] = useState<QuestionFilter>('all');
  const [level, setLevel] = useState<LevelFilter>('all');
  const [showHidden, setShowHidden] = useState(false);
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<TemplateRecord | null>(null);
  // Messages are kept as keys, so they follow a change of interface language.
  const [status, setStatus] = useState<MessageKey | null>(null);
  const [failure, setFailure] = useState<MessageParams | null>(null);
  const focus = useBankFocus(bank);
  const { refs } = focus;

  const total = bank.templates?.length ?? 0;
  const results = useMemo(
    () =>
      bank.search({
        text: query,
        ...filterQuery(question, level),
        includeHidden: showHidden,
        limit: Math.max(total, 1),
      }),
    [bank, query, question, level, showHidden, total],
  );

  // Another language's bank: its own list, nothing half-edited from the other.
  useEffect(() => {
    setEditingId(null);
    setCreating(false);
    setDeleted(null);
  }, [props.templateLang]);

  const attempt = async (change: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await change();
    } catch (error) {
      setFailure({ reason: String(error) });
    }
  };

  const create = async (draft: TemplateDraft) => {
    await repos.templates.createOwn({ lang: props.templateLang, ...draft });
    setCreating(false);
    setStatus('composerSavedAsTemplate');
    focus.request({ kind: 'new' });
  };

  const edit = async (template: TemplateRecord, draft: TemplateDraft) => {
    const saved = await repos.templates.edit(template.id, { lang: template.lang, ...draft });
    setEditingId(null);
    setStatus('composerSavedAsTemplate');
    focus.request({ kind: 'template', id: saved.id });
  };

  const remove = (template: TemplateRecord) =>
    attempt(async () => {
      await repos.templates.removeOwn(template.id);
      setDeleted(template);
      setStatus(null);
      focus.request({ kind: 'undo' });
    });

  const undo = (template: TemplateRecord) =>
    attempt(async () => {
      setDeleted(null);
      focus.request({ kind: 'template', id: template.id });
      // The same record again: id, favourite and use count come back too.
      await repos.templates.put(template);
    });

  const dismissUndo = useCallback(() => setDeleted(null), []);

  return (
    <section class="bank-templates" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('tabBank')}</h2>
      <SearchField
        id={`${id}-search`}
        label={t('pickerSearch')}
        value={query}
        onInput={setQuery}
        inputRef={refs.search}
      />
      <TemplateFilters
        question={question}
        level={level}
        onQuestion={setQuestion}
        onLevel={setLevel}
      />
      <div class="actions">
        <span>
          <input
            id={`${id}-hidden`}
            type="checkbox"
            checked={showHidden}
            onChange={(event) => setShowHidden(event.currentTarget.checked)}
          />{' '}
          <label for={`${id}-hidden`}>{t('bankShowHidden')}</label>
        </span>
        {!creating && (
          <button
            type="button"
            ref={refs.newButton}
            onClick={() => {
              setStatus(null);
              setCreating(true);
            }}
          >
            {t('bankNewTemplate')}
          </button>
        )}
      </div>
      {creating && (
        <TemplateEditor
          heading={t('bankNewTemplate')}
          initial={{
            question: question === 'all' ? 'feedBack' : question,
            level: level === 'all' ? 'task' : level,
          }}
          onSave={create}
          onCancel={() => {
            setCreating(false);
            focus.request({ kind: 'new' });
          }}
        />
      )}
      {status && (
        <p class="status" role="status">
          {t(status)}
        </p>
      )}
      {failure && (
        <p class="warning" role="alert">
          {t('contextSaveFailed', failure)}
        </p>
      )}
      {deleted && (
        <div ref={refs.undo}>
          <UndoNotice
            message={t('bankDeleted')}
            onUndo={() => void undo(deleted)}
            onDismiss={dismissUndo}
          />
        </div>
      )}
      <p class="hint" role="status">
        {bank.templates === undefined
          ? null
          : results.length === 0
            ? t('pickerNoResults')
            : t('pickerResults', { count: results.length })}
      </p>
      <ul
        ref={refs.list}
        class="feedback-list bank-template-list"
        aria-labelledby={`${id}-heading`}
      >
        {results.map((template) =>
          template.id === editingId ? (
            <li key={template.id} data-template-id={template.id}>
              <TemplateEditor
                heading={t('actionEdit')}
                template={template}
                onSave={(draft) => edit(template, draft)}
                onCancel={() => {
                  setEditingId(null);
                  focus.request({ kind: 'template', id: template.id });
                }}
              />
            </li>
          ) : (
            <BankTemplateRow
              key={template.id}
              template={template}
              onFavourite={(favourite) =>
                void attempt(() => repos.templates.setFavourite(template.id, favourite))
              }
              onHidden={(hidden) =>
                void attempt(() => {
                  // A template hidden from this list takes its buttons with it.
                  if (hidden && !showHidden) focus.request({ kind: 'search' });
                  return repos.templates.setHidden(template.id, hidden);
                })
              }
              onEdit={() => {
                setStatus(null);
                setEditingId(template.id);
              }}
              onDelete={() => void remove(template)}
            />
          ),
        )}
      </ul>
    </section>
  );
}
