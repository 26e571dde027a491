import { describe, expect, it, vi } from 'vitest';
import { askToPersist } from '../../../utils/background/persist-storage';

describe('asking the browser to keep the data', () => {
  it('asks once when the data is not yet persistent, and passes the answer on', async () => {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    expect(await askToPersist(storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again once the data is persistent', async () => {
    const storage = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) };
    expect(await askToPersist(storage)).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('does nothing where the browser cannot be asked (Chrome’s service worker)', async () => {
    expect(await askToPersist({})).toBeNull();
  });
});
