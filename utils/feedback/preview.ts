import { type Locale, type MessageKey, translate } from '../i18n/index';
import type { FeedbackQuestion } from '../model/feedback';
import type { FeedbackPart } from '../model/records';
import { findPlaceholders } from './placeholders';

/**
 * The text a feedback item becomes when it is put into the student's
 * document (and shown in the preview before that). Pure: parts in, text out.
 */

/** `paragraphs`: plain prose. `labelled`: one `Label: text` line per question. */
export type PreviewFormat = 'paragraphs' | 'labelled';

type PreviewPart = Pick<FeedbackPart, 'question' | 'level' | 'text'>;

/** Where a part goes in the text: one of the questions, or the praise kept apart. */
type Section = FeedbackQuestion | 'praise';

/**
 * Prose reads best starting from where the work stands (which also starts from
 * what works), then the goal it is measured against, then the next step.
 */
const PARAGRAPH_ORDER: readonly Section[] = ['feedBack', 'feedUp', 'feedForward', 'praise'];

/** Labelled lines follow the three questions: goal, now, next step. */
const LABELLED_ORDER: readonly Section[] = ['feedUp', 'feedBack', 'feedForward', 'praise'];

const LABEL_KEYS: Record<Section, MessageKey> = {
  feedUp: 'previewLabelFeedUp',
  feedBack: 'previewLabelFeedBack',
  feedForward: 'previewLabelFeedForward',
  praise: 'previewLabelPraise',
};

/**
 * Joins the parts of a feedback item into one text.
 *
 * - Parts whose text is empty or only white space are left out; the rest are
 *   trimmed.
 * - Praise — any part at the `self` level, whatever its question — is kept
 *   apart from the feedback on the work and always comes last.
 * - `paragraphs`: where the work stands (feedBack), the goal (feedUp), the
 *   next step (feedForward), then praise; one paragraph per part, separated
 *   by a blank line.
 * - `labelled`: one line per question that has text, in the order goal
 *   (feedUp), now (feedBack), next step (feedForward), then praise, each as
 *   `Label: text` with the label in `lang`; several parts of one question
 *   share its line, separated by a space.
 * - Several parts of one question keep their relative order.
 */
export function composeFeedbackText(
  parts: readonly PreviewPart[],
  options: { format: PreviewFormat; lang: Locale },
): string {
  const sections: Record<Section, string[]> = {
    feedUp: [],
    feedBack: [],
    feedForward: [],
    praise: [],
  };
  for (const part of parts) {
    const text = part.text.trim();
    if (text === '') continue;
    sections[part.level === 'self' ? 'praise' : part.question].push(text);
  }
  if (options.format === 'paragraphs') {
    return PARAGRAPH_ORDER.flatMap((section) => sections[section]).join('\n\n');
  }
  return LABELLED_ORDER.filter((section) => sections[section].length > 0)
    .map(
      (section) =>
        `${translate(options.lang, LABEL_KEYS[section])}: ${sections[section].join(' ')}`,
    )
    .join('\n');
}

/**
 * The names of the placeholders still in a text, each once, in the order
 * they first appear — so the UI can warn before `{…}` reaches a student.
 */
export function unfilledPlaceholders(text: string): string[] {
  return [...new Set(findPlaceholders(text).map((p) => p.name))];
}
