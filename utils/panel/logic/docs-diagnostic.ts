import type { DocsAccess } from '../../model/page-access';

/**
 * The text a teacher copies for support when Google Docs does not give full
 * access: the extension and browser versions, the mode and each probe's
 * outcome. It never holds any of the document's text, title or address, so
 * it can be pasted into an e-mail without a second thought.
 */
export function docsDiagnostic(
  access: DocsAccess,
  versions: { app: string; browser: string },
): string {
  return [
    'Feedforward diagnostic (Google Docs)',
    `version: ${versions.app}`,
    `browser: ${versions.browser}`,
    `mode: ${access.mode}`,
    `annotated-text API: ${access.api}`,
    `accessibility layer: ${access.layer}`,
    `text export: ${access.export}`,
  ].join('\n');
}
