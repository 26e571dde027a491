import { defineMessages } from '../define';

/** The panel itself and the browser around it: the extension's name, the toolbar button and shortcut, the host's controls on the page, the connection to the page, tabs, languages, the link to the dashboard and the follow-up notification. */
export const panelMessages = defineMessages({
  en: {
    extName: 'Feedforward',
    extDescription:
      'Write structured, research-based feedback on student work beside the document. Everything stays on your computer.',
    actionTitle: 'Open or close the Feedforward panel',
    commandToggle: 'Open or close the Feedforward panel',
    actionUnavailable:
      'Feedforward cannot open on this page: the browser does not allow extensions here.',
    hostResize: 'Resize the Feedforward panel (left and right arrow keys)',
    hostExpand: 'Expand the Feedforward panel',
    hostFrameTitle: 'Feedforward panel',
    hostCovered:
      'Something on this page is covering Feedforward, so what you click or type could go to the page. The panel is locked until it is uncovered: close what covers it or reload the page.',
    panelCollapse: 'Collapse panel',
    panelClose: 'Close panel',
    panelConnecting: 'Connecting to the page…',
    panelRefused:
      'This panel only works when Feedforward opens it on a page. Close it and use the Feedforward toolbar button.',
    panelDisconnected:
      'The page was reloaded or Feedforward was updated, so this panel lost its link to the page. Your saved feedback is safe: close the panel and open it again.',
    languageLabel: 'Language',
    languageAuto: 'Browser language',
    languageSv: 'Svenska',
    languageNb: 'Norsk (bokmål)',
    languageEn: 'English',
    tabsLabel: 'Panel sections',
    tabFeedback: 'Feedback',
    tabBank: 'Comment bank',
    templateLanguage: 'Template language',
    templateLanguageAuto: 'Same as the interface',
    panelOpenDashboard: 'Open the dashboard (follow-ups, comment bank)',
    notificationTitle: 'Time to follow up feedback',
    notificationBody: 'On “{document}”. Click to open it.',
    visitReminderTitle: 'Co-coaching: time for the follow-up',
    visitReminderBody:
      'The follow-up conversation on the visit to {colleague} is due. Click to open the visits.',
    panelDocumentMoved:
      'The page moved on to “{shown}”: feedback written now is filed under it. Anything unsaved on “{previous}” is kept as that document’s draft.',
    panelDocumentMovedDismiss: 'Dismiss',
  },
  sv: {
    extName: 'Feedforward',
    extDescription:
      'Skriv strukturerad, forskningsbaserad återkoppling på elevarbeten bredvid dokumentet. Allt stannar på din dator.',
    actionTitle: 'Öppna eller stäng Feedforward-panelen',
    commandToggle: 'Öppna eller stäng Feedforward-panelen',
    actionUnavailable:
      'Feedforward kan inte öppnas på den här sidan: webbläsaren tillåter inte tillägg här.',
    hostResize: 'Ändra bredd på Feedforward-panelen (vänster- och högerpil)',
    hostExpand: 'Fäll ut Feedforward-panelen',
    hostFrameTitle: 'Feedforward-panelen',
    hostCovered:
      'Något på sidan täcker Feedforward, så det du klickar på eller skriver kan hamna på sidan. Panelen är låst tills den syns igen: stäng det som täcker den eller ladda om sidan.',
    panelCollapse: 'Fäll ihop panelen',
    panelClose: 'Stäng panelen',
    panelConnecting: 'Ansluter till sidan…',
    panelRefused:
      'Den här panelen fungerar bara när Feedforward öppnar den på en sida. Stäng den och använd Feedforward-knappen i verktygsfältet.',
    panelDisconnected:
      'Sidan laddades om eller Feedforward uppdaterades, så panelen tappade kontakten med sidan. Din sparade återkoppling finns kvar: stäng panelen och öppna den igen.',
    languageLabel: 'Språk',
    languageAuto: 'Webbläsarens språk',
    languageSv: 'Svenska',
    languageNb: 'Norsk (bokmål)',
    languageEn: 'English',
    tabsLabel: 'Panelens delar',
    tabFeedback: 'Återkoppling',
    tabBank: 'Kommentarbank',
    templateLanguage: 'Mallarnas språk',
    templateLanguageAuto: 'Samma som gränssnittet',
    panelOpenDashboard: 'Öppna översikten (uppföljningar, kommentarbank)',
    notificationTitle: 'Dags att följa upp återkoppling',
    notificationBody: 'På ”{document}”. Klicka för att öppna det.',
    visitReminderTitle: 'Kollegial handledning: dags för uppföljning',
    visitReminderBody:
      'Det är dags för uppföljningssamtalet om besöket hos {colleague}. Klicka för att öppna besöken.',
    panelDocumentMoved:
      'Sidan har gått vidare till ”{shown}”: återkoppling du skriver nu sparas där. Det som inte var sparat på ”{previous}” finns kvar som utkast för det dokumentet.',
    panelDocumentMovedDismiss: 'Stäng',
  },
  nb: {
    extName: 'Feedforward',
    extDescription:
      'Skriv strukturerte, forskningsbaserte tilbakemeldinger på elevarbeid ved siden av dokumentet. Alt blir værende på datamaskinen din.',
    actionTitle: 'Åpne eller lukk Feedforward-panelet',
    commandToggle: 'Åpne eller lukk Feedforward-panelet',
    actionUnavailable:
      'Feedforward kan ikke åpnes på denne siden: nettleseren tillater ikke utvidelser her.',
    hostResize: 'Endre bredden på Feedforward-panelet (venstre- og høyrepil)',
    hostExpand: 'Fold ut Feedforward-panelet',
    hostFrameTitle: 'Feedforward-panelet',
    hostCovered:
      'Noe på siden dekker Feedforward, så det du klikker på eller skriver, kan havne på siden. Panelet er låst til det synes igjen: lukk det som dekker det, eller last inn siden på nytt.',
    panelCollapse: 'Fold sammen panelet',
    panelClose: 'Lukk panelet',
    panelConnecting: 'Kobler til siden…',
    panelRefused:
      'Dette panelet virker bare når Feedforward åpner det på en side. Lukk det og bruk Feedforward-knappen i verktøylinjen.',
    panelDisconnected:
      'Siden ble lastet inn på nytt eller Feedforward ble oppdatert, så panelet mistet kontakten med siden. Lagrede tilbakemeldinger er trygge: lukk panelet og åpne det igjen.',
    languageLabel: 'Språk',
    languageAuto: 'Nettleserens språk',
    languageSv: 'Svenska',
    languageNb: 'Norsk (bokmål)',
    languageEn: 'English',
    tabsLabel: 'Panelets deler',
    tabFeedback: 'Tilbakemelding',
    tabBank: 'Kommentarbank',
    templateLanguage: 'Malspråk',
    templateLanguageAuto: 'Samme som grensesnittet',
    panelOpenDashboard: 'Åpne oversikten (oppfølginger, kommentarbank)',
    notificationTitle: 'Tid for å følge opp en tilbakemelding',
    notificationBody: 'På «{document}». Klikk for å åpne det.',
    visitReminderTitle: 'Kollegaveiledning: tid for oppfølging',
    visitReminderBody:
      'Det er tid for oppfølgingssamtalet om besøket hos {colleague}. Klikk for å åpne besøkene.',
    panelDocumentMoved:
      'Siden har gått videre til «{shown}»: tilbakemelding du skriver nå, lagres der. Det som ikke var lagret på «{previous}», er tatt vare på som utkast for det dokumentet.',
    panelDocumentMovedDismiss: 'Lukk',
  },
});
