#!/usr/bin/env node
/**
 * `node scripts/ensure-tools.mjs <command> <tool>…`: the first step of
 * `npm test` (and of `.ci/run`), so that a machine without a browser the
 * tests drive either gets it (Debian, as root) or hears at once, in one
 * line, what to install — before minutes of type-checking and building.
 * `<command>` names what needs the tools in that line, e.g. "npm test".
 */
import { ensureTools, TOOLS } from './lib/browsers.mjs';

const [command, ...kinds] = process.argv.slice(2);
const unknown = kinds.filter((kind) => !(kind in TOOLS));
if (!command || kinds.length === 0 || unknown.length > 0) {
  console.error(
    `usage: node scripts/ensure-tools.mjs <command> <${Object.keys(TOOLS).join('|')}>…` +
      (unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''),
  );
  process.exit(2);
}
ensureTools(kinds, `${command} needs`);
