import { defineMessages } from '../define';

/** The document's saved feedback as a list. */
export const feedbackListMessages = defineMessages({
  en: {
    listHeading: 'Feedback on this document ({count})',
    listEmpty: 'No feedback on this document yet.',
    listShowInDocument: 'Show in the document: {quote}',
    listNotFound: 'This passage was not found on the page; the text may have changed.',
    listPageNoAnswer: 'The page did not answer. Reload it, open the panel again and try once more.',
    listLoadFailed: 'Saved feedback could not be read ({reason}).',
    listEditItem: 'Edit feedback {number}',
    listDeleteItem: 'Delete feedback {number}',
    listEditBusy: 'Save or clear the feedback you are writing before editing another item.',
    listDeleted: 'Feedback deleted.',
  },
  sv: {
    listHeading: 'Återkoppling på dokumentet ({count})',
    listEmpty: 'Ingen återkoppling på det här dokumentet än.',
    listShowInDocument: 'Visa i dokumentet: {quote}',
    listNotFound: 'Avsnittet hittades inte på sidan; texten kan ha ändrats.',
    listPageNoAnswer:
      'Sidan svarade inte. Ladda om den, öppna panelen igen och försök en gång till.',
    listLoadFailed: 'Sparad återkoppling kunde inte läsas ({reason}).',
    listEditItem: 'Redigera återkoppling {number}',
    listDeleteItem: 'Ta bort återkoppling {number}',
    listEditBusy: 'Spara eller rensa återkopplingen du skriver innan du redigerar en annan.',
    listDeleted: 'Återkopplingen togs bort.',
  },
  nb: {
    listHeading: 'Tilbakemeldinger på dokumentet ({count})',
    listEmpty: 'Ingen tilbakemeldinger på dette dokumentet ennå.',
    listShowInDocument: 'Vis i dokumentet: {quote}',
    listNotFound: 'Utdraget ble ikke funnet på siden; teksten kan være endret.',
    listPageNoAnswer:
      'Siden svarte ikke. Last den inn på nytt, åpne panelet igjen og prøv en gang til.',
    listLoadFailed: 'Lagrede tilbakemeldinger kunne ikke leses ({reason}).',
    listEditItem: 'Rediger tilbakemelding {number}',
    listDeleteItem: 'Slett tilbakemelding {number}',
    listEditBusy: 'Lagre eller tøm tilbakemeldingen du skriver, før du redigerer en annen.',
    listDeleted: 'Tilbakemeldingen ble slettet.',
  },
});
