import type { MessageKey } from '../i18n/index';
import {
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TEMPLATE_TEXT_LENGTH,
  stripControlCharacters,
} from './bank-transfer';

/**
 * What the teacher types into the template editor, cleaned and checked with
 * the same limits the template file uses (bank-transfer.ts), so every
 * template saved here can be exported and imported again.
 */

/** Why the editor cannot save yet, as a message key and its values. */
export interface TemplateInputProblem {
  /** The field to correct. */
  field: 'text' | 'tags';
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** The text as it is stored: control characters out (line feeds kept), ends trimmed. */
export function cleanTemplateText(text: string): string {
  return stripControlCharacters(text).trim();
}

/**
 * The tags typed as "a, b, c": split on commas, each tag on one line with
 * single spaces, empty ones dropped, repeats (in any case) dropped.
 */
export function parseTags(raw: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of raw.split(',')) {
    const tag = stripControlCharacters(part).replace(/\s+/g, ' ').trim();
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** Tags as the editor's text field shows them. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

/** The first reason the cleaned text and tags cannot be saved, or null when they can. */
export function checkTemplateInput(
  text: string,
  tags: readonly string[],
): TemplateInputProblem | null {
  if (text === '') return { field: 'text', key: 'bankTextRequired' };
  if (text.length > MAX_TEMPLATE_TEXT_LENGTH) {
    return {
      field: 'text',
      key: 'bankTextTooLong',
      params: { max: MAX_TEMPLATE_TEXT_LENGTH, length: text.length },
    };
  }
  if (tags.length > MAX_TAGS || tags.some((tag) => tag.length > MAX_TAG_LENGTH)) {
    return {
      field: 'tags',
      key: 'bankTagsInvalid',
      params: { maxTags: MAX_TAGS, maxLength: MAX_TAG_LENGTH },
    };
  }
  return null;
}
