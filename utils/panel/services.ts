import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Repositories } from '../db/index';
import type { PageConnection } from './page-connection';
import type { StorageProbe } from './storage-probe';

/**
 * What the panel's components may use. They receive it from context instead
 * of importing the database or `browser`, so tests hand them fakes.
 */
export interface PanelServices {
  repos: Repositories;
  page: PageConnection;
  storage: StorageProbe;
}

export const ServicesContext = createContext<PanelServices | null>(null);

/** The services of the panel this component is rendered in. */
export function useServices(): PanelServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside a ServicesContext provider');
  return services;
}
