import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Repositories } from '../utils/db/index';
import { useLiveQuery } from '../utils/db/use-live-query';
import { createI18n, I18nContext } from '../utils/i18n/context';
import { resolveLocale } from '../utils/i18n/index';
import type { ConnectResult, PageConnection } from '../utils/panel/page-connection';
import type { Reminders } from '../utils/panel/reminders';
import { ServicesContext } from '../utils/panel/services';
import type { StorageProbe } from '../utils/panel/storage-probe';
import { ConnectionNotice } from './ConnectionNotice';
import { PanelView } from './PanelView';

type Connection =
  | { status: 'connecting' }
  | { status: 'refused' }
  | { status: 'connected'; page: PageConnection; lost: boolean };

/**
 * The panel page's root: picks the interface language (the teacher's
 * setting, else the browser's) and shows data only once the handshake with
 * the page has succeeded.
 */
export function PanelRoot(props: {
  repos: Repositories;
  storage: StorageProbe;
  reminders: Reminders;
  connect(): Promise<ConnectResult>;
  browserLanguages: readonly string[];
  /** Where the dashboard page is, for the panel's link to it. */
  dashboardUrl: string;
}) {
  const { repos, storage, reminders, connect } = props;
  const storedLocale = useLiveQuery(() => repos.settings.get('locale'), [repos]);
  const localeSetting = storedLocale.data ?? 'auto';
  // Until the stored setting is read, render nothing rather than flash the browser's language.
  const settingsRead = storedLocale.data !== undefined || storedLocale.error !== undefined;
  const locale = resolveLocale(localeSetting, props.browserLanguages);
  const i18n = useMemo(() => createI18n(locale), [locale]);
  const [connection, setConnection] = useState<Connection>({ status: 'connecting' });

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = i18n.t('hostFrameTitle');
  }, [locale, i18n]);

  useEffect(() => {
    let current = true;
    connect().then((result) => {
      if (!current) return;
      if (result.status === 'refused') {
        setConnection({ status: 'refused' });
        return;
      }
      const page = result.connection;
      // The view stays (with whatever the teacher was typing); a notice explains the lost link.
      page.onDisconnect(() => setConnection({ status: 'connected', page, lost: true }));
      setConnection({ status: 'connected', page, lost: false });
    });
    return () => {
      current = false;
    };
  }, [connect]);

  const page = connection.status === 'connected' ? connection.page : null;
  const services = useMemo(
    () => (page ? { repos, storage, reminders, page } : null),
    [repos, storage, reminders, page],
  );

  if (!settingsRead) return null;
  return (
    <I18nContext.Provider value={i18n}>
      {connection.status === 'connecting' && (
        <ConnectionNotice busy message={i18n.t('panelConnecting')} />
      )}
      {connection.status === 'refused' && <ConnectionNotice message={i18n.t('panelRefused')} />}
      {connection.status === 'connected' && connection.lost && (
        <ConnectionNotice message={i18n.t('panelDisconnected')} />
      )}
      {services && (
        <ServicesContext.Provider value={services}>
          <PanelView
            dashboardUrl={props.dashboardUrl}
            localeSetting={localeSetting}
            onLocaleChange={(value) => void repos.settings.set('locale', value)}
          />
        </ServicesContext.Provider>
      )}
    </I18nContext.Provider>
  );
}
