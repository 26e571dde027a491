import { defineMessages } from '../define';

/** Follow-ups that are due, in the panel and on the dashboard. */
export const followUpMessages = defineMessages({
  en: {
    followUpsDoneFailed: 'Could not mark it as followed up ({reason}). Try again.',
    followUpsHeading: 'Due follow-ups',
    followUpsNone: 'No follow-ups are due.',
    followUpsDue: '{date}: {document}',
    followUpsOpen: 'Open the document',
    followUpsDone: 'Followed up',
  },
  sv: {
    followUpsDoneFailed: 'Kunde inte markera den som uppföljd ({reason}). Försök igen.',
    followUpsHeading: 'Uppföljningar att göra',
    followUpsNone: 'Inga uppföljningar att göra.',
    followUpsDue: '{date}: {document}',
    followUpsOpen: 'Öppna dokumentet',
    followUpsDone: 'Uppföljd',
  },
  nb: {
    followUpsDoneFailed: 'Kunne ikke markere den som fulgt opp ({reason}). Prøv igjen.',
    followUpsHeading: 'Oppfølginger som venter',
    followUpsNone: 'Ingen oppfølginger venter.',
    followUpsDue: '{date}: {document}',
    followUpsOpen: 'Åpne dokumentet',
    followUpsDone: 'Fulgt opp',
  },
});
