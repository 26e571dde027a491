import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The text an item's passage covers in the page now, by item id; undefined while it is not found. */
export type PassageTextOf = (id: string) => string | undefined;

/**
 * The current texts of the document's found passages, as the page last
 * reported them. Given to the list through context so each item's revision
 * note reads its own passage without every list layer passing it on.
 */
export const PassageTextsContext = createContext<PassageTextOf>(() => undefined);

/** The text the item's passage covers in the page now (see `PassageTextsContext`). */
export function usePassageText(id: string): string | undefined {
  return useContext(PassageTextsContext)(id);
}
