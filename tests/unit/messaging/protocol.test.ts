import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkReply, MalformedReplyError, parseMessage } from '../../../utils/messaging/messages';
import {
  isOwnExtensionContext,
  isOwnExtensionPage,
  isOwnTopFrameContentScript,
  PAGE_EVENTS,
  PANEL_REPLIES,
  PANEL_REQUEST_PARAMS,
  RUNTIME_REPLIES,
  RUNTIME_REQUEST_PARAMS,
} from '../../../utils/messaging/protocol';
import type { Anchor } from '../../../utils/model/anchor';

const parseRuntimeRequest = (raw: unknown) => parseMessage(RUNTIME_REQUEST_PARAMS, raw);
const parsePanelRequest = (raw: unknown) => parseMessage(PANEL_REQUEST_PARAMS, raw);
const parsePageEvent = (raw: unknown) => parseMessage(PAGE_EVENTS, raw);

const ANCHOR: Anchor = {
  quote: {
    type: 'TextQuoteSelector',
    exact: 'the war ended',
    prefix: 'In 1945 ',
    suffix: ' in Europe',
  },
  position: { type: 'TextPositionSelector', start: 8, end: 21 },
};

/** A copy of ANCHOR with some fields of the quote or position replaced. */
function anchorWith(change: { quote?: object; position?: object }): unknown {
  return {
    quote: { ...ANCHOR.quote, ...change.quote },
    position: { ...ANCHOR.position, ...change.position },
  };
}

describe('runtime requests (background ⇄ content script)', () => {
  it.each([
    [
      {
        type: 'host/toggle',
        params: { via: 'button', layout: { width: 380, collapsed: false, placement: 'beside' } },
      },
    ],
    [{ type: 'layout/save', params: { width: 420, collapsed: true } }],
  ])('accepts %j', (message) => {
    expect(parseRuntimeRequest(message)).toEqual(message);
  });

  it.each([
    ['an unknown type', { type: 'host/explode', params: null }],
    ['a panel request type', { type: 'page/selection', params: null }],
    ['missing params', { type: 'host/toggle' }],
    ['an unknown way of asking', { type: 'host/toggle', params: { via: 'voice' } }],
    ['a toggle without the layout', { type: 'host/toggle', params: { via: 'button' } }],
    [
      'a toggle with a floating layout',
      {
        type: 'host/toggle',
        params: { via: 'button', layout: { width: 380, collapsed: false, placement: 'floating' } },
      },
    ],
    ['a layout with no width', { type: 'layout/save', params: { collapsed: false } }],
    [
      'a layout with a text width',
      { type: 'layout/save', params: { width: '400', collapsed: false } },
    ],
    ['a layout with zero width', { type: 'layout/save', params: { width: 0, collapsed: false } }],
    [
      'a layout with negative width',
      { type: 'layout/save', params: { width: -5, collapsed: false } },
    ],
    [
      'a layout with infinite width',
      { type: 'layout/save', params: { width: Infinity, collapsed: false } },
    ],
    [
      'a layout with NaN width',
      { type: 'layout/save', params: { width: Number.NaN, collapsed: false } },
    ],
    [
      'a layout with a text flag',
      { type: 'layout/save', params: { width: 400, collapsed: 'yes' } },
    ],
    [
      'a layout with a fractional width',
      { type: 'layout/save', params: { width: 400.5, collapsed: false } },
    ],
    [
      'a layout with a field it does not have',
      { type: 'layout/save', params: { width: 400, collapsed: false, top: 3 } },
    ],
    ['a non-string type', { type: 42, params: null }],
    ['no type at all', { params: null }],
    ['null', null],
    ['a string', 'host/toggle'],
    ['an array', ['host/toggle', null]],
  ])('rejects %s', (_what, message) => {
    expect(parseRuntimeRequest(message)).toBeNull();
  });

  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'])(
    'rejects the built-in object property %j used as a message type',
    (type) => {
      expect(parseRuntimeRequest({ type, params: null })).toBeNull();
      expect(parsePanelRequest({ type, params: null })).toBeNull();
      expect(parsePageEvent({ type, params: null })).toBeNull();
    },
  );

  it('refuses a message with fields a sender slipped in beside the type and params', () => {
    expect(
      parseRuntimeRequest({ type: 'host/toggle', params: { via: 'button' }, evil: true }),
    ).toBeNull();
  });
});

describe('panel requests (panel → its page)', () => {
  it.each([
    [{ type: 'page/hello', params: { token: 'abc' } }],
    [{ type: 'page/selection', params: null }],
    [{ type: 'page/scrollTo', params: { anchor: ANCHOR } }],
    [{ type: 'host/close', params: null }],
    [{ type: 'host/setCollapsed', params: { collapsed: false } }],
    [
      {
        type: 'host/localize',
        params: {
          hostRegion: 'Feedforward',
          hostResize: 'Ändra bredd',
          hostExpand: 'Fäll ut',
          hostFrameTitle: 'Panelen',
          hostCovered: 'Täckt',
        },
      },
    ],
  ])('accepts %j', (message) => {
    expect(parsePanelRequest(message)).toEqual(message);
  });

  it.each([
    ['a runtime request type', { type: 'layout/save', params: { width: 420, collapsed: true } }],
    ['a handshake without a token', { type: 'page/hello', params: {} }],
    ['a handshake with a numeric token', { type: 'page/hello', params: { token: 12 } }],
    ['a handshake with null params', { type: 'page/hello', params: null }],
    ['scrollTo without an anchor', { type: 'page/scrollTo', params: {} }],
    ['scrollTo with a bare anchor (not wrapped)', { type: 'page/scrollTo', params: ANCHOR }],
    ['setCollapsed with a text flag', { type: 'host/setCollapsed', params: { collapsed: 'true' } }],
    [
      'localize with a missing label',
      { type: 'host/localize', params: { hostResize: 'a', hostExpand: 'b' } },
    ],
    [
      'localize with a non-text label',
      {
        type: 'host/localize',
        params: {
          hostRegion: 'r',
          hostResize: 'a',
          hostExpand: 'b',
          hostFrameTitle: 'c',
          hostCovered: 3,
        },
      },
    ],
    [
      'scrollTo with an anchor that has a field selectors do not have',
      { type: 'page/scrollTo', params: { anchor: { ...ANCHOR, note: 'x' } } },
    ],
  ])('rejects %s', (_what, message) => {
    expect(parsePanelRequest(message)).toBeNull();
  });
});

describe('page events (page → panel)', () => {
  it('accepts a new selection', () => {
    const event = {
      type: 'page/selectionChanged',
      params: { anchor: ANCHOR, documentKey: 'https://lms.example/grade?student=a' },
    };
    expect(parsePageEvent(event)).toEqual(event);
  });

  it('accepts the news that the page moved on to another document', () => {
    const shown = { key: 'https://lms.example/grade?student=b', url: 'https://x', title: 'Bo' };
    const event = { type: 'page/documentChanged', params: shown };
    expect(parsePageEvent(event)).toEqual(event);
  });

  it('accepts a cleared selection', () => {
    const event = { type: 'page/selectionChanged', params: null };
    expect(parsePageEvent(event)).toEqual(event);
  });

  it.each([
    ['an unknown event', { type: 'page/exploded', params: null }],
    ['a request type', { type: 'page/selection', params: null }],
    ['a selection without an anchor', { type: 'page/selectionChanged', params: {} }],
    [
      'a selection that does not say which document it was made in',
      { type: 'page/selectionChanged', params: { anchor: ANCHOR } },
    ],
    ['a move to a document without a key', { type: 'page/documentChanged', params: { url: 'x' } }],
    ['a missing payload', { type: 'page/selectionChanged' }],
  ])('rejects %s', (_what, event) => {
    expect(parsePageEvent(event)).toBeNull();
  });
});

describe('anchors in messages (selectors received from a page or sent to it)', () => {
  it.each([
    ['a well-formed anchor', ANCHOR],
    [
      'a passage at the very start of the document',
      anchorWith({ quote: { prefix: '' }, position: { start: 0, end: 3 } }),
    ],
  ])('accepts %s', (_what, value) => {
    expect(parsePanelRequest({ type: 'page/scrollTo', params: { anchor: value } })).not.toBeNull();
    expect(
      parsePageEvent({
        type: 'page/selectionChanged',
        params: { anchor: value, documentKey: 'https://x' },
      }),
    ).not.toBeNull();
  });

  it.each([
    ['an empty quote', anchorWith({ quote: { exact: '' } })],
    ['end equal to start', anchorWith({ position: { start: 5, end: 5 } })],
    ['end before start', anchorWith({ position: { start: 9, end: 4 } })],
    ['a negative start', anchorWith({ position: { start: -1, end: 4 } })],
    ['a fractional start', anchorWith({ position: { start: 1.5, end: 4 } })],
    ['a fractional end', anchorWith({ position: { start: 1, end: 4.2 } })],
    ['a text offset', anchorWith({ position: { start: '1', end: 4 } })],
    ['a missing prefix', anchorWith({ quote: { prefix: undefined } })],
    ['a non-text suffix', anchorWith({ quote: { suffix: 7 } })],
    ['a wrong quote selector type', anchorWith({ quote: { type: 'TextPositionSelector' } })],
    ['a wrong position selector type', anchorWith({ position: { type: 'RangeSelector' } })],
    ['no position', { quote: ANCHOR.quote }],
    ['no quote', { position: ANCHOR.position }],
    ['an array', [ANCHOR.quote, ANCHOR.position]],
    ['null', null],
  ])('rejects %s', (_what, value) => {
    expect(parsePanelRequest({ type: 'page/scrollTo', params: { anchor: value } })).toBeNull();
    expect(
      parsePageEvent({
        type: 'page/selectionChanged',
        params: { anchor: value, documentKey: 'https://x' },
      }),
    ).toBeNull();
  });
});

const OWN_ID = 'ourextensionid';

describe('isOwnTopFrameContentScript (who may ask the background)', () => {
  it.each([
    ['our content script in a tab’s top frame', { id: OWN_ID, tab: { id: 3 }, frameId: 0 }, true],
    ['our content script in an embedded frame', { id: OWN_ID, tab: { id: 3 }, frameId: 7 }, false],
    ['our content script with no frame id', { id: OWN_ID, tab: { id: 3 } }, false],
    ['another extension', { id: 'someone-else', tab: { id: 3 }, frameId: 0 }, false],
    ['a sender with no id', { tab: { id: 3 }, frameId: 0 }, false],
    ['our own extension page (no tab)', { id: OWN_ID, frameId: 0 }, false],
    ['a tab without an id', { id: OWN_ID, tab: {}, frameId: 0 }, false],
  ])('%s → %s', (_who, sender, expected) => {
    expect(isOwnTopFrameContentScript(sender, OWN_ID)).toBe(expected);
  });
});

describe('isOwnExtensionPage (who may hand the worker a draft)', () => {
  const ORIGIN = `chrome-extension://${OWN_ID}/`;
  it.each([
    [
      'our panel frame inside a tab',
      { id: OWN_ID, tab: { id: 3 }, frameId: 7, url: `${ORIGIN}panel.html#token` },
      true,
    ],
    ['our dashboard', { id: OWN_ID, url: `${ORIGIN}dashboard.html` }, true],
    [
      'our content script on a page',
      { id: OWN_ID, tab: { id: 3 }, frameId: 0, url: 'https://lms.example/grade' },
      false,
    ],
    [
      'another extension’s page',
      { id: 'someone-else', url: 'chrome-extension://someone-else/panel.html' },
      false,
    ],
    ['a sender without an address', { id: OWN_ID }, false],
  ])('%s → %s', (_who, sender, expected) => {
    expect(isOwnExtensionPage(sender, OWN_ID, ORIGIN)).toBe(expected);
  });
});

describe('isOwnExtensionContext (who may command a page)', () => {
  it.each([
    ['our background or an extension page', { id: OWN_ID }, true],
    ['our content script in some tab', { id: OWN_ID, tab: { id: 3 }, frameId: 0 }, false],
    ['another extension’s background', { id: 'someone-else' }, false],
    ['a sender with no id', {}, false],
  ])('%s → %s', (_who, sender, expected) => {
    expect(isOwnExtensionContext(sender, OWN_ID)).toBe(expected);
  });
});

describe('feedback in the document (page/place, page/insert and their events)', () => {
  const placed = { id: 'item-1', anchor: ANCHOR, level: 'task' };
  const insert = { anchor: ANCHOR, text: 'Cite a source.' };

  it.each([[{ items: [placed], palette: 'standard' }], [{ items: [], palette: 'colourBlind' }]])(
    'accepts the placement %j, every item readable',
    (params) => {
      expect(parsePanelRequest({ type: 'page/place', params })).toEqual({
        type: 'page/place',
        params: { ...params, unreadable: [] },
      });
    },
  );

  it.each([
    ['of an unknown level', { ...placed, id: 'bad', level: 'vibes' }],
    [
      'with a broken anchor',
      { ...placed, id: 'bad', anchor: anchorWith({ quote: { exact: '' } }) },
    ],
    ['without an anchor', { id: 'bad', level: 'task' }],
    ['with a field items do not have', { ...placed, id: 'bad', colour: 'red' }],
  ])('places the other items and reports an item %s as invalid', (_what, bad) => {
    expect(
      parsePanelRequest({
        type: 'page/place',
        params: { items: [bad, placed], palette: 'standard' },
      }),
    ).toEqual({
      type: 'page/place',
      params: {
        items: [placed],
        unreadable: [{ id: 'bad', status: 'invalid' }],
        palette: 'standard',
      },
    });
  });

  it.each([
    ['without an id', { anchor: ANCHOR, level: 'task' }],
    ['with a numeric id', { ...placed, id: 7 }],
    ['that is not an object', 'item-2'],
    ['that is null', null],
  ])('places the other items and leaves out an entry %s (it cannot be named)', (_what, bad) => {
    expect(
      parsePanelRequest({
        type: 'page/place',
        params: { items: [placed, bad], palette: 'standard' },
      }),
    ).toEqual({
      type: 'page/place',
      params: { items: [placed], unreadable: [], palette: 'standard' },
    });
  });

  it.each([
    [{ type: 'page/insert', params: { ...insert, autoPost: false } }],
    [{ type: 'page/insert', params: { ...insert, anchor: null, autoPost: true } }],
  ])('accepts %j', (message) => {
    expect(parsePanelRequest(message)).toEqual(message);
  });

  it.each([
    ['place with an unknown palette', { items: [placed], palette: 'neon' }],
    ['place without items', { palette: 'standard' }],
    ['place with items that are not a list', { items: { 0: placed }, palette: 'standard' }],
    [
      'place with more items than any document has',
      { items: Array.from({ length: 5001 }, () => placed), palette: 'standard' },
    ],
  ])('rejects %s', (_what, params) => {
    expect(parsePanelRequest({ type: 'page/place', params })).toBeNull();
  });

  it('accepts as many items as a large document may have', () => {
    const items = Array.from({ length: 5000 }, (_, index) => ({ ...placed, id: `item-${index}` }));
    expect(
      parsePanelRequest({ type: 'page/place', params: { items, palette: 'standard' } }),
    ).not.toBeNull();
  });

  it.each([
    ['insert without the auto-post flag', insert],
    ['insert with a text flag', { ...insert, autoPost: 'false' }],
    [
      'insert with a broken anchor',
      { ...insert, anchor: anchorWith({ position: { start: 9, end: 4 } }), autoPost: false },
    ],
    ['insert without an anchor field', { text: 'x', autoPost: false }],
    ['insert with non-text feedback', { ...insert, text: 42, autoPost: false }],
    ['insert with runaway text', { ...insert, text: 'x'.repeat(100_001), autoPost: false }],
  ])('rejects %s', (_what, params) => {
    expect(parsePanelRequest({ type: 'page/insert', params })).toBeNull();
  });

  it.each([
    [
      {
        type: 'page/anchorsChanged',
        params: {
          reports: [
            { id: 'a', status: 'anchored' },
            { id: 'b', status: 'orphaned' },
            { id: 'c', status: 'invalid' },
          ],
        },
      },
    ],
    [{ type: 'page/anchorsChanged', params: { reports: [] } }],
    [{ type: 'page/highlightActivated', params: { id: 'a', how: 'hover' } }],
    [{ type: 'page/highlightActivated', params: { id: 'a', how: 'click' } }],
  ])('accepts the event %j', (event) => {
    expect(parsePageEvent(event)).toEqual(event);
  });

  it.each([
    [
      'reports that are not a list',
      { type: 'page/anchorsChanged', params: { reports: { a: 'anchored' } } },
    ],
    [
      'a report with an unknown status',
      { type: 'page/anchorsChanged', params: { reports: [{ id: 'a', status: 'lost' }] } },
    ],
    [
      'a report without an id',
      { type: 'page/anchorsChanged', params: { reports: [{ status: 'anchored' }] } },
    ],
    [
      'an activation of another kind',
      { type: 'page/highlightActivated', params: { id: 'a', how: 'drag' } },
    ],
    ['an activation without an id', { type: 'page/highlightActivated', params: { how: 'click' } }],
    [
      'an activation with a numeric id',
      { type: 'page/highlightActivated', params: { id: 7, how: 'click' } },
    ],
  ])('rejects %s', (_what, event) => {
    expect(parsePageEvent(event)).toBeNull();
  });
});

describe('replies (checked by whoever asked, before use)', () => {
  const REPLIES: Record<string, v.GenericSchema> = { ...PANEL_REPLIES, ...RUNTIME_REPLIES };
  const checkReplyTo = (type: string, reply: unknown) =>
    checkReply(REPLIES[type] as v.GenericSchema, type, reply);
  const identity = { key: 'docs.google.com/document/d/abc', url: 'https://x', title: 'Essay' };

  it.each([
    ['page/hello', identity],
    ['page/identify', identity],
    ['page/selection', { anchor: ANCHOR, documentKey: identity.key }],
    ['page/selection', null],
    ['page/scrollTo', { found: false }],
    ['page/place', { reports: [{ id: 'a', status: 'invalid' }] }],
    ['page/insert', { status: 'commentReady' }],
    ['page/insert', { status: 'fallback', reason: 'noField' }],
    ['host/close', null],
    ['host/toggle', { open: true }],
  ])('accepts a well-formed reply to %s', (type, reply) => {
    expect(checkReplyTo(type, reply)).toEqual(reply);
  });

  it.each([
    ['page/hello', { key: 'k', url: 'u' }],
    ['page/hello', { ...identity, title: 'x'.repeat(1001) }],
    ['page/selection', { anchor: anchorWith({ quote: { exact: '' } }) }],
    ['page/scrollTo', { found: 'yes' }],
    ['page/place', { reports: [{ id: 'a', status: 'lost' }] }],
    [
      'page/place',
      { reports: Array.from({ length: 5001 }, (_, i) => ({ id: `i${i}`, status: 'anchored' })) },
    ],
    ['page/insert', { status: 'fallback' }],
    ['page/insert', { status: 'fallback', reason: 'tired' }],
    ['page/insert', { status: 'typed' }],
    ['host/close', undefined],
    ['host/toggle', undefined],
    ['layout/save', undefined],
  ])('refuses a malformed reply to %s, saying which', (type, reply) => {
    expect(() => checkReplyTo(type, reply)).toThrow(MalformedReplyError);
    expect(() => checkReplyTo(type, reply)).toThrow(`The reply to ${type} was malformed.`);
  });
});
