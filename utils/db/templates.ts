import type { FeedbackLevel, FeedbackQuestion } from '../model/feedback';
import type { TemplateRecord, Timestamp } from '../model/records';
import type { LocalizedBuiltIn, TemplateLang } from '../model/templates';
import { type CrudRepository, createCrud } from './crud';
import { type FeedforwardDatabase, newId } from './database';

/** What the teacher writes for a template of their own. */
export interface OwnTemplateInput {
  lang: TemplateLang;
  question: FeedbackQuestion;
  level: FeedbackLevel;
  text: string;
  tags: string[];
}

/**
 * A template of the teacher's own as it is first stored: visible, unused and
 * not a favourite, with a new id. The one place these starting values are
 * set, for a template written in the panel and for one imported from a
 * colleague's file alike.
 */
export function newOwnTemplate(input: OwnTemplateInput, now: Timestamp): TemplateRecord {
  return {
    id: newId(),
    ...input,
    builtIn: false,
    hidden: false,
    favourite: false,
    useCount: 0,
    createdAt: now,
    updatedAt: now,
  };
}

/** The comment bank's phrase templates. */
export interface TemplateRepository extends CrudRepository<TemplateRecord> {
  listForCell(
    lang: TemplateRecord['lang'],
    question: FeedbackQuestion,
    level: FeedbackLevel,
  ): Promise<TemplateRecord[]>;
  /** Counts one use, so frequent templates can rank first. */
  recordUse(id: string): Promise<void>;
  listForLang(lang: TemplateLang): Promise<TemplateRecord[]>;
  /**
   * Brings the shipped templates up to date: new ones are added, changed
   * wording replaces the old, withdrawn ones go; the teacher's favourites,
   * hidden flags and use counts on them stay. `builtIns` is the complete
   * shipped list in every language: a built-in missing from it is withdrawn.
   */
  syncBuiltIns(builtIns: LocalizedBuiltIn[]): Promise<void>;
  setFavourite(id: string, favourite: boolean): Promise<void>;
  /** Built-ins are hidden, never destroyed. */
  setHidden(id: string, hidden: boolean): Promise<void>;
  createOwn(input: OwnTemplateInput): Promise<TemplateRecord>;
  /**
   * Changes a template. The teacher's own is changed in place; a built-in
   * is never changed: the edit becomes the teacher's own copy and the
   * built-in is hidden behind it (it can be shown again).
   */
  edit(id: string, input: OwnTemplateInput): Promise<TemplateRecord>;
  /** Deletes one of the teacher's own templates; built-ins cannot be deleted. */
  removeOwn(id: string): Promise<void>;
}

/** Templates are read per language and question × level cell, the comment bank's grid. */
export function createTemplateRepository(db: FeedforwardDatabase): TemplateRepository {
  const crud = createCrud(db.templates);
  return {
    ...crud,
    listForCell: (lang, question, level) =>
      db.templates.where('[lang+question+level]').equals([lang, question, level]).toArray(),
    listForLang: (lang) => db.templates.where('lang').equals(lang).toArray(),
    syncBuiltIns(builtIns) {
      return db.transaction('rw', db.templates, async () => {
        const shipped = new Map(builtIns.map((template) => [template.id, template]));
        const stored = await db.templates.filter((template) => template.builtIn).toArray();
        const storedIds = new Set(stored.map((template) => template.id));
        const now = Date.now();
        const withdrawn = stored.filter((template) => !shipped.has(template.id));
        const changed = stored.flatMap((template) => {
          const current = shipped.get(template.id);
          if (!current) return [];
          const same =
            current.text === template.text &&
            current.question === template.question &&
            current.level === template.level &&
            current.tags.join('\n') === template.tags.join('\n');
          return same ? [] : [{ ...template, ...current, updatedAt: now }];
        });
        const added: TemplateRecord[] = builtIns
          .filter((template) => !storedIds.has(template.id))
          .map((template) => ({
            ...template,
            builtIn: true,
            hidden: false,
            favourite: false,
            useCount: 0,
            createdAt: now,
            updatedAt: now,
          }));
        await db.templates.bulkDelete(withdrawn.map((template) => template.id));
        await db.templates.bulkPut([...changed, ...added]);
      });
    },
    async setFavourite(id, favourite) {
      await db.templates.update(id, { favourite, updatedAt: Date.now() });
    },
    async setHidden(id, hidden) {
      await db.templates.update(id, { hidden, updatedAt: Date.now() });
    },
    createOwn(input) {
      return crud.put(newOwnTemplate(input, Date.now()));
    },
    edit(id, input) {
      return db.transaction('rw', db.templates, async () => {
        const template = await db.templates.get(id);
        if (!template) throw new Error(`No template ${id}`);
        const now = Date.now();
        if (!template.builtIn) return crud.put({ ...template, ...input, updatedAt: now });
        await db.templates.update(id, { hidden: true, updatedAt: now });
        return crud.put({
          ...input,
          id: newId(),
          builtIn: false,
          hidden: false,
          favourite: template.favourite,
          useCount: 0,
          copiedFrom: id,
          createdAt: now,
          updatedAt: now,
        });
      });
    },
    async removeOwn(id) {
      await db.transaction('rw', db.templates, async () => {
        const template = await db.templates.get(id);
        if (template?.builtIn) throw new Error('Built-in templates can be hidden, not deleted');
        await db.templates.delete(id);
      });
    },
    async recordUse(id) {
      await db.templates
        .where('id')
        .equals(id)
        .modify((template) => {
          template.useCount += 1;
          template.lastUsedAt = Date.now();
        });
    },
  };
}
