import * as v from 'valibot';

/**
 * How much of a Google Docs document Feedforward can reach, best first. Docs
 * draws its text on a canvas and offers it to extensions in ways it may
 * switch off at any time, so the page side finds out at run time which one
 * works and the panel tells the teacher what follows from it:
 * - `full`: Docs' annotated-text API answers: the live text, the teacher's
 *   selection, selecting a passage and commenting on it;
 * - `layer`: no API, but Docs' invisible accessibility layer is there: the
 *   live text and the selection are read from it; a comment goes on the
 *   teacher's own selection;
 * - `canvas`: neither: the text as of the last save (Docs' text export), the
 *   passage from what the teacher copies or pastes; a comment goes on the
 *   teacher's own selection, else onto the clipboard.
 */
export const DOCS_MODES = ['full', 'layer', 'canvas'] as const;
export const DocsModeSchema = v.picklist(DOCS_MODES);
export type DocsMode = v.InferOutput<typeof DocsModeSchema>;

/** What Docs' annotated-text API did when asked: answered, absent, refused us, answered nonsense, or was silent. */
export const ApiProbeSchema = v.picklist(['ok', 'missing', 'refused', 'junk', 'noAnswer']);
/** Whether the accessibility layer held text (not looked for while the API answers). */
export const LayerProbeSchema = v.picklist(['ok', 'missing', 'notTried']);
/** What Docs' text export gave (only asked for when neither of the above works). */
export const ExportProbeSchema = v.picklist([
  'ok',
  'refused',
  'unreachable',
  'notText',
  'notTried',
]);

/**
 * Which mode is active and how each probe came out, for the panel's
 * document line and for the diagnostic a teacher can copy for support. It
 * names outcomes only, never any of the document's text.
 */
export const DocsAccessSchema = v.strictObject({
  mode: DocsModeSchema,
  api: ApiProbeSchema,
  layer: LayerProbeSchema,
  export: ExportProbeSchema,
});
export type DocsAccess = v.InferOutput<typeof DocsAccessSchema>;
export type ApiProbe = DocsAccess['api'];
export type ExportProbe = DocsAccess['export'];
