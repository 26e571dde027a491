import type { SettingsRepository } from '../db/settings';
import type { OpeningLayout, PanelLayout } from '../model/panel-host';
import { DEFAULT_SETTINGS } from '../model/settings';

/**
 * The remembered panel layout, sent with each request to open the panel.
 * An unreadable database opens the panel as a first-time teacher sees it
 * rather than not at all.
 */
export async function loadLayout(settings: SettingsRepository): Promise<OpeningLayout> {
  try {
    const [width, collapsed, placement] = await Promise.all([
      settings.get('panelWidth'),
      settings.get('panelCollapsed'),
      settings.get('panelPlacement'),
    ]);
    return { width, collapsed, placement };
  } catch {
    return {
      width: DEFAULT_SETTINGS.panelWidth,
      collapsed: DEFAULT_SETTINGS.panelCollapsed,
      placement: DEFAULT_SETTINGS.panelPlacement,
    };
  }
}

/** Remembers the layout the teacher left the panel in, for every page. */
export async function saveLayout(settings: SettingsRepository, layout: PanelLayout): Promise<null> {
  await Promise.all([
    settings.set('panelWidth', Math.round(layout.width)),
    settings.set('panelCollapsed', layout.collapsed),
  ]);
  return null;
}
