/**
 * Styles inside the host's closed shadow root. The page's CSS cannot reach
 * these elements, and these rules cannot reach the page.
 */
export const HOST_SHADOW_CSS = `
:host { all: initial; }
.region { position: absolute; inset: 0; }
.frame { position: absolute; inset: 0; display: flex; background: #fff;
  box-shadow: -2px 0 12px rgba(0, 0, 0, 0.18); border-left: 1px solid #c9ced6; }
.resize { flex: 0 0 8px; cursor: ew-resize; background: transparent; outline: none;
  touch-action: none; }
.resize:hover, .resize:focus-visible, .resize.dragging { background: #d7e3fc; }
.resize:focus-visible { box-shadow: inset 0 0 0 2px #1a56db; }
iframe { flex: 1 1 auto; border: 0; width: 100%; height: 100%; background: #fff;
  color-scheme: light; }
.dragging + iframe { pointer-events: none; }
.expand { position: absolute; inset: 0; border: 0; border-left: 1px solid #c9ced6;
  background: #1a56db; color: #fff; font: 600 14px/1 system-ui, sans-serif; cursor: pointer;
  writing-mode: vertical-rl; letter-spacing: 0.05em; padding: 0; }
.expand:focus-visible { outline: 3px solid #ffbf47; outline-offset: -3px; }
.covered { position: absolute; top: 0; left: 0; right: 0; margin: 0; padding: 12px 14px;
  background: #8a1c1c; color: #fff; font: 600 14px/1.4 system-ui, sans-serif; }
.covered:focus { outline: 3px solid #ffbf47; outline-offset: -3px; }
[hidden] { display: none !important; }
`;

/**
 * Inline, !important styles on the host element itself: the only part of the
 * panel that lives in the page's DOM, so the only part the page's own
 * stylesheets could otherwise restyle. A fixed element's `right: 0` is the
 * inner edge of the window's scrollbar, so the page's scrollbar stays uncovered.
 */
export function hostElementStyles(options: {
  width: number;
  open: boolean;
  animate: boolean;
}): Record<string, string> {
  return {
    all: 'initial',
    position: 'fixed',
    top: '0',
    right: '0',
    width: `${options.width}px`,
    height: '100vh',
    'z-index': '2147483647',
    display: 'block',
    transform: options.open ? 'translateX(0)' : 'translateX(100%)',
    // Visibility changes with the slide, so a closing panel stays visible until it is out.
    transition: options.animate ? 'transform 160ms ease-out, visibility 160ms' : 'none',
    visibility: options.open ? 'visible' : 'hidden',
  };
}
