import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  createTemplateIndex,
  type TemplateIndex,
  type TemplateQuery,
} from '../../utils/feedback/template-search';
import type { TemplateRecord } from '../../utils/model/records';
import type { TemplateLang } from '../../utils/model/templates';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';

/** What changes a template's place in the index or its ranking. */
function signature(template: TemplateRecord): string {
  return [template.updatedAt, template.useCount, template.favourite, template.hidden].join('|');
}

/** The comment bank of one language, searchable, kept in step with the database. */
export interface TemplateBank {
  /** Every template of the language (hidden ones too), or undefined while loading. */
  templates: TemplateRecord[] | undefined;
  search(query: Omit<TemplateQuery, 'lang'>): TemplateRecord[];
  /** Changes whenever the searchable contents change, so results can be recomputed. */
  revision: number;
  /** Reads the bank now (it is read a moment after the page starts, or when first opened). */
  start(): void;
}

/** How long after the page starts the bank is read. */
const BANK_DELAY_MS = 200;

/**
 * Loads the templates of `lang` live (another tab's new template appears
 * here too) and keeps one search index, updated record by record rather
 * than rebuilt, so a use count changing after every insertion costs little.
 */
export function useTemplateBank(lang: TemplateLang): TemplateBank {
  const { repos } = useAppServices();
  // Read once the page's first screen is up, or at once when opened before that.
  const [started, setStarted] = useState(false);
  const start = useCallback(() => setStarted(true), []);
  useEffect(() => {
    const timer = setTimeout(() => setStarted(true), BANK_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  const { data } = useLiveQuery(
    () => (started ? repos.templates.listForLang(lang) : Promise.resolve(undefined)),
    [repos, lang, started],
  );
  const index = useRef<{
    lang: TemplateLang;
    index: TemplateIndex;
    seen: Map<string, string>;
  } | null>(null);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    if (!data) return;
    const current = index.current;
    if (!current || current.lang !== lang) {
      index.current = {
        lang,
        index: createTemplateIndex(data),
        seen: new Map(data.map((template) => [template.id, signature(template)])),
      };
    } else {
      const changed = data.filter(
        (template) => current.seen.get(template.id) !== signature(template),
      );
      const present = new Set(data.map((template) => template.id));
      const removed = [...current.seen.keys()].filter((id) => !present.has(id));
      if (changed.length === 0 && removed.length === 0) return;
      current.index.update(changed, removed);
      for (const template of changed) current.seen.set(template.id, signature(template));
      for (const id of removed) current.seen.delete(id);
    }
    setRevision((value) => value + 1);
  }, [data, lang]);

  return useMemo(
    () => ({
      templates: data,
      revision,
      search: (query) =>
        index.current?.lang === lang ? index.current.index.search({ ...query, lang }) : [],
      start,
    }),
    [data, lang, revision, start],
  );
}
