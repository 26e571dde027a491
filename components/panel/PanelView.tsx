import { useEffect, useId, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import type { DocumentIdentity } from '../../utils/model/document';
import type { Settings } from '../../utils/model/settings';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useSetting } from '../../utils/panel/hooks/use-setting';
import { useStartupMark } from '../../utils/panel/hooks/use-startup-mark';
import { useServices } from '../../utils/panel/services/context';
import { DocumentSessionProvider } from '../../utils/panel/session/provider';
import { BackupReminder } from '../backup/BackupReminder';
import { BankView } from '../bank/BankView';
import { useTemplateBank } from '../bank/use-template-bank';
import { VisitNotesLink } from '../coaching/VisitNotesLink';
import { FollowUpsList } from '../follow-ups/FollowUpsList';
import { StorageMeter } from '../storage/StorageMeter';
import { LanguageSelect } from '../ui/LanguageSelect';
import { PanelTabs } from '../ui/Tabs';
import { isBankShortcut, isSavedListShortcut, useKeyShortcut } from '../ui/use-key-shortcut';
import { DocumentMovedNotice } from './DocumentMovedNotice';
import { FeedbackTab } from './FeedbackTab';
import { PageSettings } from './PageSettings';
import { PanelHeader } from './PanelHeader';
import { useTemplateLanguage } from './use-languages';
import { placementProblemMessage, usePanelPlacement } from './use-panel-placement';

type Tab = 'feedback' | 'followUps' | 'bank';

/**
 * The connected panel: the document's feedback (inside the document's
 * session, which follows the teacher's selection on the page and starts
 * afresh when the page moves on to another document), the
 * follow-ups and the comment bank as tabs, the storage meter and the
 * language settings. It localises the host's own controls.
 */
export function PanelView(props: {
  /** The document the page showed before it moved on without reloading, if it did. */
  movedFrom: DocumentIdentity | null;
  dashboardUrl: string;
  /** The privacy page (what is stored, where, and how to delete it). */
  privacyUrl: string;
  localeSetting: Settings['locale'];
  onLocaleChange(locale: Settings['locale']): void;
}) {
  const { repos, page, storage } = useServices();
  const { t, locale } = useI18n();
  const [tab, setTab] = useState<Tab>('feedback');
  const [dismissedMove, setDismissedMove] = useState<DocumentIdentity | null>(null);
  const movedFrom = props.movedFrom !== dismissedMove ? props.movedFrom : null;

  const { setting: templateSetting, lang: templateLang } = useTemplateLanguage(locale);
  const storageRevision = useLiveQuery(() => repos.feedback.revision(), [repos]).data;
  const thresholds = useSetting('storageThresholds');
  const storageLinks = {
    backupHref: `${props.dashboardUrl}#backup`,
    overviewHref: `${props.dashboardUrl}#storage`,
    newTab: true,
  };
  const bank = useTemplateBank(templateLang);
  const placement = usePanelPlacement();
  const [placementNoted, setPlacementNoted] = useState(false);
  const titleId = useId();
  useStartupMark('connected');

  // The shortcuts that lead to the document's feedback also bring its tab forward.
  useKeyShortcut(isBankShortcut, () => setTab('feedback'));
  useKeyShortcut(isSavedListShortcut, () => setTab('feedback'));

  useEffect(() => {
    const labels = {
      hostRegion: t('extName'),
      hostResize: t('hostResize'),
      hostExpand: t('hostExpand'),
      hostFrameTitle: t('hostFrameTitle'),
      hostCovered: t('hostCovered'),
    };
    page.request('host/localize', labels).catch(() => {});
  }, [page, t]);

  return (
    <div class="panel" lang={locale}>
      <PanelHeader
        title={page.document.title}
        titleId={titleId}
        onCollapse={() =>
          void page.request('host/setCollapsed', { collapsed: true }).catch(() => {})
        }
        onClose={() => void page.request('host/close', null).catch(() => {})}
      />
      <main aria-labelledby={titleId}>
        {movedFrom && (
          <DocumentMovedNotice
            previous={movedFrom}
            shown={page.document}
            onDismiss={() => setDismissedMove(movedFrom)}
          />
        )}
        {placement?.problem && !placementNoted && (
          <div class="moved-notice" role="status">
            <p>{t(placementProblemMessage(placement.problem))}</p>
            <button type="button" onClick={() => setPlacementNoted(true)}>
              {t('placementUnderstood')}
            </button>
          </div>
        )}
        <BackupReminder action={{ href: `${props.dashboardUrl}#backup` }} />
        <PanelTabs<Tab>
          label={t('tabsLabel')}
          selected={tab}
          onSelect={setTab}
          tabs={[
            {
              key: 'feedback',
              label: t('tabFeedback'),
              content: (
                // A new document gets a new session: nothing of the previous one carries over.
                <DocumentSessionProvider key={page.document.key}>
                  <FeedbackTab
                    bank={bank}
                    templateLang={templateLang}
                    storageOverviewUrl={storageLinks.overviewHref}
                  />
                </DocumentSessionProvider>
              ),
            },
            { key: 'followUps', label: t('followUpsHeading'), content: <FollowUpsList /> },
            {
              key: 'bank',
              label: t('tabBank'),
              content: <BankView bank={bank} templateLang={templateLang} />,
            },
          ]}
        />
      </main>
      <footer>
        <StorageMeter
          probe={storage}
          revision={storageRevision}
          warning={{ thresholds, links: storageLinks }}
        />
        <PageSettings placement={placement} />
        <a href={props.dashboardUrl} target="_blank" rel="noopener">
          {t('panelOpenDashboard')}
        </a>
        <VisitNotesLink dashboardUrl={props.dashboardUrl} />
        <a href={props.privacyUrl} target="_blank" rel="noopener">
          {t('privacyLink')}
        </a>
        <div class="field-row">
          <LanguageSelect
            label={t('languageLabel')}
            autoLabel={t('languageAuto')}
            value={props.localeSetting}
            onChange={props.onLocaleChange}
          />
          <LanguageSelect
            label={t('templateLanguage')}
            autoLabel={t('templateLanguageAuto')}
            value={templateSetting}
            onChange={(value) => void repos.settings.set('templateLocale', value)}
          />
        </div>
      </footer>
    </div>
  );
}
