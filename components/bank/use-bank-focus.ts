import { useEffect, useRef } from 'preact/hooks';
import type { TemplateBank } from './use-template-bank';

/** Where focus goes once the list has caught up with a change. */
export type BankFocusRequest =
  /** `loadedAt`: the bank revision at which the template was first seen loaded. */
  | { kind: 'template'; id: string; loadedAt?: number }
  | { kind: 'new' }
  | { kind: 'undo' }
  | { kind: 'search' };

/**
 * Keeps keyboard focus where the teacher expects it after a change in the
 * bank list — on the saved template's row, the "new" button, the Undo
 * notice or the search field — by waiting until that element is on
 * screen: the live list and its search index catch up a render or two
 * after the change was stored. The refs go on those elements.
 */
export function useBankFocus(bank: TemplateBank) {
  const list = useRef<HTMLUListElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const undo = useRef<HTMLDivElement>(null);
  const pending = useRef<BankFocusRequest | null>(null);

  useEffect(() => {
    const request = pending.current;
    if (!request) return;
    if (request.kind === 'template') {
      const row = [
        ...(list.current?.querySelectorAll<HTMLElement>('[data-template-id]') ?? []),
      ].find((element) => element.dataset.templateId === request.id);
      const button = row?.querySelector<HTMLElement>('[data-action="edit"]');
      if (button) button.focus();
      else if (!bank.templates?.some((template) => template.id === request.id)) return;
      else if (request.loadedAt === undefined || request.loadedAt === bank.revision) {
        // Loaded, but the search index catches up one revision later.
        request.loadedAt ??= bank.revision;
        return;
      }
      // Loaded and indexed, but the filters leave it out: keep focus somewhere useful.
      else search.current?.focus();
    } else if (request.kind === 'new') newButton.current?.focus();
    else if (request.kind === 'undo') undo.current?.querySelector('button')?.focus();
    else search.current?.focus();
    pending.current = null;
  });

  return {
    refs: { list, search, newButton, undo },
    /** Focus goes to `target` as soon as it is on screen. */
    request(target: BankFocusRequest) {
      pending.current = target;
    },
  };
}
