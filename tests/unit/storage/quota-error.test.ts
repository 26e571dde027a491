import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaExceeded } from '../../../utils/storage/quota-error';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaExceeded', () => {
  it('recognises the browser’s quota error, bare', () => {
    expect(isQuotaExceeded(quota())).toBe(true);
    expect(isQuotaExceeded(new Dexie.QuotaExceededError('full'))).toBe(true);
  });

  it('recognises it as the inner error of a transaction’s AbortError', () => {
    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isQuotaExceeded(new Error('wrapped', { cause: quota() }))).toBe(true);
  });

  it('does not mistake other failures for a full disk', () => {
    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isQuotaExceeded(new Dexie.ConstraintError('duplicate key'))).toBe(false);
    expect(isQuotaExceeded(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
    expect(isQuotaExceeded(undefined)).toBe(false);
  });
});
