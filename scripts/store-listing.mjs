#!/usr/bin/env node
/**
 * Writes the web store's listing texts to `.output/store-listing/<lang>.txt`
 * (sv, nb, en) from a built extension (`.output/chrome-mv3`, or `--build DIR`)
 * and the privacy page's own text; `--out DIR` writes them elsewhere.
 * See scripts/lib/store-listing.mjs for where each part comes from.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeStoreListings } from './lib/store-listing.mjs';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    build: { type: 'string', default: join(root, '.output', 'chrome-mv3') },
    out: { type: 'string', default: join(root, '.output', 'store-listing') },
  },
});
try {
  const files = writeStoreListings({ root, buildDir: values.build, outDir: values.out });
  for (const file of files) console.log(`Store listing: ${file}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
