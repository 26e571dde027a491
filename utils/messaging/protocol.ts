import * as v from 'valibot';
import { AnchorSchema } from '../model/anchor';
import { DocumentIdentitySchema } from '../model/document';
import { InsertOutcomeSchema, InsertRequestSchema } from '../model/insert';
import {
  AnchorReportsSchema,
  HighlightActivationSchema,
  HighlightPaletteSchema,
  MAX_PLACED_ITEMS,
  PageSelectionSchema,
  type PlacedItem,
  readPlacedItems,
} from '../model/page';
import { DocsAccessSchema } from '../model/page-access';
import {
  HostLabelsSchema,
  OpeningLayoutSchema,
  PanelLayoutSchema,
  PanelPlacementSchema,
  PlacementStateSchema,
} from '../model/panel-host';
import type { RequestTypes } from './messages';

/**
 * The one protocol between the three parts of the extension:
 *
 *   background ⇄ content script   one-shot runtime/tabs messages (RuntimeRequests)
 *   panel      ⇄ content script   a port the panel opens to its own tab's top
 *                                 frame (PanelRequests, PageEvents)
 *
 * Never window.postMessage: the host page can read and forge those. Each
 * message's parameters, its reply and each event have one schema below; the
 * receiver parses with it (and checks who sent it) before acting, and the
 * sender checks the reply with it before using it. Parameter and reply
 * schemas are separate maps so the content script carries only those it uses.
 */

const NONE = v.null();

/** Background ⇄ content script: what each request carries. */
export const RUNTIME_REQUEST_PARAMS = {
  /**
   * Toolbar button or keyboard shortcut: open the panel if closed, close it
   * if open. The shortcut pressed while the page has the focus brings the
   * focus to the open panel instead, so the keyboard reaches it.
   */
  'host/toggle': v.strictObject({
    via: v.picklist(['button', 'shortcut']),
    /** The remembered layout, for a panel this request mounts. */
    layout: OpeningLayoutSchema,
  }),
  'layout/save': PanelLayoutSchema,
};

/** Background ⇄ content script: what each request's reply must be. */
export const RUNTIME_REPLIES = {
  'host/toggle': v.strictObject({ open: v.boolean() }),
  'layout/save': NONE,
};

/** Background ⇄ content script requests, their parameters and replies. */
export type RuntimeRequests = RequestTypes<typeof RUNTIME_REQUEST_PARAMS, typeof RUNTIME_REPLIES>;

/**
 * The saved items to find and mark. The list itself is checked (an array, not
 * too long), its items one by one: an unreadable item is reported `invalid`
 * and never keeps the others from being placed.
 */
const PlaceParamsSchema = v.pipe(
  v.strictObject({
    items: v.pipe(
      v.custom<PlacedItem[]>((items) => Array.isArray(items)),
      v.maxLength(MAX_PLACED_ITEMS),
    ),
    palette: HighlightPaletteSchema,
  }),
  v.transform(({ items, palette }) => ({ ...readPlacedItems(items), palette })),
);

/** Panel → content script of its own tab, over the panel's port: what each request carries. */
export const PANEL_REQUEST_PARAMS = {
  /** The handshake: proves the panel is the frame this content script mounted. */
  'page/hello': v.strictObject({ token: v.string() }),
  /** Which document the page shows now (asked again before each save). */
  'page/identify': NONE,
  'page/selection': NONE,
  'page/scrollTo': v.strictObject({ anchor: AnchorSchema }),
  /** The document's saved items: find and mark their passages, say which were found. */
  'page/place': PlaceParamsSchema,
  /** Put feedback into the document (a Docs comment or the focused field). */
  'page/insert': InsertRequestSchema,
  /** Google Docs: which way into the text works (null on other pages). */
  'page/access': NONE,
  'host/close': NONE,
  'host/setCollapsed': v.strictObject({ collapsed: v.boolean() }),
  'host/localize': HostLabelsSchema,
  /** Beside or over the page, as the teacher set it; the reply says where it really is. */
  'host/placement': v.strictObject({ placement: PanelPlacementSchema }),
};

/** Panel → content script: what each request's reply must be. */
export const PANEL_REPLIES = {
  'page/hello': DocumentIdentitySchema,
  'page/identify': DocumentIdentitySchema,
  'page/selection': v.nullable(PageSelectionSchema),
  'page/scrollTo': v.strictObject({ found: v.boolean() }),
  'page/place': AnchorReportsSchema,
  'page/insert': InsertOutcomeSchema,
  'page/access': v.nullable(DocsAccessSchema),
  'host/close': NONE,
  'host/setCollapsed': NONE,
  'host/localize': NONE,
  'host/placement': PlacementStateSchema,
};

/** Panel → content script requests, their parameters and replies. */
export type PanelRequests = RequestTypes<typeof PANEL_REQUEST_PARAMS, typeof PANEL_REPLIES>;

/** Content script → panel notifications (no reply). */
export const PAGE_EVENTS = {
  /** A single-page app moved to another document (or renamed it) without reloading. */
  'page/documentChanged': DocumentIdentitySchema,
  'page/selectionChanged': v.nullable(PageSelectionSchema),
  /** The page's text changed and the passages were found again (unreadable ones stay `invalid`). */
  'page/anchorsChanged': AnchorReportsSchema,
  /** The teacher pointed at or clicked a highlighted passage. */
  'page/highlightActivated': HighlightActivationSchema,
  /** Google Docs: the way into the text changed. */
  'page/accessChanged': DocsAccessSchema,
  /**
   * Google Docs: the comment box of the last insert was posted (a new comment
   * shows it) or let go; then `copied` says whether the page put the text on
   * the clipboard.
   */
  'page/commentSettled': v.strictObject({ posted: v.boolean(), copied: v.boolean() }),
};

/** Content script → panel notifications and their payloads. */
export type PageEvents = {
  [K in keyof typeof PAGE_EVENTS]: v.InferOutput<(typeof PAGE_EVENTS)[K]>;
};

/** The name of the port a panel opens to its page. */
export const PANEL_PORT_NAME = 'feedforward-panel';

/** The parts of a message sender the checks below look at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** True for our own content script in the top frame of a tab (for background handlers). */
export function isOwnTopFrameContentScript(sender: SenderInfo, extensionId: string): boolean {
  return sender.id === extensionId && sender.tab?.id !== undefined && sender.frameId === 0;
}

/** True for our own background or extension page, never a content script (for page handlers). */
export function isOwnExtensionContext(sender: SenderInfo, extensionId: string): boolean {
  return sender.id === extensionId && sender.tab === undefined;
}

/**
 * True for one of our own extension pages (the panel frame inside a tab, the
 * dashboard), for the background's page handlers: such a page's address is
 * in the extension's own origin, which no content script's page can have.
 */
export function isOwnExtensionPage(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return sender.id === extensionId && sender.url?.startsWith(extensionOrigin) === true;
}
