import { defineMessages } from '../define';

/**
 * The teacher's name for each kind of stored data (one per table), shared
 * by the storage overview, clean-up summaries, the backup preview and a
 * backup's refusals, so the same data is called the same everywhere. Each
 * reads as a row label ("Logged activities") and inside a sentence
 * ("record 3 in “Logged activities”", "2 × Logged activities").
 */
export const tableMessages = defineMessages({
  en: {
    tableGroups: 'Classes',
    tableStudents: 'Students',
    tableAssignments: 'Assignments',
    tableDocuments: 'Documents',
    tableFeedback: 'Feedback items (with drafts)',
    tableTemplates: 'Comment bank templates',
    tableActivity: 'Logged activities',
    tableVisits: 'Co-coaching visits',
    tableSettings: 'Settings',
  },
  sv: {
    tableGroups: 'Klasser',
    tableStudents: 'Elever',
    tableAssignments: 'Uppgifter',
    tableDocuments: 'Dokument',
    tableFeedback: 'Återkopplingar (med utkast)',
    tableTemplates: 'Mallar i kommentarbanken',
    tableActivity: 'Loggade aktiviteter',
    tableVisits: 'Kollegiala besök',
    tableSettings: 'Inställningar',
  },
  nb: {
    tableGroups: 'Klasser',
    tableStudents: 'Elever',
    tableAssignments: 'Oppgaver',
    tableDocuments: 'Dokumenter',
    tableFeedback: 'Tilbakemeldinger (med utkast)',
    tableTemplates: 'Maler i kommentarbanken',
    tableActivity: 'Loggførte aktiviteter',
    tableVisits: 'Kollegabesøk',
    tableSettings: 'Innstillinger',
  },
});
