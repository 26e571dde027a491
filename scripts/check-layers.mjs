#!/usr/bin/env node
/**
 * Fails (exit 1) when an import breaks the layer rules in `scripts/lib/layers.mjs`
 * or closes a cycle; part of `npm run lint`, so CI refuses such a change.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { checkLayers } from './lib/layers.mjs';

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => /\.(ts|tsx|mts|mjs|json)$/.test(file));
const sources = new Map(
  tracked.map((file) => [file, /\.json$/.test(file) ? '' : readFileSync(file, 'utf8')]),
);
const problems = checkLayers(sources);
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`\n${problems.length} import(s) break the layer rules (scripts/lib/layers.mjs).`);
  process.exit(1);
}
console.log(`Layers: ${sources.size} files checked, every import goes the allowed way, no cycles.`);
