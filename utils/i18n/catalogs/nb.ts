import type { Catalog } from './en';

/** Norwegian (bokmål) interface text, with the terms of Udir's assessment for learning. */
export const nb: Catalog = {
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

  panelCollapse: 'Fold sammen panelet',
  panelClose: 'Lukk panelet',
  panelConnecting: 'Kobler til siden…',
  panelRefused:
    'Dette panelet virker bare når Feedforward åpner det på en side. Lukk det og bruk Feedforward-knappen i verktøylinjen.',
  panelDisconnected:
    'Siden ble lastet inn på nytt eller Feedforward ble oppdatert, så panelet mistet kontakten med siden. Lagrede tilbakemeldinger er trygge: lukk panelet og åpne det igjen.',
  documentUntitled: 'Dokument uten navn',

  languageLabel: 'Språk',
  languageAuto: 'Nettleserens språk',
  languageSv: 'Svenska',
  languageNb: 'Norsk (bokmål)',
  languageEn: 'English',

  passageHeading: 'Tekstutdrag',
  passageNone:
    'Merk et utdrag i elevens tekst for å kommentere det. Uten markering gjelder tilbakemeldingen hele dokumentet.',
  passageClear: 'Fjern markeringen',
  passageWholeDocument: 'Hele dokumentet',

  composerHeading: 'Ny tilbakemelding',
  composerTextLabel: 'Tilbakemelding til eleven',
  composerTextPlaceholder: 'Hva som fungerer, hvor arbeidet står og neste steg…',
  composerQuestionLabel: 'Tilbakemeldingsspørsmål',
  composerLevelLabel: 'Nivå',
  composerSave: 'Lagre tilbakemelding',
  composerSaving: 'Lagrer…',
  composerSaved: 'Tilbakemeldingen er lagret.',
  composerEmpty: 'Skriv noe før du lagrer.',
  composerSaveFailed: 'Kunne ikke lagre ({reason}). Teksten din er her fortsatt: prøv igjen.',
  composerShortcutHint: 'Ctrl+Enter lagrer.',

  questionFeedUp: 'Mål (feed up)',
  questionFeedUpHint: 'Hvor skal eleven? Målet og kriteriene for måloppnåelse.',
  questionFeedBack: 'Tilbakemelding (feed back)',
  questionFeedBackHint: 'Hvor er eleven i læringen? Kvaliteten på arbeidet målt mot målet.',
  questionFeedForward: 'Framovermelding (feed forward)',
  questionFeedForwardHint: 'Hvordan kommer eleven dit? Neste steg.',

  levelTask: 'Oppgavenivå',
  levelProcess: 'Prosessnivå',
  levelSelfRegulation: 'Selvregulering',
  levelSelf: 'Personnivå (personen)',

  listHeading: 'Tilbakemeldinger på dokumentet ({count})',
  listEmpty: 'Ingen tilbakemeldinger på dette dokumentet ennå.',
  listShowInDocument: 'Vis i dokumentet: {quote}',
  listNotFound: 'Utdraget ble ikke funnet på siden; teksten kan være endret.',
  listPageNoAnswer:
    'Siden svarte ikke. Last den inn på nytt, åpne panelet igjen og prøv en gang til.',
  listLoadFailed: 'Lagrede tilbakemeldinger kunne ikke leses ({reason}).',

  storageHeading: 'Lagring på denne datamaskinen',
  storageUsage: '{used} av {available} brukt ({percent})',
  storageUnavailable: 'Nettleseren viser ikke hvor mye lagring som brukes.',
};
