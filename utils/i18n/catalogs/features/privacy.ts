import { defineMessages } from '../define';
import privacyText from './privacy.json';

/**
 * The privacy page's text. It lives in JSON so that the store listing
 * (scripts/store-listing.mjs, plain Node) reads the very same words: the
 * page and the listing cannot drift apart. Keys keep their order there:
 * headings, paragraphs and `…Item…` list entries, as the page shows them.
 */
export const privacyMessages = defineMessages(privacyText);

/** The links around the privacy page: to it from the panel and the dashboard, and from it to the places that act. */
export const privacyLinkMessages = defineMessages({
  en: {
    privacyLink: 'Privacy',
    privacyBackupLink: 'Open Backup',
    privacyStorageLink: 'Open Storage (delete a student, a colleague or everything)',
    privacyVisitsLink: 'Open Visits (hand-over files)',
    privacyBankLink: 'Open the comment bank (template files)',
  },
  sv: {
    privacyLink: 'Integritet',
    privacyBackupLink: 'Öppna Säkerhetskopia',
    privacyStorageLink: 'Öppna Lagring (radera en elev, en kollega eller allt)',
    privacyVisitsLink: 'Öppna Besök (överlämningsfiler)',
    privacyBankLink: 'Öppna kommentarbanken (mallfiler)',
  },
  nb: {
    privacyLink: 'Personvern',
    privacyBackupLink: 'Åpne Sikkerhetskopi',
    privacyStorageLink: 'Åpne Lagring (slett en elev, en kollega eller alt)',
    privacyVisitsLink: 'Åpne Besøk (overleveringsfiler)',
    privacyBankLink: 'Åpne kommentarbanken (malfiler)',
  },
});
