/**
 * Everything this extension knows about Google Docs' page: class names, ids,
 * labels, shortcuts and private hooks, in one place, because Docs can change
 * any of them without notice and then this is the one file to update.
 *
 * Provenance, said honestly: each entry was taken from public sources
 * (open-source extensions and test scripts that drive Docs) as of November 2026,
 * is reproduced by the stand-in page in tests/fixtures/docs/document.html,
 * and has NOT been verified against live Google Docs from this repository's
 * tests (they run without network). When Docs changes, the insert falls back
 * to the clipboard with a precise reason; nothing the teacher wrote is lost.
 */

/**
 * Page-world global Docs reads once while it boots: set to an extension id,
 * it turns on "annotated canvas" mode, in which Docs offers its text and
 * selection to that extension. Docs decides per id (an allowlist), which is
 * why our id is pinned. Seen in public extensions as of November 2026.
 */
export const ANNOTATE_FLAG = '_docs_annotate_canvas_by_ext';

/**
 * Page-world function Docs defines in annotated canvas mode: called with the
 * extension id, it resolves to an object with `getText()` (the whole text,
 * with control characters), `getSelection()` (an array of `{ start, end }`
 * in raw offsets) and `setSelection(start, end)` (selects, and Docs scrolls
 * to it). Seen in public extensions as of November 2026. When the id is not
 * allowed we expect the function to be missing or to fail; which of the two
 * live Docs does is not known here, and both are handled.
 */
export const ANNOTATED_TEXT_FUNCTION = '_docs_annotate_getAnnotatedText';

/** The suffixes Docs appends to the tab title, per interface language. */
export const TITLE_SUFFIX = /\s+[-–—]\s+Google (?:Docs|Dokument|Dokumenter)$/;

/**
 * Docs' own "Add comment" controls, tried in order: the button that appears
 * in the right margin beside a selection (id `docs-instant-button-bubble`
 * inside `.docs-instant-docos-content`), the toolbar's comment button (id
 * `insertCommentButton`), and any button labelled "Add comment" (English
 * interface only: ids come first because labels are translated). As of
 * November 2026, from public sources.
 */
export const ADD_COMMENT_CONTROLS = [
  '.docs-instant-docos-content #docs-instant-button-bubble',
  '#insertCommentButton',
  '[role="button"][aria-label^="Add comment"]',
];

/**
 * The hidden iframe whose editable body receives every key press in the
 * editor; Docs' keyboard shortcuts are read from events there. As of May
 * 2026, from public sources.
 */
export const KEY_EVENT_TARGET_FRAME = 'iframe.docs-texteventtarget-iframe';

/**
 * Docs' "Add comment" shortcut: Ctrl+Alt+M, or ⌘+Option+M on a Mac.
 * Synthetic key events carry no `keyCode`; if Docs reads only that, the
 * shortcut does nothing and the "Add comment" control is the way in (it is
 * tried first for that reason).
 */
export const ADD_COMMENT_SHORTCUT = { key: 'm', code: 'KeyM' } as const;

/**
 * The comment box Docs opens beside the passage ("docos" is Docs' comment
 * system): an anchored view holding the input and its buttons. Docs has
 * used a `<textarea>` (`docos-input-textarea`) and later a contenteditable
 * (`docos-input-contenteditable`); both are accepted. As of November 2026, from
 * public sources.
 */
export const COMMENT_BOX = '.docos-anchoreddocoview';
export const COMMENT_INPUT = '.docos-input-textarea, .docos-input-contenteditable';
/** The box's "Comment" (post) button; disabled while the input is empty. */
export const COMMENT_POST_BUTTON = '.docos-input-buttons-post';
/** How Docs marks a disabled button (goog/jfk buttons). */
export const DISABLED_BUTTON = '[aria-disabled="true"], .jfk-button-disabled';
/**
 * The text of a posted comment in Docs' comments stream (one per comment
 * or reply): a new one holding our text is how a post is confirmed. As of
 * November 2026, from public sources.
 */
export const POSTED_COMMENT_BODY = '.docos-replyview-body';

/**
 * The accessibility layer Docs renders in annotated canvas mode: inside each
 * canvas tile an `svg` of `g[role=paragraph]`, one `rect` per line fragment
 * with its text in `aria-label` and its CSS font in `data-font-css`. Tiles
 * overlap, so a fragment can appear twice. As of November 2026, from public
 * sources (extensions that read Docs' canvas).
 */
export const LAYER_SVG = '.kix-canvas-tile-content svg';
export const LAYER_PARAGRAPH = 'g[role="paragraph"]';
export const LAYER_FRAGMENT = 'rect[aria-label]';
/** The rectangles Docs draws over the selected text. */
export const SELECTION_RECTS = '.kix-canvas-tile-selection rect';
/** A page of a paginated document; a pageless one is all one page. */
export const PAGE = '.kix-page-paginated, .kix-page';

/**
 * The element that scrolls Docs' document (the window itself never does),
 * used to bring a passage into view where Docs cannot be asked to select
 * it. As of November 2026, from public sources.
 */
export const EDITOR_SCROLLER = '.kix-appview-editor';
