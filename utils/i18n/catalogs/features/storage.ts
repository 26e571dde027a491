import { defineMessages } from '../define';

/** The storage overview, its warnings, clean-up, erasure and the full-disk notice. */
export const storageMessages = defineMessages({
  en: {
    storageHeading: 'Storage on this computer',
    storageUsage: '{used} of {available} used ({percent})',
    storageUsageUnlimited: '{used} used; room for {room} more on this computer',
    storageRoomWarn:
      'Only {room} of room left on this computer. Export a backup, then free space on the disk before saving fails.',
    storageRoomCritical:
      'Almost no room left on this computer ({room}). New feedback may soon fail to save. Export a backup and free disk space now.',
    storageUnavailable: 'This browser does not report how much storage is used.',
    storageTab: 'Storage',
    storageOverviewHeading: 'What uses the storage',
    storageMeasuring: 'Counting what is stored…',
    storageTableCaption: 'Records and their estimated size, per kind of data',
    storageColumnKind: 'Kind of data',
    storageColumnRecords: 'Records',
    storageColumnSize: 'Estimated size',
    storageTotal: 'Total',
    storageEstimateNote:
      'Sizes are estimates of the stored text; the browser’s own figure, at the foot of the page, also counts indexes and unused space.',
    storageLargestDocuments: 'Largest documents',
    storageLargestStudents: 'Students with the most data',
    storageHolder: '{name}: {size}',
    storageUntitled: 'Untitled',

    storagePersistHeading: 'Keeping your data when the disk fills up',
    storageProtectedByPermission:
      'Protected: Feedforward may store without limit, so the browser never deletes this data to make room. Keep backups all the same: a lost or broken computer takes it with it.',
    storageProtectedAndPersisted:
      'Protected: Feedforward may store without limit, and the browser has also marked this data as persistent, so it never deletes it to make room. Keep backups all the same: a lost or broken computer takes it with it.',
    storagePersisted:
      'Protected: the browser has promised not to delete this data to make room on the disk.',
    storageNotPersisted:
      'Not protected: if the computer runs short of disk space, the browser may delete this data without asking. Keep backups.',
    storagePersistUnknown: 'This browser does not say whether it will keep this data.',
    storagePersistButton: 'Ask the browser to keep this data',
    storagePersistExplain:
      'The browser decides by itself (often by how much you use Feedforward); asking costs nothing.',
    storagePersistRefused:
      'The browser said no for now. Your data is still here; export backups so nothing depends on it.',

    storageWarn:
      'Storage is {percent} full. Export a backup, then delete data you no longer need before saving fails.',
    storageCritical:
      'Storage is almost full ({percent}). New feedback may soon fail to save. Export a backup and free space now.',
    storageExportBackup: 'Export a backup first',
    storageFreeSpace: 'Free space',

    storageCleanUpHeading: 'Delete old data',
    storageCleanUpIntro:
      'Deleting is the only way to free space. Export a backup first: deleted data cannot be brought back without one.',
    storageCleanUpBy: 'Delete by',
    storageBySchoolYear: 'School year',
    storageByGroup: 'Class',
    storageChooseSchoolYear: 'School year',
    storageChooseGroup: 'Class',
    storageNoChoices: 'There is nothing to choose from yet.',
    storagePreview: 'Show what would be deleted',
    storageWouldRemove: 'This would delete {size}:',
    storageConfirmDelete: 'Delete permanently',
    storageCancel: 'Cancel',
    storageRemoved: 'Deleted {size}:',
    storageRemovedNothing: 'Nothing was stored for this choice.',
    storageRemovedRecords: '{count} × {kind}',
    storageSettingsChangedOne: '{count} setting that mentioned it was cleaned',
    storageSettingsChangedOther: '{count} settings that mentioned it were cleaned',
    storageDeleteFailed: 'Nothing was deleted ({reason}).',

    storageEraseStudentHeading: 'Delete everything about one student',
    storageEraseStudentIntro:
      'Removes the student, their documents, all feedback and activity about them, your own templates that name them and searches with their name. Use it when a student or guardian asks, or to free space student by student.',
    storageChooseStudent: 'Student',

    storageEraseAllHeading: 'Delete all data',
    storageEraseAllIntro:
      'Removes every class, student, document, feedback item, visit, your own templates and your settings from this computer. The shipped templates stay.',
    storageEraseAllButton: 'Delete all data…',

    storageThresholdsHeading: 'When to warn',
    storageThresholdWarn: 'Warn when storage is this full (%)',
    storageThresholdCritical: 'Urge clean-up when storage is this full (%)',
    storageThresholdsSave: 'Save warning levels',
    storageThresholdsSaved: 'Warning levels saved.',
    storageThresholdsInvalid: 'Choose two numbers from 1 to 100, the second larger than the first.',

    storageQuotaSaveFailed:
      'Your feedback could not be saved because this computer’s storage for Feedforward is full. Your text is still here — do not close the panel. Free space in the storage overview; saving is tried again by itself once space is freed.',
    storageQuotaDraftFailed:
      'The draft could not be kept because storage is full. Your text is still here — do not close the panel. Free space in the storage overview; it is saved again once space is freed.',
    storageOpenOverview: 'Open the storage overview',
    storageRetry: 'Try again',
  },
  sv: {
    storageHeading: 'Lagring på den här datorn',
    storageUsage: '{used} av {available} används ({percent})',
    storageUsageUnlimited: '{used} används; plats för {room} till på den här datorn',
    storageRoomWarn:
      'Bara {room} ledigt kvar på den här datorn. Exportera en säkerhetskopia och frigör sedan utrymme på disken innan sparandet slutar fungera.',
    storageRoomCritical:
      'Nästan inget utrymme kvar på den här datorn ({room}). Ny återkoppling kan snart inte sparas. Exportera en säkerhetskopia och frigör diskutrymme nu.',
    storageUnavailable: 'Webbläsaren visar inte hur mycket lagring som används.',
    storageTab: 'Lagring',
    storageOverviewHeading: 'Vad som tar plats',
    storageMeasuring: 'Räknar det som är sparat…',
    storageTableCaption: 'Poster och deras uppskattade storlek, per sorts data',
    storageColumnKind: 'Sorts data',
    storageColumnRecords: 'Poster',
    storageColumnSize: 'Uppskattad storlek',
    storageTotal: 'Totalt',
    storageEstimateNote:
      'Storlekarna är uppskattningar av den sparade texten; webbläsarens egen siffra, längst ned på sidan, räknar också index och outnyttjat utrymme.',
    storageLargestDocuments: 'Största dokumenten',
    storageLargestStudents: 'Elever med mest data',
    storageHolder: '{name}: {size}',
    storageUntitled: 'Namnlöst',

    storagePersistHeading: 'Att behålla dina data när disken blir full',
    storageProtectedByPermission:
      'Skyddat: Feedforward får lagra utan gräns, så webbläsaren raderar aldrig dessa data för att frigöra utrymme. Gör ändå säkerhetskopior: en borttappad eller trasig dator tar dem med sig.',
    storageProtectedAndPersisted:
      'Skyddat: Feedforward får lagra utan gräns, och webbläsaren har dessutom markerat dessa data som beständiga, så den raderar dem aldrig för att frigöra utrymme. Gör ändå säkerhetskopior: en borttappad eller trasig dator tar dem med sig.',
    storagePersisted:
      'Skyddat: webbläsaren har lovat att inte radera dessa data för att frigöra diskutrymme.',
    storageNotPersisted:
      'Inte skyddat: om datorn får ont om diskutrymme kan webbläsaren radera dessa data utan att fråga. Gör säkerhetskopior.',
    storagePersistUnknown: 'Webbläsaren visar inte om den kommer att behålla dessa data.',
    storagePersistButton: 'Be webbläsaren att behålla dessa data',
    storagePersistExplain:
      'Webbläsaren bestämmer själv (ofta efter hur mycket du använder Feedforward); att fråga kostar inget.',
    storagePersistRefused:
      'Webbläsaren sa nej just nu. Dina data finns kvar; exportera säkerhetskopior så att inget hänger på det.',

    storageWarn:
      'Lagringen är {percent} full. Exportera en säkerhetskopia och radera sedan data du inte behöver, innan sparandet slutar fungera.',
    storageCritical:
      'Lagringen är nästan full ({percent}). Ny återkoppling kan snart inte sparas. Exportera en säkerhetskopia och frigör utrymme nu.',
    storageExportBackup: 'Exportera en säkerhetskopia först',
    storageFreeSpace: 'Frigör utrymme',

    storageCleanUpHeading: 'Radera gamla data',
    storageCleanUpIntro:
      'Att radera är det enda sättet att frigöra utrymme. Exportera en säkerhetskopia först: raderade data går inte att få tillbaka utan den.',
    storageCleanUpBy: 'Radera efter',
    storageBySchoolYear: 'Läsår',
    storageByGroup: 'Klass',
    storageChooseSchoolYear: 'Läsår',
    storageChooseGroup: 'Klass',
    storageNoChoices: 'Det finns inget att välja än.',
    storagePreview: 'Visa vad som skulle raderas',
    storageWouldRemove: 'Detta skulle radera {size}:',
    storageConfirmDelete: 'Radera för gott',
    storageCancel: 'Avbryt',
    storageRemoved: 'Raderat {size}:',
    storageRemovedNothing: 'Inget var sparat för det valet.',
    storageRemovedRecords: '{count} × {kind}',
    storageSettingsChangedOne: '{count} inställning som nämnde det rensades',
    storageSettingsChangedOther: '{count} inställningar som nämnde det rensades',
    storageDeleteFailed: 'Inget raderades ({reason}).',

    storageEraseStudentHeading: 'Radera allt om en elev',
    storageEraseStudentIntro:
      'Tar bort eleven, elevens dokument, all återkoppling och aktivitet om eleven, dina egna mallar som nämner eleven och sökningar med elevens namn. Använd det när en elev eller vårdnadshavare ber om det, eller för att frigöra utrymme elev för elev.',
    storageChooseStudent: 'Elev',

    storageEraseAllHeading: 'Radera alla data',
    storageEraseAllIntro:
      'Tar bort alla klasser, elever, dokument, återkopplingar, besök, dina egna mallar och dina inställningar från den här datorn. De medföljande mallarna finns kvar.',
    storageEraseAllButton: 'Radera alla data…',

    storageThresholdsHeading: 'När du ska varnas',
    storageThresholdWarn: 'Varna när lagringen är så här full (%)',
    storageThresholdCritical: 'Uppmana till rensning när lagringen är så här full (%)',
    storageThresholdsSave: 'Spara varningsnivåer',
    storageThresholdsSaved: 'Varningsnivåerna är sparade.',
    storageThresholdsInvalid: 'Välj två tal från 1 till 100, det andra större än det första.',

    storageQuotaSaveFailed:
      'Återkopplingen kunde inte sparas eftersom datorns lagring för Feedforward är full. Din text finns kvar – stäng inte panelen. Frigör utrymme i lagringsöversikten; sparandet görs om av sig självt när utrymme har frigjorts.',
    storageQuotaDraftFailed:
      'Utkastet kunde inte sparas eftersom lagringen är full. Din text finns kvar – stäng inte panelen. Frigör utrymme i lagringsöversikten; det sparas igen när utrymme har frigjorts.',
    storageOpenOverview: 'Öppna lagringsöversikten',
    storageRetry: 'Försök igen',
  },
  nb: {
    storageHeading: 'Lagring på denne datamaskinen',
    storageUsage: '{used} av {available} brukt ({percent})',
    storageUsageUnlimited: '{used} brukt; plass til {room} til på denne datamaskinen',
    storageRoomWarn:
      'Bare {room} ledig igjen på denne datamaskinen. Eksporter en sikkerhetskopi, og frigjør så plass på disken før lagringen slutter å virke.',
    storageRoomCritical:
      'Nesten ingen plass igjen på denne datamaskinen ({room}). Nye tilbakemeldinger kan snart ikke lagres. Eksporter en sikkerhetskopi og frigjør diskplass nå.',
    storageUnavailable: 'Nettleseren viser ikke hvor mye lagring som brukes.',
    storageTab: 'Lagring',
    storageOverviewHeading: 'Hva som tar plass',
    storageMeasuring: 'Teller det som er lagret…',
    storageTableCaption: 'Poster og deres anslåtte størrelse, per type data',
    storageColumnKind: 'Type data',
    storageColumnRecords: 'Poster',
    storageColumnSize: 'Anslått størrelse',
    storageTotal: 'Totalt',
    storageEstimateNote:
      'Størrelsene er anslag over den lagrede teksten; nettleserens eget tall, nederst på siden, teller også indekser og ubrukt plass.',
    storageLargestDocuments: 'Største dokumenter',
    storageLargestStudents: 'Elever med mest data',
    storageHolder: '{name}: {size}',
    storageUntitled: 'Uten tittel',

    storagePersistHeading: 'Å beholde dataene dine når disken blir full',
    storageProtectedByPermission:
      'Beskyttet: Feedforward kan lagre uten grense, så nettleseren sletter aldri disse dataene for å frigjøre plass. Ta likevel sikkerhetskopier: en mistet eller ødelagt datamaskin tar dem med seg.',
    storageProtectedAndPersisted:
      'Beskyttet: Feedforward kan lagre uten grense, og nettleseren har i tillegg merket disse dataene som varige, så den sletter dem aldri for å frigjøre plass. Ta likevel sikkerhetskopier: en mistet eller ødelagt datamaskin tar dem med seg.',
    storagePersisted:
      'Beskyttet: nettleseren har lovet å ikke slette disse dataene for å frigjøre diskplass.',
    storageNotPersisted:
      'Ikke beskyttet: hvis datamaskinen får lite diskplass, kan nettleseren slette disse dataene uten å spørre. Ta sikkerhetskopier.',
    storagePersistUnknown: 'Nettleseren sier ikke om den vil beholde disse dataene.',
    storagePersistButton: 'Be nettleseren om å beholde disse dataene',
    storagePersistExplain:
      'Nettleseren avgjør selv (ofte ut fra hvor mye du bruker Feedforward); det koster ingenting å spørre.',
    storagePersistRefused:
      'Nettleseren sa nei foreløpig. Dataene dine er fortsatt her; eksporter sikkerhetskopier så ingenting avhenger av det.',

    storageWarn:
      'Lagringen er {percent} full. Eksporter en sikkerhetskopi, og slett så data du ikke trenger, før lagringen slutter å virke.',
    storageCritical:
      'Lagringen er nesten full ({percent}). Nye tilbakemeldinger kan snart ikke lagres. Eksporter en sikkerhetskopi og frigjør plass nå.',
    storageExportBackup: 'Eksporter en sikkerhetskopi først',
    storageFreeSpace: 'Frigjør plass',

    storageCleanUpHeading: 'Slett gamle data',
    storageCleanUpIntro:
      'Å slette er den eneste måten å frigjøre plass på. Eksporter en sikkerhetskopi først: slettede data kan ikke hentes tilbake uten den.',
    storageCleanUpBy: 'Slett etter',
    storageBySchoolYear: 'Skoleår',
    storageByGroup: 'Klasse',
    storageChooseSchoolYear: 'Skoleår',
    storageChooseGroup: 'Klasse',
    storageNoChoices: 'Det er ingenting å velge ennå.',
    storagePreview: 'Vis hva som ville blitt slettet',
    storageWouldRemove: 'Dette ville slettet {size}:',
    storageConfirmDelete: 'Slett for godt',
    storageCancel: 'Avbryt',
    storageRemoved: 'Slettet {size}:',
    storageRemovedNothing: 'Ingenting var lagret for dette valget.',
    storageRemovedRecords: '{count} × {kind}',
    storageSettingsChangedOne: '{count} innstilling som nevnte det ble renset',
    storageSettingsChangedOther: '{count} innstillinger som nevnte det ble renset',
    storageDeleteFailed: 'Ingenting ble slettet ({reason}).',

    storageEraseStudentHeading: 'Slett alt om én elev',
    storageEraseStudentIntro:
      'Fjerner eleven, elevens dokumenter, alle tilbakemeldinger og all aktivitet om eleven, dine egne maler som nevner eleven og søk med elevens navn. Bruk det når en elev eller foresatt ber om det, eller for å frigjøre plass elev for elev.',
    storageChooseStudent: 'Elev',

    storageEraseAllHeading: 'Slett alle data',
    storageEraseAllIntro:
      'Fjerner alle klasser, elever, dokumenter, tilbakemeldinger, besøk, dine egne maler og innstillingene dine fra denne datamaskinen. De medfølgende malene blir værende.',
    storageEraseAllButton: 'Slett alle data…',

    storageThresholdsHeading: 'Når du skal varsles',
    storageThresholdWarn: 'Varsle når lagringen er så full (%)',
    storageThresholdCritical: 'Oppfordre til opprydding når lagringen er så full (%)',
    storageThresholdsSave: 'Lagre varslingsnivåer',
    storageThresholdsSaved: 'Varslingsnivåene er lagret.',
    storageThresholdsInvalid: 'Velg to tall fra 1 til 100, det andre større enn det første.',

    storageQuotaSaveFailed:
      'Tilbakemeldingen kunne ikke lagres fordi datamaskinens lagring for Feedforward er full. Teksten din er fortsatt her – ikke lukk panelet. Frigjør plass i lagringsoversikten; lagringen prøves på nytt av seg selv når plass er frigjort.',
    storageQuotaDraftFailed:
      'Utkastet kunne ikke lagres fordi lagringen er full. Teksten din er fortsatt her – ikke lukk panelet. Frigjør plass i lagringsoversikten; det lagres igjen når plass er frigjort.',
    storageOpenOverview: 'Åpne lagringsoversikten',
    storageRetry: 'Prøv igjen',
  },
});
