import { describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../../../utils/model/backup-file';
import { readBackupFile } from '../../../../utils/panel/services/backup-files';
import { exportText, seededDatabase } from '../../db/backup-fixture';

/** A picked file of `size` bytes whose text is `text` (or whose reading fails). */
function pickedFile(size: number, text: () => Promise<string>) {
  return { size, text: vi.fn(text) };
}

describe('readBackupFile (a picked backup file, before anything is written)', () => {
  it('refuses a file larger than a backup can be by its size, without reading it', async () => {
    const { repos } = await seededDatabase();
    const file = pickedFile(2_500_000_000, async () => {
      throw new Error('must not be read');
    });
    const read = await readBackupFile(repos, file);
    expect(read).toEqual({
      ok: false,
      error: { key: 'backupTooLarge', params: { size: 2_500_000_000, max: MAX_BACKUP_BYTES } },
    });
    expect(file.text).not.toHaveBeenCalled();
  });

  it('refuses with the browser’s reason a file it cannot read', async () => {
    const { repos } = await seededDatabase();
    const unreadable = new DOMException('The file could not be read.', 'NotReadableError');
    const read = await readBackupFile(
      repos,
      pickedFile(100, () => Promise.reject(unreadable)),
    );
    expect(read).toEqual({
      ok: false,
      error: { key: 'backupUnreadable', params: { reason: 'The file could not be read.' } },
    });
  });

  it('ends an unexpected failure while checking in a refusal, not a wait', async () => {
    const { repos } = await seededDatabase();
    const text = await exportText(repos);
    vi.spyOn(repos.backup, 'preview').mockRejectedValueOnce(new RangeError('Invalid time value'));
    const read = await readBackupFile(
      repos,
      pickedFile(text.length, async () => text),
    );
    expect(read).toEqual({
      ok: false,
      error: { key: 'backupCheckFailed', params: { reason: 'Invalid time value' } },
    });
  });

  it('refuses an export time with the right shape that no calendar has', async () => {
    const { repos } = await seededDatabase();
    const file = JSON.parse(await exportText(repos));
    file.feedforward.exportedAt = '2026-13-45T25:61:61Z';
    const text = JSON.stringify(file);
    const read = await readBackupFile(
      repos,
      pickedFile(text.length, async () => text),
    );
    expect(read).toEqual({
      ok: false,
      error: { key: 'backupDamaged', params: { part: 'feedforward.exportedAt' } },
    });
  });

  it('tells how far the check and the restore got, ending at every record', async () => {
    const { repos } = await seededDatabase();
    const text = await exportText(repos);
    const checked: [number, number][] = [];
    const read = await readBackupFile(
      repos,
      pickedFile(text.length, async () => text),
      (done, total) => checked.push([done, total]),
    );
    if (!read.ok) throw new Error('the export was refused');
    const records = Object.values(read.backup.tables).reduce((sum, rows) => sum + rows.length, 0);
    expect(checked.at(-1)).toEqual([records, records]);

    const written: [number, number][] = [];
    await repos.backup.restore(read.backup, 'replace', (done, total) =>
      written.push([done, total]),
    );
    expect(written.at(-1)).toEqual([records, records]);
  });
});
