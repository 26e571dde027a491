/**
 * One feature's interface text in all three languages, side by side in one
 * file. Keeping a feature's strings together lets a translator see the
 * English next to the Swedish and Norwegian, and lets features grow without
 * everyone editing the same three catalogs. The Swedish and Norwegian
 * halves must have exactly the English keys (the type checker says which
 * one is missing).
 */
export function defineMessages<Keys extends string>(messages: {
  en: Record<Keys, string>;
  sv: Record<Keys, string>;
  nb: Record<Keys, string>;
}): typeof messages {
  return messages;
}
