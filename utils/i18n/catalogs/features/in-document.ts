import { defineMessages } from '../define';

/** Passages in the page (found or orphaned), highlights, and putting feedback into the document. */
export const inDocumentMessages = defineMessages({
  en: {
    anchorOrphaned: 'Passage not found',
    anchorOrphanedHint:
      'The text this feedback was on is no longer in the page, probably because it was revised. The feedback is kept: you can still copy, edit or delete it, or move it to a new passage.',
    anchorOrphanedCount: '{count} of the passages could not be found in the page.',
    anchorUnreadableCount:
      '{count} of the saved passages could not be read, so they are not marked in the page (the feedback itself is kept and can be used as usual).',
    anchorReattach: 'Move to the selected passage',
    anchorReattachLabel: 'Move feedback {number} to the passage selected in the page',
    anchorReattachNeedsSelection: 'Select the new passage in the page first.',
    anchorReattached: 'Moved to the selected passage.',
    insertAction: 'Insert',
    insertActionLabel: 'Insert feedback {number} into the document',
    insertBusy: 'Inserting…',
    copyAction: 'Copy',
    copyActionLabel: 'Copy feedback {number}',
    copyDone: 'Copied, both as formatted text and as plain text.',
    copyFailed:
      'The browser did not allow copying. Select the feedback text above and copy it with Ctrl+C (⌘+C on a Mac).',
    insertInserted: 'Inserted into the comment field on the page.',
    insertCommentReady:
      'Google Docs’ comment box now holds your feedback. Click “Comment” there to post it.',
    insertCommentPosted: 'Posted as a comment in Google Docs.',
    insertReasonNoField: 'No comment field on this page had your cursor.',
    insertReasonBridgeMissing: 'Feedforward could not reach the text of this Google Docs document.',
    insertReasonNotAllowed: 'Google Docs does not let Feedforward add comments directly.',
    insertReasonPassageNotFound: 'The passage could not be found in the document any more.',
    insertReasonCommentBoxMissing: 'Google Docs’ comment box did not open as expected.',
    insertReasonSelectInDocs:
      'Here Google Docs lets Feedforward comment only on the passage you have selected, and that passage is not selected now.',
    insertReasonCommentNotPosted:
      'No new comment with your feedback appeared in Google Docs, so it is not marked as inserted.',
    insertReasonNoAnswer: 'The page did not answer.',
    insertReasonUnreadablePassage:
      'The passage saved with this feedback could not be read, so Feedforward cannot find it in the document.',
    insertPasteInDocs:
      'Your feedback is on the clipboard. Select the passage in the document, press Ctrl+Alt+M (⌘+Option+M on a Mac) to open a comment, and paste with Ctrl+V (⌘+V).',
    insertPasteInField:
      'Your feedback is on the clipboard. Click in the comment field and paste with Ctrl+V (⌘+V on a Mac).',
    insertedAt: 'Inserted {time}',
    pageSettingsHeading: 'Highlights and inserting',
    highlightPaletteLabel: 'Colours of marked passages',
    highlightPaletteStandard: 'Standard',
    highlightPaletteColourBlind: 'Colour-blind friendly',
    highlightLegend: 'How each level is marked',
    docsAutoPostLabel: 'In Google Docs, also click “Comment” for me',
  },
  sv: {
    anchorOrphaned: 'Stycket hittades inte',
    anchorOrphanedHint:
      'Texten som återkopplingen gällde finns inte längre på sidan, troligen för att den har skrivits om. Återkopplingen finns kvar: du kan fortfarande kopiera, redigera eller ta bort den, eller flytta den till ett nytt stycke.',
    anchorOrphanedCount: '{count} av styckena kunde inte hittas på sidan.',
    anchorUnreadableCount:
      '{count} av de sparade styckena kunde inte läsas och är därför inte markerade på sidan (själva återkopplingen finns kvar och kan användas som vanligt).',
    anchorReattach: 'Flytta till det markerade stycket',
    anchorReattachLabel: 'Flytta återkoppling {number} till stycket som är markerat på sidan',
    anchorReattachNeedsSelection: 'Markera först det nya stycket på sidan.',
    anchorReattached: 'Flyttad till det markerade stycket.',
    insertAction: 'Infoga',
    insertActionLabel: 'Infoga återkoppling {number} i dokumentet',
    insertBusy: 'Infogar…',
    copyAction: 'Kopiera',
    copyActionLabel: 'Kopiera återkoppling {number}',
    copyDone: 'Kopierad, både som formaterad text och som vanlig text.',
    copyFailed:
      'Webbläsaren tillät inte kopiering. Markera återkopplingens text ovan och kopiera den med Ctrl+C (⌘+C på Mac).',
    insertInserted: 'Infogad i kommentarsfältet på sidan.',
    insertCommentReady:
      'Kommentarsrutan i Google Dokument innehåller nu din återkoppling. Klicka på ”Kommentera” där för att publicera den.',
    insertCommentPosted: 'Publicerad som kommentar i Google Dokument.',
    insertReasonNoField: 'Inget kommentarsfält på sidan hade markören.',
    insertReasonBridgeMissing: 'Feedforward kom inte åt texten i det här Google-dokumentet.',
    insertReasonNotAllowed: 'Google Dokument låter inte Feedforward lägga till kommentarer direkt.',
    insertReasonPassageNotFound: 'Stycket gick inte längre att hitta i dokumentet.',
    insertReasonCommentBoxMissing: 'Kommentarsrutan i Google Dokument öppnades inte som väntat.',
    insertReasonSelectInDocs:
      'Här låter Google Dokument bara Feedforward kommentera det avsnitt du har markerat, och det avsnittet är inte markerat nu.',
    insertReasonCommentNotPosted:
      'Ingen ny kommentar med din återkoppling syntes i Google Dokument, så den är inte markerad som infogad.',
    insertReasonNoAnswer: 'Sidan svarade inte.',
    insertReasonUnreadablePassage:
      'Stycket som sparades med den här responsen gick inte att läsa, så Feedforward kan inte hitta det i dokumentet.',
    insertPasteInDocs:
      'Din återkoppling ligger i urklipp. Markera stycket i dokumentet, tryck Ctrl+Alt+M (⌘+Alternativ+M på Mac) för att öppna en kommentar och klistra in med Ctrl+V (⌘+V).',
    insertPasteInField:
      'Din återkoppling ligger i urklipp. Klicka i kommentarsfältet och klistra in med Ctrl+V (⌘+V på Mac).',
    insertedAt: 'Infogad {time}',
    pageSettingsHeading: 'Markeringar och infogning',
    highlightPaletteLabel: 'Färger på markerade stycken',
    highlightPaletteStandard: 'Standard',
    highlightPaletteColourBlind: 'Anpassade för färgblindhet',
    highlightLegend: 'Så markeras varje nivå',
    docsAutoPostLabel: 'Klicka också på ”Kommentera” åt mig i Google Dokument',
  },
  nb: {
    anchorOrphaned: 'Fant ikke avsnittet',
    anchorOrphanedHint:
      'Teksten tilbakemeldingen gjaldt, finnes ikke lenger på siden, trolig fordi den er skrevet om. Tilbakemeldingen er tatt vare på: du kan fortsatt kopiere, redigere eller slette den, eller flytte den til et nytt avsnitt.',
    anchorOrphanedCount: '{count} av avsnittene ble ikke funnet på siden.',
    anchorUnreadableCount:
      '{count} av de lagrede avsnittene kunne ikke leses og er derfor ikke merket på siden (selve tilbakemeldingen er tatt vare på og kan brukes som vanlig).',
    anchorReattach: 'Flytt til det merkede avsnittet',
    anchorReattachLabel: 'Flytt tilbakemelding {number} til avsnittet som er merket på siden',
    anchorReattachNeedsSelection: 'Merk først det nye avsnittet på siden.',
    anchorReattached: 'Flyttet til det merkede avsnittet.',
    insertAction: 'Sett inn',
    insertActionLabel: 'Sett inn tilbakemelding {number} i dokumentet',
    insertBusy: 'Setter inn…',
    copyAction: 'Kopier',
    copyActionLabel: 'Kopier tilbakemelding {number}',
    copyDone: 'Kopiert, både som formatert tekst og som ren tekst.',
    copyFailed:
      'Nettleseren tillot ikke kopiering. Merk teksten i tilbakemeldingen over og kopier den med Ctrl+C (⌘+C på Mac).',
    insertInserted: 'Satt inn i kommentarfeltet på siden.',
    insertCommentReady:
      'Kommentarboksen i Google Dokumenter inneholder nå tilbakemeldingen din. Klikk på «Kommenter» der for å publisere den.',
    insertCommentPosted: 'Publisert som kommentar i Google Dokumenter.',
    insertReasonNoField: 'Ingen kommentarfelt på siden hadde markøren.',
    insertReasonBridgeMissing:
      'Feedforward fikk ikke tilgang til teksten i dette Google-dokumentet.',
    insertReasonNotAllowed: 'Google Dokumenter lar ikke Feedforward legge til kommentarer direkte.',
    insertReasonPassageNotFound: 'Avsnittet finnes ikke lenger i dokumentet.',
    insertReasonCommentBoxMissing: 'Kommentarboksen i Google Dokumenter åpnet seg ikke som ventet.',
    insertReasonSelectInDocs:
      'Her lar Google Dokumenter Feedforward kommentere bare utdraget du har merket, og det utdraget er ikke merket nå.',
    insertReasonCommentNotPosted:
      'Ingen ny kommentar med tilbakemeldingen din dukket opp i Google Dokumenter, så den er ikke merket som satt inn.',
    insertReasonNoAnswer: 'Siden svarte ikke.',
    insertReasonUnreadablePassage:
      'Avsnittet som ble lagret med denne tilbakemeldingen, kunne ikke leses, så Feedforward finner det ikke i dokumentet.',
    insertPasteInDocs:
      'Tilbakemeldingen din ligger på utklippstavlen. Merk avsnittet i dokumentet, trykk Ctrl+Alt+M (⌘+Tilvalg+M på Mac) for å åpne en kommentar, og lim inn med Ctrl+V (⌘+V).',
    insertPasteInField:
      'Tilbakemeldingen din ligger på utklippstavlen. Klikk i kommentarfeltet og lim inn med Ctrl+V (⌘+V på Mac).',
    insertedAt: 'Satt inn {time}',
    pageSettingsHeading: 'Markeringer og innsetting',
    highlightPaletteLabel: 'Farger på merkede avsnitt',
    highlightPaletteStandard: 'Standard',
    highlightPaletteColourBlind: 'Tilpasset fargeblindhet',
    highlightLegend: 'Slik merkes hvert nivå',
    docsAutoPostLabel: 'Klikk også på «Kommenter» for meg i Google Dokumenter',
  },
});
