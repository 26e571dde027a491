import { defineMessages } from '../define';

/** Whether the student has revised a passage since the feedback on it, and what changed. */
export const revisionMessages = defineMessages({
  en: {
    revisionRevised: 'Revised since your feedback',
    revisionNotYet: 'Not yet revised',
    revisionShowChanges: 'Show the changes',
    revisionHideChanges: 'Hide the changes',
    revisionRemoved: 'removed:',
    revisionAdded: 'added:',
  },
  sv: {
    revisionRevised: 'Omarbetat sedan din återkoppling',
    revisionNotYet: 'Inte omarbetat än',
    revisionShowChanges: 'Visa ändringarna',
    revisionHideChanges: 'Dölj ändringarna',
    revisionRemoved: 'borttaget:',
    revisionAdded: 'tillagt:',
  },
  nb: {
    revisionRevised: 'Omarbeidet siden tilbakemeldingen din',
    revisionNotYet: 'Ikke omarbeidet ennå',
    revisionShowChanges: 'Vis endringene',
    revisionHideChanges: 'Skjul endringene',
    revisionRemoved: 'fjernet:',
    revisionAdded: 'lagt til:',
  },
});
