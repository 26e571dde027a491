import { join } from 'node:path';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';
import { en } from '../../../utils/i18n/catalogs/en';
import { readSource, sourceFiles } from './source-files';

const CATALOGS = join('utils', 'i18n', 'catalogs');

const files = sourceFiles();

/** Letters of any of the three languages: text made of them is meant to be read. */
const WORDS = /\p{L}{2,}/u;
/** Attributes a browser shows or reads out: a literal in them is interface text. */
const SHOWN_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);

/** A node of Babel's syntax tree, as far as the walk needs it. */
interface SyntaxNode {
  type: string;
  [field: string]: unknown;
}

const isNode = (value: unknown): value is SyntaxNode =>
  typeof value === 'object' && value !== null && typeof (value as SyntaxNode).type === 'string';

/**
 * An element hidden from screen readers: decoration such as the "Aa"
 * sample of a highlight colour, the same in every language.
 */
function isDecorative(node: SyntaxNode): boolean {
  if (node.type !== 'JSXElement') return false;
  const attributes = (node.openingElement as SyntaxNode).attributes as SyntaxNode[];
  return attributes.some(
    (attribute) =>
      (attribute.name as SyntaxNode | undefined)?.name === 'aria-hidden' &&
      (attribute.value as SyntaxNode | null)?.value === 'true',
  );
}

/** Interface text written into component `path` (whose code is `code`) instead of taken from the catalogs. */
function hardCodedTexts(path: string, code = readSource(path)): string[] {
  const tree = parse(code, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const found: string[] = [];
  const visit = (node: SyntaxNode) => {
    if (isDecorative(node)) return;
    if (node.type === 'JSXText' && WORDS.test(String(node.value))) {
      found.push(String(node.value).trim());
    }
    if (node.type === 'JSXAttribute') {
      const name = (node.name as SyntaxNode).name;
      const value = node.value as SyntaxNode | null;
      if (
        typeof name === 'string' &&
        SHOWN_ATTRIBUTES.has(name) &&
        value?.type === 'StringLiteral' &&
        WORDS.test(String(value.value))
      ) {
        found.push(`${name}="${String(value.value)}"`);
      }
    }
    for (const [field, child] of Object.entries(node)) {
      if (field === 'loc' || field === 'extra') continue;
      for (const each of Array.isArray(child) ? child : [child]) if (isNode(each)) visit(each);
    }
  };
  visit(tree.program as unknown as SyntaxNode);
  return found.map((text) => `${path}: ${text}`);
}

/** A plural pair's keys (`<base>One`, `<base>Other`) are named in code by their base, which plural() takes. */
function nameInCode(key: string): string {
  const pair = /^(\w+)(One|Other)$/.exec(key);
  return pair?.[1] && `${pair[1]}One` in en && `${pair[1]}Other` in en ? pair[1] : key;
}

describe('the catalogs and the code that shows them', () => {
  it('have no message that nothing shows (a key no source file names)', () => {
    const code = files
      .filter((path) => !path.startsWith(CATALOGS))
      .map(readSource)
      .join('\n');
    const unused = Object.keys(en).filter(
      (key) => !new RegExp(`\\b${nameInCode(key)}\\b`).test(code),
    );
    expect(unused).toEqual([]);
  });

  it('leave no interface text written into a component', () => {
    const components = files.filter((path) => path.endsWith('.tsx'));
    expect(components.length).toBeGreaterThan(50);
    expect(components.flatMap((path) => hardCodedTexts(path))).toEqual([]);
  });

  it('would notice a hard-coded text (the check itself works)', () => {
    const code = 'export const Probe = () => <p title="Close it">Save now</p>;';
    expect(hardCodedTexts('probe.tsx', code)).toEqual([
      'probe.tsx: title="Close it"',
      'probe.tsx: Save now',
    ]);
  });
});
