/** How deep a chain of wrapped errors is followed. */
const MAX_DEPTH = 5;

/** Error names browsers give a write refused for lack of space. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** The legacy DOMException code of QUOTA_EXCEEDED_ERR. */
const QUOTA_CODE = 22;

/**
 * Whether a failed write failed because storage is full. Dexie reports a
 * refused write either as the QuotaExceededError itself or as an
 * AbortError of the transaction with the real cause in `inner`, so the
 * cause chain (`inner`, then `cause`) is followed. Only then can the
 * teacher be told to free space instead of being shown a technical message.
 */
export function isQuotaExceeded(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (typeof current !== 'object' || current === null) return false;
    const { name, code, inner, cause } = current as {
      name?: unknown;
      code?: unknown;
      inner?: unknown;
      cause?: unknown;
    };
    if ((typeof name === 'string' && QUOTA_NAMES.has(name)) || code === QUOTA_CODE) return true;
    current = inner ?? cause;
  }
  return false;
}
