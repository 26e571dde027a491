import MiniSearch, { type SearchResult } from 'minisearch';
import type { FeedbackLevel, FeedbackQuestion } from '../model/feedback';
import type { TemplateRecord } from '../model/records';

/**
 * The comment bank's search engine: pure logic over template records, with no
 * browser APIs and no database, so the panel and the dashboard can keep one
 * index in memory and query it on every keystroke, and tests and the
 * benchmark can run it in plain Node.
 *
 * Matching is MiniSearch's (BM25+ over the template text and its tags, prefix
 * and fuzzy matching); this module decides what is normalised how, which
 * templates are eligible, and how a teacher's own usage reorders comparable
 * matches.
 */

/**
 * What the teacher is looking for. Exists so that every caller (panel picker,
 * dashboard bank, tests) asks the bank the same way: the typed text plus the
 * cell of the feedback grid it is writing in.
 */
export interface TemplateQuery {
  /** What the teacher typed; empty (after trimming) lists the bank in usage order. */
  text: string;
  /** Only templates in this language are returned. */
  lang: 'sv' | 'nb' | 'en';
  /** When given, only templates answering this feedback question. */
  question?: FeedbackQuestion;
  /** When given, only templates aimed at this feedback level. */
  level?: FeedbackLevel;
  /** Hidden templates are left out unless this is true (the bank's "show hidden"). */
  includeHidden?: boolean;
  /** At most this many results; 50 when omitted. */
  limit?: number;
}

/**
 * A searchable, updatable comment bank held in memory. Exists so the UI builds
 * the index once when the bank loads and then keeps it in step with the
 * database cheaply, instead of re-indexing thousands of templates after every
 * click on a template.
 */
export interface TemplateIndex {
  /** The templates matching `query`, best first (see the module notes for the ranking). */
  search(query: TemplateQuery): TemplateRecord[];
  /** Replace or add records (e.g. after a use count or favourite changed, or a template was edited); removes ids given in `removedIds`. */
  update(records: TemplateRecord[], removedIds?: string[]): void;
}

/** Results returned when the query gives no limit. */
const DEFAULT_LIMIT = 50;
/** A match in a tag counts this much more than a match in the text: tags are the teacher's own keywords. */
const TAG_BOOST = 2;
/** Fuzzy matching (max edit distance = this × term length, rounded) for terms at least MIN_FUZZY_LENGTH long. */
const FUZZINESS = 0.2;
const MIN_FUZZY_LENGTH = 4;
/**
 * Relative weight of a prefix match (the last word still being typed) and of a
 * fuzzy match (a probable typo) against an exact match (1). A typo match is
 * the least certain, so it weighs least.
 */
const MATCH_WEIGHTS = { prefix: 0.375, fuzzy: 0.3 };
/** Usage boost: a favourite adds this much; use counts add USE_WEIGHT × log2(1 + uses). */
const FAVOURITE_BOOST = 0.5;
const USE_WEIGHT = 0.15;
/** The usage boost never exceeds this, so usage reorders comparable matches but cannot lift a poor one. */
const MAX_USAGE_BOOST = 2.5;

/** Letters that Unicode does not decompose but a teacher may type as two plain letters. */
const LIGATURES: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss' };
const LIGATURE_PATTERN = /[æøœß]/g;
const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Folds text for matching: lower case, accents and other diacritics removed
 * (å→a, ä→a, ö→o, é→e, ü→u), and æ→ae, ø→o, œ→oe, ß→ss. Exists so that a
 * teacher on a keyboard without å/ä/ö/æ/ø (or who does not bother) finds the
 * same templates: it is applied to every indexed term and to every query term.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE_PATTERN, (letter) => LIGATURES[letter] ?? letter);
}

/** MiniSearch's default tokenizer: splits on white space and punctuation, braces included. */
const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** Query-time term processing: the fold, dropping terms that fold to nothing. */
function processQueryTerm(term: string): string | null {
  const folded = foldForSearch(term);
  return folded.length > 0 ? folded : null;
}

/**
 * Index-time term processing: the fold, plus, for words with æ, the spelling
 * with a plain a ("læreren" is indexed as "laereren" and "lareren"), so that
 * a teacher who drops the letter still finds longer forms of the word by
 * prefix, not only the exact word by a one-letter typo match.
 */
function processIndexTerm(term: string): string | string[] | null {
  const folded = processQueryTerm(term);
  if (folded === null) return null;
  const lower = term.toLowerCase();
  if (!lower.includes('æ')) return folded;
  return [folded, foldForSearch(lower.replaceAll('æ', 'a'))];
}

/** How much a teacher's favourite or frequent use lifts a template among comparable matches. */
function usageBoost(record: TemplateRecord): number {
  const uses = Math.max(0, record.useCount || 0);
  const boost = 1 + (record.favourite ? FAVOURITE_BOOST : 0) + USE_WEIGHT * Math.log2(1 + uses);
  return Math.min(boost, MAX_USAGE_BOOST);
}

/**
 * The order without a search text, and the tie-break with one: favourites,
 * then most used, then most recently used, then built-ins by id before the
 * teacher's own templates in the order they were written.
 */
function compareByUsage(a: TemplateRecord, b: TemplateRecord): number {
  if (a.favourite !== b.favourite) return a.favourite ? -1 : 1;
  const uses = (b.useCount || 0) - (a.useCount || 0);
  if (uses !== 0) return uses;
  const lastUsed =
    (b.lastUsedAt ?? Number.NEGATIVE_INFINITY) - (a.lastUsedAt ?? Number.NEGATIVE_INFINITY);
  if (lastUsed !== 0 && !Number.isNaN(lastUsed)) return lastUsed;
  return compareStable(a, b);
}

/** A fixed order that does not depend on insertion order: built-ins by id, then own templates by creation. */
function compareStable(a: TemplateRecord, b: TemplateRecord): number {
  if (a.builtIn !== b.builtIn) return a.builtIn ? -1 : 1;
  if (!a.builtIn && a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The fields MiniSearch reads from a record. */
function extractField(record: TemplateRecord, field: string): string {
  if (field === 'tags') return record.tags.join(' ');
  if (field === 'text') return record.text;
  return record.id;
}

/** The number of results to return for a query's limit. */
function resultLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (Number.isNaN(limit) || limit <= 0) return 0;
  return Math.floor(limit);
}

/** A new, empty MiniSearch index with the bank's matching rules. */
function createEngine(): MiniSearch<TemplateRecord> {
  return new MiniSearch<TemplateRecord>({
    idField: 'id',
    fields: ['text', 'tags'],
    storeFields: [],
    extractField: extractField as (document: TemplateRecord, fieldName: string) => string,
    tokenize,
    processTerm: processIndexTerm,
    searchOptions: {
      processTerm: processQueryTerm,
      boost: { tags: TAG_BOOST },
      weights: MATCH_WEIGHTS,
      fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? FUZZINESS : false),
      prefix: (_term, index, terms) => index === terms.length - 1,
    },
  });
}

/** The templates of one language: a query never crosses languages, so neither does an index. */
interface Partition {
  engine: MiniSearch<TemplateRecord>;
  /** This language's records in usage order; rebuilt lazily after an update. */
  usageOrder: TemplateRecord[] | null;
}

/** Whether two tag lists are the same, in order. */
function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}

/**
 * Builds the in-memory search index over the comment bank. Exists so the
 * bank is indexed once (10,000 templates in well under a second) and each
 * keystroke's search takes about a millisecond. If two records share an id,
 * the later one wins.
 */
export function createTemplateIndex(records: TemplateRecord[]): TemplateIndex {
  const byId = new Map<string, TemplateRecord>();
  for (const record of records) byId.set(record.id, record);

  const partitions = new Map<TemplateRecord['lang'], Partition>();
  function partition(lang: TemplateRecord['lang']): Partition {
    let found = partitions.get(lang);
    if (!found) {
      found = { engine: createEngine(), usageOrder: null };
      partitions.set(lang, found);
    }
    return found;
  }
  for (const record of byId.values()) partition(record.lang).engine.add(record);

  function eligible(record: TemplateRecord, query: TemplateQuery): boolean {
    return (
      record.lang === query.lang &&
      (query.question === undefined || record.question === query.question) &&
      (query.level === undefined || record.level === query.level) &&
      (query.includeHidden === true || !record.hidden)
    );
  }

  function listAll(query: TemplateQuery, limit: number): TemplateRecord[] {
    const part = partitions.get(query.lang);
    if (!part) return [];
    part.usageOrder ??= [...byId.values()]
      .filter((record) => record.lang === query.lang)
      .sort(compareByUsage);
    const results: TemplateRecord[] = [];
    for (const record of part.usageOrder) {
      if (results.length >= limit) break;
      if (eligible(record, query)) results.push(record);
    }
    return results;
  }

  function searchText(query: TemplateQuery, terms: number, limit: number): TemplateRecord[] {
    const engine = partitions.get(query.lang)?.engine;
    if (!engine) return [];
    const filter = (result: SearchResult) => {
      const record = byId.get(result.id as string);
      return record !== undefined && eligible(record, query);
    };
    let results = engine.search(query.text, { combineWith: 'AND', filter });
    if (results.length === 0 && terms > 1) {
      results = engine.search(query.text, { combineWith: 'OR', filter });
    }
    const ranked = results.map((result) => {
      const record = byId.get(result.id as string) as TemplateRecord;
      return {
        record,
        // With the OR fallback, matching more of the typed words always comes first.
        matchedTerms: new Set(result.queryTerms).size,
        score: result.score * usageBoost(record),
      };
    });
    ranked.sort(
      (a, b) =>
        b.matchedTerms - a.matchedTerms || b.score - a.score || compareByUsage(a.record, b.record),
    );
    return ranked.slice(0, limit).map((entry) => entry.record);
  }

  function forget(record: TemplateRecord): void {
    const part = partition(record.lang);
    if (part.engine.has(record.id)) part.engine.discard(record.id);
    part.usageOrder = null;
  }

  return {
    search(query) {
      const limit = resultLimit(query.limit);
      if (limit === 0) return [];
      const text = query.text.trim();
      // Text with no searchable word in it (say "{" or "–") is treated as empty.
      const terms =
        text === '' ? 0 : tokenize(text).filter((term) => processQueryTerm(term)).length;
      if (terms === 0) return listAll(query, limit);
      return searchText({ ...query, text }, terms, limit);
    },

    update(changed, removedIds = []) {
      for (const id of removedIds) {
        const previous = byId.get(id);
        if (!previous) continue;
        byId.delete(id);
        forget(previous);
      }
      for (const record of changed) {
        const previous = byId.get(record.id);
        byId.set(record.id, record);
        const part = partition(record.lang);
        part.usageOrder = null;
        if (previous && previous.lang === record.lang) {
          // A new use count or favourite does not change what is indexed.
          if (previous.text === record.text && sameTags(previous.tags, record.tags)) continue;
          part.engine.replace(record);
          continue;
        }
        if (previous) forget(previous);
        part.engine.add(record);
      }
    },
  };
}
