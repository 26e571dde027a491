import { defineMessages } from '../define';

/** The dashboard page. */
export const dashboardMessages = defineMessages({
  en: {
    dashboardTabsLabel: 'Dashboard sections',
  },
  sv: {
    dashboardTabsLabel: 'Översiktens delar',
  },
  nb: {
    dashboardTabsLabel: 'Oversiktens deler',
  },
});
