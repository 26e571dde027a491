import type { SettingsRepository } from '../db/settings';
import type { OpeningLayout, PanelLayout } from '../model/panel-host';

/** Reads the remembered panel layout; the background answers content scripts with it. */
export async function loadLayout(settings: SettingsRepository): Promise<OpeningLayout> {
  const [width, collapsed, placement] = await Promise.all([
    settings.get('panelWidth'),
    settings.get('panelCollapsed'),
    settings.get('panelPlacement'),
  ]);
  return { width, collapsed, placement };
}

/** Remembers the layout the teacher left the panel in, for every page. */
export async function saveLayout(settings: SettingsRepository, layout: PanelLayout): Promise<null> {
  await Promise.all([
    settings.set('panelWidth', Math.round(layout.width)),
    settings.set('panelCollapsed', layout.collapsed),
  ]);
  return null;
}
