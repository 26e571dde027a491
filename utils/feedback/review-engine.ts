/**
 * The review's rules and the question/level suggestions, with the word
 * lists of all three languages they read: a third of the panel's code,
 * loaded on its own just after the panel has opened (see
 * `use-composer-review.ts`), so opening the panel never waits for it.
 */
export { checkFeedback } from './rules';
export { cutSentence } from './sentence-cut';
export { suggestTypedTags, templateMatchers } from './suggest';
