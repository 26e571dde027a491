import type {
  HostLabels,
  OpeningLayout,
  PanelLayout,
  PanelPlacement,
  PlacementState,
} from '../../utils/model/panel-host';
import type { CoverProblem } from './cover-check';
import { watchCover } from './cover-watch';
import { rememberFocus } from './focus-return';
import { HOST_SHADOW_CSS, hostElementStyles } from './host-styles';
import { claimElement } from './own-elements';
import type { NarrowingProblem, PageRoom } from './page-room';

/** Narrowest and widest the panel may be dragged to. */
export const MIN_PANEL_WIDTH = 280;
export const MAX_PANEL_WIDTH = 900;
/** Width of the edge tab shown while the panel is collapsed. */
export const COLLAPSED_WIDTH = 32;
const KEY_STEP = 16;
/** Marks the host so people inspecting a page can tell what it is; nothing relies on it being unique. */
export const PANEL_HOST_ATTRIBUTE = 'data-feedforward-panel';

/** The panel's frame on the page: open/close, collapse, resize. */
export interface PanelHost {
  readonly element: HTMLElement;
  isOpen(): boolean;
  setOpen(open: boolean): void;
  /** Moves the keyboard focus into the panel (or its edge tab while collapsed). */
  focus(): void;
  setCollapsed(collapsed: boolean): void;
  /** Beside or over the page; says where the panel really is. */
  setPlacement(placement: PanelPlacement): PlacementState;
  localize(labels: HostLabels): void;
  destroy(): void;
}

/** The largest width that still leaves most of the student's text visible. */
function maxWidthFor(win: Window): number {
  return Math.max(MIN_PANEL_WIDTH, Math.min(MAX_PANEL_WIDTH, Math.floor(win.innerWidth * 0.7)));
}

/** Keeps a requested width inside the allowed range for this window. */
export function clampWidth(width: number, win: Window): number {
  return Math.round(Math.min(maxWidthFor(win), Math.max(MIN_PANEL_WIDTH, width)));
}

/**
 * Mounts the side panel: a host element with a closed shadow root holding a
 * resize handle and an iframe of the extension's panel page. The page sees
 * the host element but can reach neither the iframe nor its document.
 * `onLayoutChange` is called when the teacher finishes resizing or collapses
 * the panel, so the layout can be remembered. Placed beside the page, the
 * panel has `room` narrow the page by the width it takes (the edge tab's
 * when collapsed, nothing when closed); where the page cannot be narrowed
 * the panel lies over it until the teacher asks again.
 */
export function mountPanelHost(options: {
  doc: Document;
  panelUrl: string;
  layout: OpeningLayout;
  room: PageRoom;
  labels: HostLabels;
  onLayoutChange(layout: PanelLayout): void;
}): PanelHost {
  const { doc } = options;
  const win = doc.defaultView ?? window;
  // A built-in element: a page can define a custom element's name before we
  // arrive (and then construct and capture our host), but never a built-in's.
  // attachShadow on a fresh element either gives us a root of our own or throws.
  const element = doc.createElement('div');
  element.setAttribute(PANEL_HOST_ATTRIBUTE, '');
  claimElement(element);
  const shadow = element.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = HOST_SHADOW_CSS;
  // One named landmark around everything the panel shows, so a screen reader's
  // list of landmarks leads to it from anywhere on the page.
  const region = doc.createElement('div');
  region.className = 'region';
  region.setAttribute('role', 'complementary');

  const frame = doc.createElement('div');
  frame.className = 'frame';
  const handle = doc.createElement('div');
  handle.className = 'resize';
  handle.tabIndex = 0;
  handle.setAttribute('role', 'separator');
  handle.setAttribute('aria-orientation', 'vertical');
  const iframe = doc.createElement('iframe');
  iframe.src = options.panelUrl;
  // The frame's URL is a per-session dynamic one whose origin differs from the
  // origin the panel then runs in, so a bare `clipboard-write` (which means
  // "the src origin") would not reach the panel. The frame only ever holds
  // our panel, so allowing it for any origin grants nothing to anyone else.
  iframe.setAttribute('allow', 'clipboard-write *');
  frame.append(handle, iframe);

  const expand = doc.createElement('button');
  expand.className = 'expand';
  expand.type = 'button';
  expand.textContent = 'Feedforward';
  // Shown, with the panel made inert, while the page covers or hides the panel:
  // what the teacher clicks or types could then reach the page instead. It
  // holds the focus meanwhile, so the focus stays with the panel, not the page.
  const warning = doc.createElement('p');
  warning.className = 'covered';
  warning.setAttribute('role', 'alert');
  warning.tabIndex = -1;
  warning.hidden = true;
  region.append(frame, expand, warning);
  shadow.append(style, region);

  let open = false;
  let width = clampWidth(options.layout.width, win);
  let collapsed = options.layout.collapsed;
  let returnFocus: () => void = () => {};
  let placement = options.layout.placement;
  let narrowing: NarrowingProblem | null = null;

  const makeRoom = () => {
    const taken = open ? (collapsed ? COLLAPSED_WIDTH : width) : 0;
    if (placement === 'beside' && narrowing === null) narrowing = options.room.make(taken);
    else options.room.make(0);
  };
  const placementState = (): PlacementState => ({
    actual: placement === 'beside' && narrowing === null ? 'beside' : 'over',
    problem: placement === 'beside' ? narrowing : null,
  });

  const render = () => {
    const styles = hostElementStyles({
      width: collapsed ? COLLAPSED_WIDTH : width,
      open,
      animate: !win.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
    });
    for (const [name, value] of Object.entries(styles)) {
      element.style.setProperty(name, value, 'important');
    }
    frame.hidden = collapsed;
    expand.hidden = !collapsed;
    handle.setAttribute('aria-valuenow', String(width));
    handle.setAttribute('aria-valuemin', String(MIN_PANEL_WIDTH));
    handle.setAttribute('aria-valuemax', String(maxWidthFor(win)));
    makeRoom();
  };
  const save = () => options.onLayoutChange({ width, collapsed });
  const focusPanel = () => (collapsed ? expand : iframe).focus();

  let stopCoverWatch: (() => void) | null = null;
  let focusedWhenCovered = false;
  const showCover = (problem: CoverProblem | null) => {
    const covered = problem !== null;
    if (covered) focusedWhenCovered = doc.activeElement === element;
    frame.inert = covered;
    expand.inert = covered;
    warning.hidden = !covered;
    if (covered && focusedWhenCovered) warning.focus();
    if (!covered && focusedWhenCovered && open) focusPanel();
  };
  const watchWhileOpen = () => {
    stopCoverWatch?.();
    stopCoverWatch = open ? watchCover(element, showCover) : null;
  };

  handle.addEventListener('pointerdown', (event) => {
    handle.setPointerCapture(event.pointerId);
    handle.classList.add('dragging');
  });
  handle.addEventListener('pointermove', (event) => {
    if (!handle.hasPointerCapture(event.pointerId)) return;
    width = clampWidth(element.getBoundingClientRect().right - event.clientX, win);
    render();
  });
  const endDrag = (event: PointerEvent) => {
    if (!handle.hasPointerCapture(event.pointerId)) return;
    handle.releasePointerCapture(event.pointerId);
    handle.classList.remove('dragging');
    save();
  };
  handle.addEventListener('pointerup', endDrag);
  handle.addEventListener('pointercancel', endDrag);
  handle.addEventListener('keydown', (event) => {
    // The panel sits on the right, so moving its edge left makes it wider.
    // Its width is the separator's value: Home gives the least, End the most.
    const step = event.shiftKey ? KEY_STEP * 4 : KEY_STEP;
    const change: Record<string, number> = {
      ArrowLeft: step,
      ArrowRight: -step,
      Home: -MAX_PANEL_WIDTH,
      End: MAX_PANEL_WIDTH,
    };
    const delta = change[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    width = clampWidth(width + delta, win);
    render();
    save();
  });
  expand.addEventListener('click', () => host.setCollapsed(false));
  const onResize = () => {
    width = clampWidth(width, win);
    render();
  };
  win.addEventListener('resize', onResize);

  const host: PanelHost = {
    element,
    isOpen: () => open,
    setOpen(next) {
      if (next === open) return;
      open = next;
      if (open) returnFocus = rememberFocus(doc);
      render();
      watchWhileOpen();
      if (open) focusPanel();
      else returnFocus();
    },
    focus: () => focusPanel(),
    setCollapsed(next) {
      if (next === collapsed) return;
      collapsed = next;
      render();
      save();
      if (open) focusPanel();
    },
    setPlacement(next) {
      placement = next;
      narrowing = null;
      render();
      return placementState();
    },
    localize(labels) {
      region.setAttribute('aria-label', labels.hostRegion);
      handle.setAttribute('aria-label', labels.hostResize);
      expand.setAttribute('aria-label', labels.hostExpand);
      expand.title = labels.hostExpand;
      iframe.title = labels.hostFrameTitle;
      warning.textContent = labels.hostCovered;
    },
    destroy() {
      win.removeEventListener('resize', onResize);
      stopCoverWatch?.();
      options.room.make(0);
      element.remove();
    },
  };
  host.localize(options.labels);
  render();
  doc.documentElement.append(element);
  return host;
}
