import type { DocumentIdentity } from '../db/documents';
import type {
  AnchorReport,
  HighlightPalette,
  InsertOutcome,
  InsertRequest,
  PlacedItem,
} from '../integrations/types';
import type { Anchor } from '../model/anchor';
import { FEEDBACK_LEVELS } from '../model/feedback';

/**
 * The one protocol between the three parts of the extension:
 *
 *   background ⇄ content script   one-shot runtime/tabs messages (RuntimeRequests)
 *   panel      ⇄ content script   a port the panel opens to its own tab's top
 *                                 frame (PanelRequests, PageEvents)
 *
 * Never window.postMessage: the host page can read and forge those. Every
 * receiver validates the payload with the validators below and checks who
 * sent it before acting.
 */

/** Width and collapsed state of the side panel, remembered across pages. */
export interface PanelLayout {
  width: number;
  collapsed: boolean;
}

/** The passage the teacher selected, described so it can be found again. */
export interface PageSelection {
  anchor: Anchor;
}

/** The host's own accessible labels, in the language the panel is set to. */
export interface HostLabels {
  hostResize: string;
  hostExpand: string;
  hostFrameTitle: string;
}

/** Background ⇄ content script. */
export type RuntimeRequests = {
  /** Toolbar button or keyboard shortcut: open the panel if closed, close it if open. */
  'host/toggle': { params: null; result: { open: boolean } };
  'layout/get': { params: null; result: PanelLayout };
  'layout/save': { params: PanelLayout; result: null };
};

/** Panel → content script of its own tab, over the panel's port. */
export type PanelRequests = {
  /** The handshake: proves the panel is the frame this content script mounted. */
  'page/hello': { params: { token: string }; result: DocumentIdentity };
  'page/selection': { params: null; result: PageSelection | null };
  'page/scrollTo': { params: { anchor: Anchor }; result: { found: boolean } };
  /** The document's saved items: find and mark their passages, say which were found. */
  'page/place': {
    params: { items: PlacedItem[]; palette: HighlightPalette };
    result: { reports: AnchorReport[] };
  };
  /** Put feedback into the document (a Docs comment or the focused field). */
  'page/insert': { params: InsertRequest; result: InsertOutcome };
  'host/close': { params: null; result: null };
  'host/setCollapsed': { params: { collapsed: boolean }; result: null };
  'host/localize': { params: HostLabels; result: null };
};

/** Content script → panel notifications (no reply). */
export type PageEvents = {
  'page/selectionChanged': PageSelection | null;
  /** The page's text changed and the passages were found again. */
  'page/anchorsChanged': { reports: AnchorReport[] };
  /** The teacher pointed at or clicked a highlighted passage. */
  'page/highlightActivated': { id: string; how: 'hover' | 'click' };
};

/** A request map: each message type with its parameters and its result. */
export type RequestMap = Record<string, { params: unknown; result: unknown }>;

/** One request on the wire. */
export interface RequestMessage<M extends RequestMap, K extends keyof M = keyof M> {
  type: K;
  params: M[K]['params'];
}

/** The name of the port a panel opens to its page. */
export const PANEL_PORT_NAME = 'feedforward-panel';

type Validator = (params: unknown) => boolean;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isNull: Validator = (params) => params === null;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Checks the shape of stored or transmitted selectors (both must be present and consistent). */
export function isAnchor(value: unknown): value is Anchor {
  if (!isRecord(value) || !isRecord(value.quote) || !isRecord(value.position)) return false;
  const { quote, position } = value;
  return (
    quote.type === 'TextQuoteSelector' &&
    typeof quote.exact === 'string' &&
    quote.exact.length > 0 &&
    typeof quote.prefix === 'string' &&
    typeof quote.suffix === 'string' &&
    position.type === 'TextPositionSelector' &&
    isCount(position.start) &&
    isCount(position.end) &&
    position.end > position.start
  );
}

const isSelection: Validator = (params) =>
  params === null || (isRecord(params) && isAnchor(params.anchor));

const PALETTES: readonly unknown[] = ['standard', 'colourBlind'] satisfies HighlightPalette[];
const LEVELS: readonly unknown[] = FEEDBACK_LEVELS;
const ANCHOR_STATUSES: readonly unknown[] = ['anchored', 'orphaned'];
/** Upper bounds that keep a forged or runaway message from costing the page much work. */
const MAX_PLACED_ITEMS = 5000;
const MAX_INSERT_LENGTH = 100_000;

function isPlacedItem(value: unknown): value is PlacedItem {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    isAnchor(value.anchor) &&
    LEVELS.includes(value.level)
  );
}

function isAnchorReport(value: unknown): value is AnchorReport {
  return isRecord(value) && typeof value.id === 'string' && ANCHOR_STATUSES.includes(value.status);
}

const isPlaceRequest: Validator = (params) =>
  isRecord(params) &&
  Array.isArray(params.items) &&
  params.items.length <= MAX_PLACED_ITEMS &&
  params.items.every(isPlacedItem) &&
  PALETTES.includes(params.palette);

const isInsertRequest: Validator = (params) =>
  isRecord(params) &&
  (params.anchor === null || isAnchor(params.anchor)) &&
  typeof params.text === 'string' &&
  params.text.length <= MAX_INSERT_LENGTH &&
  typeof params.autoPost === 'boolean';

const isLayout: Validator = (params) =>
  isRecord(params) &&
  typeof params.width === 'number' &&
  Number.isFinite(params.width) &&
  params.width > 0 &&
  typeof params.collapsed === 'boolean';

const isLabels: Validator = (params) =>
  isRecord(params) &&
  ['hostResize', 'hostExpand', 'hostFrameTitle'].every((key) => typeof params[key] === 'string');

const runtimeValidators: Record<keyof RuntimeRequests, Validator> = {
  'host/toggle': isNull,
  'layout/get': isNull,
  'layout/save': isLayout,
};

const panelValidators: Record<keyof PanelRequests, Validator> = {
  'page/hello': (params) => isRecord(params) && typeof params.token === 'string',
  'page/selection': isNull,
  'page/scrollTo': (params) => isRecord(params) && isAnchor(params.anchor),
  'page/place': isPlaceRequest,
  'page/insert': isInsertRequest,
  'host/close': isNull,
  'host/setCollapsed': (params) => isRecord(params) && typeof params.collapsed === 'boolean',
  'host/localize': isLabels,
};

const eventValidators: Record<keyof PageEvents, Validator> = {
  'page/selectionChanged': isSelection,
  'page/anchorsChanged': (params) =>
    isRecord(params) && Array.isArray(params.reports) && params.reports.every(isAnchorReport),
  'page/highlightActivated': (params) =>
    isRecord(params) &&
    typeof params.id === 'string' &&
    (params.how === 'hover' || params.how === 'click'),
};

function parseWith<M>(
  validators: Record<string, Validator>,
  raw: unknown,
): { type: keyof M & string; params: unknown } | null {
  if (!isRecord(raw) || typeof raw.type !== 'string') return null;
  const validate = Object.hasOwn(validators, raw.type) ? validators[raw.type] : undefined;
  if (!validate?.(raw.params)) return null;
  return { type: raw.type as keyof M & string, params: raw.params };
}

/** A background/content request with a known type and well-formed parameters, or null. */
export function parseRuntimeRequest(raw: unknown): RequestMessage<RuntimeRequests> | null {
  return parseWith<RuntimeRequests>(
    runtimeValidators,
    raw,
  ) as RequestMessage<RuntimeRequests> | null;
}

/** A panel request with a known type and well-formed parameters, or null. */
export function parsePanelRequest(raw: unknown): RequestMessage<PanelRequests> | null {
  return parseWith<PanelRequests>(panelValidators, raw) as RequestMessage<PanelRequests> | null;
}

/** A page event with a known type and well-formed payload, or null. */
export function parsePageEvent(
  raw: unknown,
): { type: keyof PageEvents; params: PageEvents[keyof PageEvents] } | null {
  return parseWith<PageEvents>(eventValidators, raw) as {
    type: keyof PageEvents;
    params: PageEvents[keyof PageEvents];
  } | null;
}

/** The parts of a message sender the checks below look at. */
export interface SenderInfo {
  id?: string;
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
