import * as v from 'valibot';

/**
 * The domain vocabulary shared by storage, the panel and the rules engine.
 * Keys are stable identifiers stored in the database and in backups, so they
 * are never translated or renamed; the interface text for each lives in the
 * message catalogs.
 */

/** The three feedback questions (Hattie & Timperley): every part answers one. */
export const FEEDBACK_QUESTIONS = ['feedUp', 'feedBack', 'feedForward'] as const;
export const FeedbackQuestionSchema = v.picklist(FEEDBACK_QUESTIONS);
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];

/** The four feedback levels a part is aimed at. `self` is praise of the person. */
export const FEEDBACK_LEVELS = ['task', 'process', 'selfRegulation', 'self'] as const;
export const FeedbackLevelSchema = v.picklist(FEEDBACK_LEVELS);
export type FeedbackLevel = (typeof FEEDBACK_LEVELS)[number];

/** Who gave the feedback: the quarter system balances these four kinds of work. */
export const FEEDBACK_SOURCES = ['teacher', 'formative', 'peer', 'self'] as const;
export const FeedbackSourceSchema = v.picklist(FEEDBACK_SOURCES);
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

/** Where an item is in its life: typed, kept, or put into the student's document. */
export const FEEDBACK_STATUSES = ['draft', 'saved', 'inserted'] as const;
export const FeedbackStatusSchema = v.picklist(FEEDBACK_STATUSES);
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** The languages the product and its comment bank speak. */
export const LANGUAGES = ['sv', 'nb', 'en'] as const;
export const LanguageSchema = v.picklist(LANGUAGES);
export type Language = (typeof LANGUAGES)[number];
