import type { ComponentChildren } from 'preact';
import { useI18n } from '../../utils/i18n/context';
import type { MessageKey } from '../../utils/i18n/index';
import { DASHBOARD_ADDRESSES } from './dashboard-addresses';

/** One part of the page: a heading, its paragraphs and list, and the dashboard places that act on it. */
function PrivacySection(props: {
  id: string;
  heading: MessageKey;
  paragraphs?: MessageKey[];
  items?: MessageKey[];
  links?: { href: string; label: MessageKey }[];
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  const headingId = `privacy-${props.id}`;
  return (
    <section class="privacy-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(props.heading)}</h2>
      {props.paragraphs?.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
      {props.items && (
        <ul>
          {props.items.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      )}
      {props.links && (
        <ul class="privacy-links no-print">
          {props.links.map((link) => (
            <li key={link.label}>
              <a href={link.href}>{t(link.label)}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * What Feedforward keeps, where, what leaves the computer (only the files a
 * teacher makes), how to back up and delete, and why each permission is
 * asked for, in the teacher's language. The same text is the store
 * listing's privacy section (privacy.json), so the order here is theirs.
 */
export function PrivacyView() {
  const { t, locale } = useI18n();
  return (
    <div class="panel privacy" lang={locale}>
      <main>
        <header>
          <p class="product">{t('extName')}</p>
          <h1>{t('privacyTitle')}</h1>
          <p class="privacy-intro">{t('privacyIntro')}</p>
        </header>
        <PrivacySection
          id="stored"
          heading="privacyStoredHeading"
          paragraphs={['privacyStoredText']}
          items={[
            'privacyStoredItemStudents',
            'privacyStoredItemFeedback',
            'privacyStoredItemAssignments',
            'privacyStoredItemTemplates',
            'privacyStoredItemActivity',
            'privacyStoredItemVisits',
            'privacyStoredItemSettings',
          ]}
        />
        <PrivacySection
          id="where"
          heading="privacyWhereHeading"
          paragraphs={['privacyWhereText']}
        />
        <PrivacySection
          id="network"
          heading="privacyNetworkHeading"
          paragraphs={['privacyNetworkText', 'privacyNetworkDocsText']}
        />
        <PrivacySection
          id="files"
          heading="privacyFilesHeading"
          paragraphs={['privacyFilesText']}
          items={[
            'privacyFilesItemBackup',
            'privacyFilesItemTemplates',
            'privacyFilesItemVisit',
            'privacyFilesItemCsv',
            'privacyFilesItemSummary',
          ]}
          links={[
            { href: DASHBOARD_ADDRESSES.bank, label: 'privacyBankLink' },
            { href: DASHBOARD_ADDRESSES.visits, label: 'privacyVisitsLink' },
          ]}
        />
        <PrivacySection
          id="control"
          heading="privacyControlHeading"
          items={[
            'privacyControlItemBackup',
            'privacyControlItemErase',
            'privacyControlItemAll',
            'privacyControlItemUninstall',
          ]}
          links={[
            { href: DASHBOARD_ADDRESSES.backup, label: 'privacyBackupLink' },
            { href: DASHBOARD_ADDRESSES.storage, label: 'privacyStorageLink' },
          ]}
        />
        <PrivacySection
          id="permissions"
          heading="privacyPermissionsHeading"
          paragraphs={['privacyPermissionsText']}
          items={[
            'privacyPermissionsItemActiveTab',
            'privacyPermissionsItemScripting',
            'privacyPermissionsItemAlarms',
            'privacyPermissionsItemNotifications',
            'privacyPermissionsItemStorage',
            'privacyPermissionsItemDocs',
          ]}
        />
      </main>
    </div>
  );
}
