import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Repositories } from '../../db/index';
import type { ComposerPresence } from '../adapters/composer-presence';
import type { DraftKeeper } from '../adapters/draft-keeper';
import type { PageConnection } from '../adapters/page-connection';
import type { Reminders } from '../adapters/reminders';
import type { StorageProbe } from '../adapters/storage-probe';

/**
 * What any extension page's components may use (the panel and the
 * dashboard). They receive it from context instead of importing the
 * database or `browser`, so tests hand them fakes.
 */
export interface AppServices {
  repos: Repositories;
  storage: StorageProbe;
  reminders: Reminders;
}

/**
 * The panel also has its link to the page it was opened on, someone to keep
 * its last draft as its frame goes, and a way to tell which composers are
 * open in other tabs.
 */
export interface PanelServices extends AppServices {
  page: PageConnection;
  keeper: DraftKeeper;
  presence: ComposerPresence;
}

export const ServicesContext = createContext<AppServices | PanelServices | null>(null);

/** The services of the extension page this component is rendered in. */
export function useAppServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useAppServices outside a ServicesContext provider');
  return services;
}

/** The panel's services, page link included; only for components that live in the panel. */
export function useServices(): PanelServices {
  const services = useContext(ServicesContext);
  if (!services || !('page' in services)) throw new Error('useServices outside the panel');
  return services;
}
