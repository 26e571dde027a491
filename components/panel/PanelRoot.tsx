import { useEffect, useMemo, useState } from 'preact/hooks';
import { I18nContext } from '../../utils/i18n/context';
import type { DocumentIdentity } from '../../utils/model/document';
import type { ComposerPresence } from '../../utils/panel/adapters/composer-presence';
import type { DraftKeeper } from '../../utils/panel/adapters/draft-keeper';
import type { ConnectResult, PageConnection } from '../../utils/panel/adapters/page-connection';
import type { Reminders } from '../../utils/panel/adapters/reminders';
import type { StorageProbe } from '../../utils/panel/adapters/storage-probe';
import { ServicesContext } from '../../utils/panel/services/context';
import type { Repositories } from '../../utils/panel/services/types';
import { AnnouncerProvider } from '../ui/Announcer';
import { ConnectionNotice } from './ConnectionNotice';
import { PanelView } from './PanelView';
import { useInterfaceLanguage } from './use-languages';

type Connection =
  | { status: 'connecting' }
  | { status: 'refused' }
  | {
      status: 'connected';
      page: PageConnection;
      lost: boolean;
      /** The document the page showed before it moved on, while the panel says so. */
      movedFrom: DocumentIdentity | null;
    };

/** The connection once the page moved to `shown`: the panel follows; a rename is no move. */
function follow(connection: Connection, shown: DocumentIdentity): Connection {
  if (connection.status !== 'connected') return connection;
  const previous = connection.page.document;
  const moved = shown.key !== previous.key;
  return {
    ...connection,
    page: { ...connection.page, document: shown },
    movedFrom: moved ? previous : connection.movedFrom,
  };
}

/**
 * The panel page's root: picks the interface language (the teacher's
 * setting, else the browser's), shows data only once the handshake with
 * the page has succeeded, and follows the page when a single-page app moves
 * to another document, so what is written next is filed under the document
 * the page shows.
 */
export function PanelRoot(props: {
  repos: Repositories;
  storage: StorageProbe;
  reminders: Reminders;
  keeper: DraftKeeper;
  presence: ComposerPresence;
  connect(): Promise<ConnectResult>;
  browserLanguages: readonly string[];
  /** Where the dashboard page is, for the panel's link to it. */
  dashboardUrl: string;
  /** Where the privacy page is, for the panel's link to it. */
  privacyUrl: string;
}) {
  const { repos, storage, reminders, keeper, presence, connect } = props;
  const {
    setting: localeSetting,
    ready,
    i18n,
  } = useInterfaceLanguage(repos, props.browserLanguages, 'hostFrameTitle');
  const [connection, setConnection] = useState<Connection>({ status: 'connecting' });

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
      page.onDisconnect(() =>
        setConnection((now) => (now.status === 'connected' ? { ...now, lost: true } : now)),
      );
      page.on('page/documentChanged', (shown) => setConnection((now) => follow(now, shown)));
      setConnection({ status: 'connected', page, lost: false, movedFrom: null });
    });
    return () => {
      current = false;
    };
  }, [connect]);

  const page = connection.status === 'connected' ? connection.page : null;
  const services = useMemo(
    () => (page ? { repos, storage, reminders, keeper, presence, page } : null),
    [repos, storage, reminders, keeper, presence, page],
  );

  if (!ready) return null;
  return (
    <I18nContext.Provider value={i18n}>
      <AnnouncerProvider>
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
              movedFrom={connection.status === 'connected' ? connection.movedFrom : null}
              dashboardUrl={props.dashboardUrl}
              privacyUrl={props.privacyUrl}
              localeSetting={localeSetting}
              onLocaleChange={(value) => void repos.settings.set('locale', value)}
            />
          </ServicesContext.Provider>
        )}
      </AnnouncerProvider>
    </I18nContext.Provider>
  );
}
