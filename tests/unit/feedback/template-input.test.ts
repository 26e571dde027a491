import { describe, expect, it } from 'vitest';
import {
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TEMPLATE_TEXT_LENGTH,
  parseTemplateFile,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_VERSION,
} from '../../../utils/feedback/bank-transfer';
import {
  checkTemplateInput,
  cleanTemplateText,
  formatTags,
  parseTags,
} from '../../../utils/feedback/template-input';

describe('parseTags', () => {
  it('splits on commas, tidies white space and drops empty and repeated tags', () => {
    expect(parseTags(' structure ,  topic\tsentence,, Structure,evidence ,')).toEqual([
      'structure',
      'topic sentence',
      'evidence',
    ]);
    expect(parseTags('')).toEqual([]);
    expect(parseTags(' , ')).toEqual([]);
  });

  it('removes control characters', () => {
    expect(parseTags('a\u0007b, c\u0000')).toEqual(['ab', 'c']);
  });

  it('round-trips with formatTags', () => {
    expect(parseTags(formatTags(['one', 'two words']))).toEqual(['one', 'two words']);
  });
});

describe('cleanTemplateText', () => {
  it('trims, keeps line breaks and removes other control characters', () => {
    expect(cleanTemplateText('  First line.\r\nSecond\u0007 line.  ')).toBe(
      'First line.\nSecond line.',
    );
  });
});

describe('checkTemplateInput', () => {
  it('asks for a text first', () => {
    expect(checkTemplateInput('', ['tag'])).toEqual({ field: 'text', key: 'bankTextRequired' });
  });

  it('refuses a text longer than a template file allows', () => {
    const text = 'x'.repeat(MAX_TEMPLATE_TEXT_LENGTH + 1);
    expect(checkTemplateInput(text, [])).toMatchObject({
      field: 'text',
      key: 'bankTextTooLong',
      params: { max: MAX_TEMPLATE_TEXT_LENGTH },
    });
    expect(checkTemplateInput('x'.repeat(MAX_TEMPLATE_TEXT_LENGTH), [])).toBeNull();
  });

  it('refuses too many tags or a tag that is too long', () => {
    const many = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `tag${i}`);
    expect(checkTemplateInput('Text.', many)).toMatchObject({
      field: 'tags',
      key: 'bankTagsInvalid',
    });
    expect(checkTemplateInput('Text.', ['x'.repeat(MAX_TAG_LENGTH + 1)])).toMatchObject({
      field: 'tags',
    });
    expect(checkTemplateInput('Text.', many.slice(0, MAX_TAGS))).toBeNull();
  });

  it('accepts exactly what a template file accepts', () => {
    const text = cleanTemplateText(`  ${'é'.repeat(MAX_TEMPLATE_TEXT_LENGTH)}  `);
    const tags = parseTags(
      Array.from({ length: MAX_TAGS }, (_, i) => `${i}${'t'.repeat(MAX_TAG_LENGTH - 2)}`).join(','),
    );
    expect(checkTemplateInput(text, tags)).toBeNull();
    const raw = JSON.stringify({
      format: TEMPLATE_FILE_FORMAT,
      version: TEMPLATE_FILE_VERSION,
      templates: [{ lang: 'en', question: 'feedBack', level: 'task', text, tags }],
    });
    expect(parseTemplateFile(raw, raw.length).ok).toBe(true);
  });
});
