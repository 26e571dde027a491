import type { Catalog } from './en';

/** Swedish interface text (the words Swedish teachers use for formative feedback). */
export const sv: Catalog = {
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

  panelCollapse: 'Fäll ihop panelen',
  panelClose: 'Stäng panelen',
  panelConnecting: 'Ansluter till sidan…',
  panelRefused:
    'Den här panelen fungerar bara när Feedforward öppnar den på en sida. Stäng den och använd Feedforward-knappen i verktygsfältet.',
  panelDisconnected:
    'Sidan laddades om eller Feedforward uppdaterades, så panelen tappade kontakten med sidan. Din sparade återkoppling finns kvar: stäng panelen och öppna den igen.',
  documentUntitled: 'Namnlöst dokument',

  languageLabel: 'Språk',
  languageAuto: 'Webbläsarens språk',
  languageSv: 'Svenska',
  languageNb: 'Norsk (bokmål)',
  languageEn: 'English',

  passageHeading: 'Textavsnitt',
  passageNone:
    'Markera ett avsnitt i elevens text för att kommentera det. Utan markering gäller återkopplingen hela dokumentet.',
  passageClear: 'Ta bort markeringen',
  passageWholeDocument: 'Hela dokumentet',

  composerHeading: 'Ny återkoppling',
  composerTextLabel: 'Återkoppling till eleven',
  composerTextPlaceholder: 'Vad som fungerar, var arbetet står och nästa steg…',
  composerQuestionLabel: 'Återkopplingsfråga',
  composerLevelLabel: 'Nivå',
  composerSave: 'Spara återkoppling',
  composerSaving: 'Sparar…',
  composerSaved: 'Återkopplingen är sparad.',
  composerEmpty: 'Skriv något innan du sparar.',
  composerSaveFailed: 'Kunde inte spara ({reason}). Din text finns kvar: försök igen.',
  composerShortcutHint: 'Ctrl+Enter sparar.',

  questionFeedUp: 'Mål (feed up)',
  questionFeedUpHint: 'Vart är eleven på väg? Målet och framgångskriterierna.',
  questionFeedBack: 'Nuläge (feed back)',
  questionFeedBackHint: 'Var befinner sig eleven? Arbetets kvalitet i förhållande till målet.',
  questionFeedForward: 'Nästa steg (feed forward)',
  questionFeedForwardHint: 'Hur ska eleven komma dit? Nästa steg.',

  levelTask: 'Uppgiftsnivå',
  levelProcess: 'Processnivå',
  levelSelfRegulation: 'Självreglering',
  levelSelf: 'Individnivå (personen)',

  listHeading: 'Återkoppling på dokumentet ({count})',
  listEmpty: 'Ingen återkoppling på det här dokumentet än.',
  listShowInDocument: 'Visa i dokumentet: {quote}',
  listNotFound: 'Avsnittet hittades inte på sidan; texten kan ha ändrats.',
  listPageNoAnswer: 'Sidan svarade inte. Ladda om den, öppna panelen igen och försök en gång till.',
  listLoadFailed: 'Sparad återkoppling kunde inte läsas ({reason}).',

  storageHeading: 'Lagring på den här datorn',
  storageUsage: '{used} av {available} används ({percent})',
  storageUnavailable: 'Webbläsaren visar inte hur mycket lagring som används.',
};
