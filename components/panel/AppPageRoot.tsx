import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { I18nContext } from '../../utils/i18n/context';
import type { MessageKey } from '../../utils/i18n/index';
import type { Reminders } from '../../utils/panel/adapters/reminders';
import type { StorageProbe } from '../../utils/panel/adapters/storage-probe';
import { type AppServices, ServicesContext } from '../../utils/panel/services/context';
import type { Repositories } from '../../utils/panel/services/types';
import { AnnouncerProvider } from '../ui/Announcer';
import { useInterfaceLanguage } from './use-languages';

/**
 * What every extension page with no document behind it (the dashboard, the
 * printable summary) starts from: the interface language picked like the
 * panel's (the teacher's setting, else the browser's), the page's title in
 * it, and the page's services, before anything is shown.
 */
export function AppPageRoot(props: {
  repos: Repositories;
  storage: StorageProbe;
  reminders: Reminders;
  browserLanguages: readonly string[];
  /** The page's title, in the interface language. */
  titleKey: MessageKey;
  children: ComponentChildren;
}) {
  const { repos, storage, reminders } = props;
  const { ready, i18n } = useInterfaceLanguage(repos, props.browserLanguages, props.titleKey);
  const services = useMemo<AppServices>(
    () => ({ repos, storage, reminders }),
    [repos, storage, reminders],
  );

  if (!ready) return null;
  return (
    <I18nContext.Provider value={i18n}>
      <ServicesContext.Provider value={services}>
        <AnnouncerProvider>{props.children}</AnnouncerProvider>
      </ServicesContext.Provider>
    </I18nContext.Provider>
  );
}
