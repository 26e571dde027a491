/**
 * A large backup made from a real one, for the benchmark and the tests of
 * long restores: the file's first feedback row copied `count` times with
 * new ids, everything else as the extension exported it.
 *
 * Plain ESM; `large-backup.d.mts` types it for TypeScript.
 */

/** The backup file's text with `count` feedback items; throws if the file has none to copy. */
export function grownBackup(text, count) {
  const file = JSON.parse(text);
  const block = file.data.data.find((entry) => entry.tableName === 'feedback');
  const listed = file.data.tables.find((entry) => entry.name === 'feedback');
  const [row] = block?.rows ?? [];
  if (!row || !listed) throw new Error('the backup holds no feedback item to copy');
  block.rows = Array.from({ length: count }, (_, index) => ({
    ...row,
    id: `item-${index}`,
    parts: row.parts.map((part) => ({ ...part, id: `part-${index}` })),
  }));
  listed.rowCount = count;
  return JSON.stringify(file);
}
