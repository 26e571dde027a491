import { defineMessages } from '../define';

/** Backup, restore, the feedback-log spreadsheet and the backup reminder. */
export const backupMessages = defineMessages({
  en: {
    backupHeading: 'Backup',
    backupIntro:
      'Everything you write is stored only in this browser. Save a backup file now and then and keep it somewhere safe, such as a USB stick or your school drive. You can restore it here, also on another computer.',
    backupExport: 'Save a backup',
    backupExporting: 'Saving the backup… {done} of {total} records',
    backupProgressLabel: 'Backup progress',
    backupExported: 'Backup saved as {file}.',
    backupExportFailed: 'The backup could not be made: {reason}',
    backupLast: 'Last backup: {date}.',
    backupNever: 'No backup saved yet.',
    backupReminderWeeksLabel: 'Remind me to back up',
    backupEveryWeeksOne: 'Every week',
    backupEveryWeeksOther: 'Every {count} weeks',
    backupNeverRemind: 'Never',
    backupImportLabel: 'Restore from a backup file',
    backupReading: 'Checking the file…',
    backupReadingProgress: 'Checking the file… {done} of {total} records',
    backupPreviewHeading: 'What the backup contains',
    backupPreviewIntro: 'Backup from {date}, made with Feedforward {version}.',
    backupColumnKind: 'Kind of record',
    backupColumnInFile: 'In the backup',
    backupColumnNew: 'Not here yet',
    backupColumnConflicts: 'Different here',
    backupModeLabel: 'How to restore',
    backupModeMerge:
      'Merge: keep what is here and add the backup. Where the same record differs, the version changed most recently is kept; your settings here stay as they are.',
    backupModeReplace:
      'Replace: delete everything here ({records}) and put back exactly what the backup holds.',
    backupRecordsCountOne: '{count} record',
    backupRecordsCountOther: '{count} records',
    backupRestore: 'Restore',
    backupRestoring: 'Restoring…',
    backupRestoringProgress: 'Restoring… {done} of {total} records',
    backupRestored: 'The backup was restored.',
    backupRestoreFailed: 'The backup could not be restored, and nothing was changed: {reason}',
    backupTooLarge: 'This file is {size}; a backup can be at most {max}. Is it the right file?',
    backupUnreadable:
      'The browser could not read this file ({reason}), and nothing was changed. Is it still where it was, and not open in another program?',
    backupCheckFailed:
      'This file could not be checked ({reason}), so nothing was restored and nothing was changed. Try another backup file.',
    backupNotJson:
      'This file is not a Feedforward backup: it cannot be read as data (JSON). It may be cut off, or a different kind of file.',
    backupNotOurs:
      'This file is not a Feedforward backup. Choose a file named like feedforward-backup-2026-11-23.json.',
    backupIsTemplateFile:
      'This is a shared template file, not a backup. Import it in the comment bank instead.',
    backupDamaged: 'This backup is damaged and cannot be read (at “{part}”). Nothing was changed.',
    backupNewer:
      'This backup was made by a newer version of Feedforward. Update the extension, then try again.',
    backupWrongDatabase: 'This file is a copy of another database (“{name}”), not of Feedforward.',
    backupBadVersion: 'This backup has a database version Feedforward does not know ({version}).',
    backupUnknownTable:
      'This backup contains data Feedforward does not know (“{table}”), so it is not used.',
    backupMissingTable: 'This backup is incomplete: “{table}” is missing or appears twice.',
    backupTooManyRecords: 'This backup has more than {max} records in “{table}”.',
    backupCountMismatch:
      'This backup is damaged: the number of records in “{table}” does not add up. It may have been cut off or edited.',
    backupBadRecord:
      'This backup is damaged: record {number} in “{table}” has a missing or wrong “{field}”.',
    backupDuplicateId: 'This backup is damaged: “{table}” holds the same record twice ({id}).',
    backupCsvHeading: 'Feedback log as a spreadsheet',
    backupCsvHint:
      'One row per feedback item, for your own analysis or for a school leader. It opens in Excel and other spreadsheets. It contains students’ names, so keep it safe.',
    backupCsvExport: 'Download the feedback log (CSV)',
    backupCsvExportedOne: 'Saved {file} with {count} feedback item.',
    backupCsvExportedOther: 'Saved {file} with {count} feedback items.',
    backupCsvDate: 'Date',
    backupCsvStudent: 'Student',
    backupCsvGroup: 'Class',
    backupCsvAssignment: 'Assignment',
    backupCsvDocument: 'Document',
    backupCsvPassage: 'Passage',
    backupCsvStatus: 'Status',
    backupCsvFollowUp: 'Follow up on',
    backupCsvFollowedUp: 'Followed up',
    backupCsvWholeDocument: '(whole document)',
    backupCsvStatusSaved: 'Saved',
    backupCsvStatusInserted: 'Put into the document',
    backupReminderText:
      'Your work is stored only in this browser, and there is new feedback since your last backup. A backup file keeps it safe.',
    backupReminderAction: 'Back up now',
    backupReminderDismiss: 'Not now',
  },
  sv: {
    backupHeading: 'Säkerhetskopia',
    backupIntro:
      'Allt du skriver sparas bara i den här webbläsaren. Spara en säkerhetskopia då och då och förvara den säkert, till exempel på ett USB-minne eller skolans lagring. Du kan återställa den här, också på en annan dator.',
    backupExport: 'Spara en säkerhetskopia',
    backupExporting: 'Sparar säkerhetskopian… {done} av {total} poster',
    backupProgressLabel: 'Förlopp för säkerhetskopian',
    backupExported: 'Säkerhetskopian sparades som {file}.',
    backupExportFailed: 'Säkerhetskopian kunde inte skapas: {reason}',
    backupLast: 'Senaste säkerhetskopia: {date}.',
    backupNever: 'Ingen säkerhetskopia sparad ännu.',
    backupReminderWeeksLabel: 'Påminn mig om säkerhetskopia',
    backupEveryWeeksOne: 'Varje vecka',
    backupEveryWeeksOther: 'Var {count}:e vecka',
    backupNeverRemind: 'Aldrig',
    backupImportLabel: 'Återställ från en säkerhetskopia',
    backupReading: 'Kontrollerar filen…',
    backupReadingProgress: 'Kontrollerar filen… {done} av {total} poster',
    backupPreviewHeading: 'Det här innehåller säkerhetskopian',
    backupPreviewIntro: 'Säkerhetskopia från {date}, gjord med Feedforward {version}.',
    backupColumnKind: 'Slags post',
    backupColumnInFile: 'I säkerhetskopian',
    backupColumnNew: 'Finns inte här',
    backupColumnConflicts: 'Skiljer sig här',
    backupModeLabel: 'Hur vill du återställa?',
    backupModeMerge:
      'Slå ihop: behåll det som finns här och lägg till säkerhetskopian. När samma post skiljer sig behålls den som ändrats senast; dina inställningar här ändras inte.',
    backupModeReplace:
      'Ersätt: radera allt här ({records}) och lägg tillbaka exakt det som finns i säkerhetskopian.',
    backupRecordsCountOne: '{count} post',
    backupRecordsCountOther: '{count} poster',
    backupRestore: 'Återställ',
    backupRestoring: 'Återställer…',
    backupRestoringProgress: 'Återställer… {done} av {total} poster',
    backupRestored: 'Säkerhetskopian har återställts.',
    backupRestoreFailed: 'Säkerhetskopian kunde inte återställas och ingenting ändrades: {reason}',
    backupTooLarge: 'Filen är {size}; en säkerhetskopia får vara högst {max}. Är det rätt fil?',
    backupUnreadable:
      'Webbläsaren kunde inte läsa filen ({reason}) och ingenting ändrades. Ligger den kvar där den låg, och är den inte öppen i ett annat program?',
    backupCheckFailed:
      'Filen kunde inte kontrolleras ({reason}), så ingenting återställdes och ingenting ändrades. Prova en annan säkerhetskopia.',
    backupNotJson:
      'Filen är ingen säkerhetskopia från Feedforward: den går inte att läsa som data (JSON). Den kan vara avklippt eller en annan sorts fil.',
    backupNotOurs:
      'Filen är ingen säkerhetskopia från Feedforward. Välj en fil som heter ungefär feedforward-backup-2026-11-23.json.',
    backupIsTemplateFile:
      'Det här är en delad mallfil, inte en säkerhetskopia. Importera den i kommentarbanken i stället.',
    backupDamaged:
      'Säkerhetskopian är skadad och går inte att läsa (vid ”{part}”). Ingenting ändrades.',
    backupNewer:
      'Säkerhetskopian är gjord med en nyare version av Feedforward. Uppdatera tillägget och försök igen.',
    backupWrongDatabase: 'Filen är en kopia av en annan databas (”{name}”), inte av Feedforward.',
    backupBadVersion:
      'Säkerhetskopian har en databasversion som Feedforward inte känner till ({version}).',
    backupUnknownTable:
      'Säkerhetskopian innehåller data som Feedforward inte känner till (”{table}”), så den används inte.',
    backupMissingTable: 'Säkerhetskopian är ofullständig: ”{table}” saknas eller finns två gånger.',
    backupTooManyRecords: 'Säkerhetskopian har fler än {max} poster i ”{table}”.',
    backupCountMismatch:
      'Säkerhetskopian är skadad: antalet poster i ”{table}” stämmer inte. Den kan vara avklippt eller redigerad.',
    backupBadRecord:
      'Säkerhetskopian är skadad: post {number} i ”{table}” saknar ”{field}” eller har fel värde där.',
    backupDuplicateId:
      'Säkerhetskopian är skadad: ”{table}” innehåller samma post två gånger ({id}).',
    backupCsvHeading: 'Återkopplingsloggen som kalkylblad',
    backupCsvHint:
      'En rad per återkoppling, för din egen analys eller till en skolledare. Den öppnas i Excel och andra kalkylprogram. Den innehåller elevernas namn, så förvara den säkert.',
    backupCsvExport: 'Ladda ned återkopplingsloggen (CSV)',
    backupCsvExportedOne: 'Sparade {file} med {count} återkoppling.',
    backupCsvExportedOther: 'Sparade {file} med {count} återkopplingar.',
    backupCsvDate: 'Datum',
    backupCsvStudent: 'Elev',
    backupCsvGroup: 'Klass',
    backupCsvAssignment: 'Uppgift',
    backupCsvDocument: 'Dokument',
    backupCsvPassage: 'Textavsnitt',
    backupCsvStatus: 'Status',
    backupCsvFollowUp: 'Följ upp den',
    backupCsvFollowedUp: 'Uppföljd',
    backupCsvWholeDocument: '(hela dokumentet)',
    backupCsvStatusSaved: 'Sparad',
    backupCsvStatusInserted: 'Infogad i dokumentet',
    backupReminderText:
      'Ditt arbete sparas bara i den här webbläsaren, och du har skrivit ny återkoppling sedan din senaste säkerhetskopia. En säkerhetskopia håller det tryggt.',
    backupReminderAction: 'Säkerhetskopiera nu',
    backupReminderDismiss: 'Inte nu',
  },
  nb: {
    backupHeading: 'Sikkerhetskopi',
    backupIntro:
      'Alt du skriver, lagres bare i denne nettleseren. Lagre en sikkerhetskopi nå og da, og oppbevar den trygt, for eksempel på en minnepinne eller skolens lagringsområde. Du kan gjenopprette den her, også på en annen datamaskin.',
    backupExport: 'Lagre en sikkerhetskopi',
    backupExporting: 'Lagrer sikkerhetskopien … {done} av {total} poster',
    backupProgressLabel: 'Framdrift for sikkerhetskopien',
    backupExported: 'Sikkerhetskopien ble lagret som {file}.',
    backupExportFailed: 'Sikkerhetskopien kunne ikke lages: {reason}',
    backupLast: 'Siste sikkerhetskopi: {date}.',
    backupNever: 'Ingen sikkerhetskopi er lagret ennå.',
    backupReminderWeeksLabel: 'Minn meg på sikkerhetskopi',
    backupEveryWeeksOne: 'Hver uke',
    backupEveryWeeksOther: 'Hver {count}. uke',
    backupNeverRemind: 'Aldri',
    backupImportLabel: 'Gjenopprett fra en sikkerhetskopi',
    backupReading: 'Sjekker filen …',
    backupReadingProgress: 'Sjekker filen … {done} av {total} poster',
    backupPreviewHeading: 'Dette inneholder sikkerhetskopien',
    backupPreviewIntro: 'Sikkerhetskopi fra {date}, laget med Feedforward {version}.',
    backupColumnKind: 'Type post',
    backupColumnInFile: 'I sikkerhetskopien',
    backupColumnNew: 'Finnes ikke her',
    backupColumnConflicts: 'Ulik her',
    backupModeLabel: 'Hvordan vil du gjenopprette?',
    backupModeMerge:
      'Slå sammen: behold det som er her, og legg til sikkerhetskopien. Når samme post er ulik, beholdes den som sist ble endret; innstillingene dine her endres ikke.',
    backupModeReplace:
      'Erstatt: slett alt her ({records}) og legg tilbake nøyaktig det som er i sikkerhetskopien.',
    backupRecordsCountOne: '{count} post',
    backupRecordsCountOther: '{count} poster',
    backupRestore: 'Gjenopprett',
    backupRestoring: 'Gjenoppretter …',
    backupRestoringProgress: 'Gjenoppretter … {done} av {total} poster',
    backupRestored: 'Sikkerhetskopien er gjenopprettet.',
    backupRestoreFailed:
      'Sikkerhetskopien kunne ikke gjenopprettes, og ingenting ble endret: {reason}',
    backupTooLarge: 'Filen er {size}; en sikkerhetskopi kan være høyst {max}. Er det riktig fil?',
    backupUnreadable:
      'Nettleseren kunne ikke lese filen ({reason}), og ingenting ble endret. Ligger den fortsatt der den lå, og er den ikke åpen i et annet program?',
    backupCheckFailed:
      'Filen kunne ikke kontrolleres ({reason}), så ingenting ble gjenopprettet og ingenting ble endret. Prøv en annen sikkerhetskopi.',
    backupNotJson:
      'Filen er ikke en sikkerhetskopi fra Feedforward: den kan ikke leses som data (JSON). Den kan være avkuttet eller en annen type fil.',
    backupNotOurs:
      'Filen er ikke en sikkerhetskopi fra Feedforward. Velg en fil som heter omtrent feedforward-backup-2026-11-23.json.',
    backupIsTemplateFile:
      'Dette er en delt malfil, ikke en sikkerhetskopi. Importer den i kommentarbanken i stedet.',
    backupDamaged:
      'Sikkerhetskopien er skadet og kan ikke leses (ved «{part}»). Ingenting ble endret.',
    backupNewer:
      'Sikkerhetskopien er laget med en nyere versjon av Feedforward. Oppdater utvidelsen og prøv igjen.',
    backupWrongDatabase: 'Filen er en kopi av en annen database («{name}»), ikke av Feedforward.',
    backupBadVersion:
      'Sikkerhetskopien har en databaseversjon Feedforward ikke kjenner ({version}).',
    backupUnknownTable:
      'Sikkerhetskopien inneholder data Feedforward ikke kjenner («{table}»), så den brukes ikke.',
    backupMissingTable:
      'Sikkerhetskopien er ufullstendig: «{table}» mangler eller finnes to ganger.',
    backupTooManyRecords: 'Sikkerhetskopien har flere enn {max} poster i «{table}».',
    backupCountMismatch:
      'Sikkerhetskopien er skadet: antallet poster i «{table}» stemmer ikke. Den kan være avkuttet eller redigert.',
    backupBadRecord:
      'Sikkerhetskopien er skadet: post {number} i «{table}» mangler «{field}» eller har feil verdi der.',
    backupDuplicateId:
      'Sikkerhetskopien er skadet: «{table}» inneholder samme post to ganger ({id}).',
    backupCsvHeading: 'Tilbakemeldingsloggen som regneark',
    backupCsvHint:
      'Én rad per tilbakemelding, til din egen analyse eller til en skoleleder. Den åpnes i Excel og andre regneark. Den inneholder elevenes navn, så oppbevar den trygt.',
    backupCsvExport: 'Last ned tilbakemeldingsloggen (CSV)',
    backupCsvExportedOne: 'Lagret {file} med {count} tilbakemelding.',
    backupCsvExportedOther: 'Lagret {file} med {count} tilbakemeldinger.',
    backupCsvDate: 'Dato',
    backupCsvStudent: 'Elev',
    backupCsvGroup: 'Klasse',
    backupCsvAssignment: 'Oppgave',
    backupCsvDocument: 'Dokument',
    backupCsvPassage: 'Tekstutdrag',
    backupCsvStatus: 'Status',
    backupCsvFollowUp: 'Følg opp',
    backupCsvFollowedUp: 'Fulgt opp',
    backupCsvWholeDocument: '(hele dokumentet)',
    backupCsvStatusSaved: 'Lagret',
    backupCsvStatusInserted: 'Satt inn i dokumentet',
    backupReminderText:
      'Arbeidet ditt lagres bare i denne nettleseren, og du har skrevet nye tilbakemeldinger siden forrige sikkerhetskopi. En sikkerhetskopi holder det trygt.',
    backupReminderAction: 'Ta sikkerhetskopi nå',
    backupReminderDismiss: 'Ikke nå',
  },
});
