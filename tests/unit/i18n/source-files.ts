import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root, for reading the product's sources as text. */
export const ROOT = join(import.meta.dirname, '..', '..', '..');
const SOURCE_FOLDERS = ['components', 'utils', 'entrypoints'];

/**
 * Every TypeScript file of the product, by path relative to the repository:
 * what the source scans of the language tests read, so that each scans the
 * same files.
 */
export function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(join(ROOT, folder))) {
      const path = join(folder, name);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) files.push(path);
    }
  };
  for (const folder of SOURCE_FOLDERS) walk(folder);
  return files;
}

/** A product source file's text, by its path relative to the repository. */
export function readSource(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}
