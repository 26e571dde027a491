import { defineMessages } from '../define';

/** Which way into a Google Docs document works, what follows from it, and the support diagnostic. */
export const docsAccessMessages = defineMessages({
  en: {
    docsModeFull: 'Google Docs: full access',
    docsModeLayer: 'Google Docs: reading only',
    docsModeCanvas: 'Google Docs: copy and paste',
    docsModeChecking: 'Google Docs: checking access…',
    docsExplainFull:
      'Feedforward reads the document as it is on screen and finds your passages. Insert selects the passage and opens Docs’ comment box on it.',
    docsExplainLayer:
      'Google Docs does not hand its text to Feedforward here, but its invisible screen-reader layer shows it. Feedforward reads the text and your selection from that layer and finds your passages. It cannot select a passage for you: select the passage in the document before you press Insert.',
    docsExplainCanvas:
      'Google Docs shows Feedforward neither its text nor your selection. Passages are checked against the document as last saved. To take a passage, select it in the document and copy it with Ctrl+C (⌘+C on a Mac), or paste it into the panel’s passage field. Before you press Insert, select the passage in the document; if no comment box opens, your feedback goes onto the clipboard.',
    docsTipReload:
      'If Feedforward was installed or updated while this document was open, reload the page: Docs decides what it offers when it starts.',
    docsExportRefused:
      'Docs would not give out the saved text either (the owner may have turned off copying), so passages cannot be checked.',
    docsAsOfSave: 'as of the last save',
    docsDiagnosticCopy: 'Copy diagnostic',
    docsDiagnosticCopied: 'Copied. The diagnostic holds no text from the document.',
    docsDiagnosticHint:
      'For support: the browser, the mode and which checks failed, never the document’s text.',
    docsPastePassage: 'Paste the passage here',
    docsPastePassageHint: 'Copy the passage in the document (Ctrl+C), then paste it here.',
  },
  sv: {
    docsModeFull: 'Google Dokument: full åtkomst',
    docsModeLayer: 'Google Dokument: bara läsning',
    docsModeCanvas: 'Google Dokument: kopiera och klistra in',
    docsModeChecking: 'Google Dokument: kontrollerar åtkomsten …',
    docsExplainFull:
      'Feedforward läser dokumentet som det ser ut på skärmen och hittar dina textavsnitt. Infoga markerar textavsnittet och öppnar Dokuments kommentarsruta vid det.',
    docsExplainLayer:
      'Google Dokument lämnar inte ut sin text till Feedforward här, men det osynliga lagret för skärmläsare visar den. Feedforward läser texten och din markering därifrån och hittar dina textavsnitt. Feedforward kan inte markera åt dig: markera textavsnittet i dokumentet innan du trycker på Infoga.',
    docsExplainCanvas:
      'Google Dokument visar varken sin text eller din markering för Feedforward. Textavsnitten jämförs med dokumentet som det senast sparades. Markera ett textavsnitt i dokumentet och kopiera det med Ctrl+C (⌘+C på Mac), eller klistra in det i panelens ruta för textavsnitt. Markera textavsnittet i dokumentet innan du trycker på Infoga; öppnas ingen kommentarsruta hamnar återkopplingen i urklipp.',
    docsTipReload:
      'Om Feedforward installerades eller uppdaterades medan dokumentet var öppet: ladda om sidan. Dokument bestämmer vad det erbjuder när det startar.',
    docsExportRefused:
      'Dokument lämnade inte heller ut den sparade texten (ägaren kan ha stängt av kopiering), så textavsnitta kan inte kontrolleras.',
    docsAsOfSave: 'enligt senast sparade versionen',
    docsDiagnosticCopy: 'Kopiera felsökningsuppgifter',
    docsDiagnosticCopied: 'Kopierat. Uppgifterna innehåller ingen text från dokumentet.',
    docsDiagnosticHint:
      'För support: webbläsaren, läget och vilka kontroller som misslyckades, aldrig dokumentets text.',
    docsPastePassage: 'Klistra in textavsnittet här',
    docsPastePassageHint: 'Kopiera textavsnittet i dokumentet (Ctrl+C) och klistra in det här.',
  },
  nb: {
    docsModeFull: 'Google Dokumenter: full tilgang',
    docsModeLayer: 'Google Dokumenter: bare lesing',
    docsModeCanvas: 'Google Dokumenter: kopier og lim inn',
    docsModeChecking: 'Google Dokumenter: sjekker tilgangen …',
    docsExplainFull:
      'Feedforward leser dokumentet slik det ser ut på skjermen, og finner tekstutdragene dine. Sett inn markerer tekstutdraget og åpner kommentarfeltet til Dokumenter ved det.',
    docsExplainLayer:
      'Google Dokumenter gir ikke teksten sin til Feedforward her, men det usynlige laget for skjermlesere viser den. Feedforward leser teksten og markeringen din derfra og finner tekstutdragene dine. Feedforward kan ikke markere for deg: marker tekstutdraget i dokumentet før du trykker på Sett inn.',
    docsExplainCanvas:
      'Google Dokumenter viser verken teksten eller markeringen din til Feedforward. Tekstutdragene sjekkes mot dokumentet slik det sist ble lagret. Marker et tekstutdrag i dokumentet og kopier det med Ctrl+C (⌘+C på Mac), eller lim det inn i panelens felt for tekstutdrag. Marker tekstutdraget i dokumentet før du trykker på Sett inn; åpnes ikke noe kommentarfelt, havner tilbakemeldingen på utklippstavlen.',
    docsTipReload:
      'Hvis Feedforward ble installert eller oppdatert mens dokumentet var åpent: last inn siden på nytt. Dokumenter bestemmer hva det tilbyr når det starter.',
    docsExportRefused:
      'Dokumenter ga heller ikke ut den lagrede teksten (eieren kan ha slått av kopiering), så tekstutdragene kan ikke sjekkes.',
    docsAsOfSave: 'etter sist lagrede versjon',
    docsDiagnosticCopy: 'Kopier feilsøkingsopplysninger',
    docsDiagnosticCopied: 'Kopiert. Opplysningene inneholder ingen tekst fra dokumentet.',
    docsDiagnosticHint:
      'For brukerstøtte: nettleseren, modusen og hvilke kontroller som mislyktes, aldri teksten i dokumentet.',
    docsPastePassage: 'Lim inn tekstutdraget her',
    docsPastePassageHint: 'Kopier tekstutdraget i dokumentet (Ctrl+C), og lim det inn her.',
  },
});
