/**
 * Where the dashboard shows the visits, kept apart from the visits' views
 * so the panel's link does not load them into the panel.
 */

/** The dashboard's address for the visits. */
const VISITS_HASH = '#visits';
/** The dashboard's address for taking notes in the visit under way (the panel links here). */
export const VISIT_NOTES_HASH = '#visit-notes';

/** Whether the dashboard was opened at the visits (`#visits` or `#visit-notes`). */
export function visitsTabFor(hash: string | undefined): boolean {
  return hash === VISITS_HASH || hash === VISIT_NOTES_HASH;
}
