import { defineMessages } from '../define';

/** Follow-ups, due and ahead, in the panel and on the dashboard, and on a saved item. */
export const followUpMessages = defineMessages({
  en: {
    followUpsDoneFailed: 'Could not mark it as followed up ({reason}). Try again.',
    followUpsHeading: 'Follow-ups',
    followUpsDueHeading: 'Due',
    followUpsUpcomingHeading: 'Upcoming',
    followUpOn: 'Follow up {date}',
    followUpOverdue: 'Follow up {date}: overdue',
    followUpDoneOn: 'Followed up {date}',
    followUpsNone: 'No follow-ups are due.',
    followUpsDue: '{date}: {document}',
    followUpsOpen: 'Open the document',
    followUpsDone: 'Followed up',
  },
  sv: {
    followUpsDoneFailed: 'Kunde inte markera den som uppföljd ({reason}). Försök igen.',
    followUpsHeading: 'Uppföljningar',
    followUpsDueHeading: 'Att göra nu',
    followUpsUpcomingHeading: 'Kommande',
    followUpOn: 'Följ upp {date}',
    followUpOverdue: 'Följ upp {date}: försenad',
    followUpDoneOn: 'Uppföljd {date}',
    followUpsNone: 'Inga uppföljningar att göra.',
    followUpsDue: '{date}: {document}',
    followUpsOpen: 'Öppna dokumentet',
    followUpsDone: 'Uppföljd',
  },
  nb: {
    followUpsDoneFailed: 'Kunne ikke markere den som fulgt opp ({reason}). Prøv igjen.',
    followUpsHeading: 'Oppfølginger',
    followUpsDueHeading: 'Skal gjøres nå',
    followUpsUpcomingHeading: 'Kommende',
    followUpOn: 'Følg opp {date}',
    followUpOverdue: 'Følg opp {date}: forsinket',
    followUpDoneOn: 'Fulgt opp {date}',
    followUpsNone: 'Ingen oppfølginger venter.',
    followUpsDue: '{date}: {document}',
    followUpsOpen: 'Åpne dokumentet',
    followUpsDone: 'Fulgt opp',
  },
});
