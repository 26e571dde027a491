import { useEffect, useRef } from 'preact/hooks';

/** Ctrl+K on Windows and Linux, ⌘K on a Mac. */
export function isBankShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
}

/** Alt+L (Option+L on a Mac, where the key itself types another letter). */
export function isSavedListShortcut(event: KeyboardEvent): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyL';
}

/**
 * A panel-wide keyboard shortcut: heard wherever the focus is in the panel,
 * so the teacher need not first find the part of the panel it belongs to.
 * The latest `run` is called, so it may use current state.
 */
export function useKeyShortcut(
  matches: (event: KeyboardEvent) => boolean,
  run: (event: KeyboardEvent) => void,
): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!matches(event)) return;
      event.preventDefault();
      latest.current(event);
    };
    globalThis.document.addEventListener('keydown', onKey);
    return () => globalThis.document.removeEventListener('keydown', onKey);
  }, [matches]);
}
