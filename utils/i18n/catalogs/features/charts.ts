import { defineMessages } from '../define';

/** Every chart's table and export (components/charts). */
export const chartMessages = defineMessages({
  en: {
    chartShowTable: 'Show as table',
    chartExportCsv: 'Export CSV',
    chartCsvExported: 'Saved {file} to your downloads.',
  },
  sv: {
    chartShowTable: 'Visa som tabell',
    chartExportCsv: 'Exportera CSV',
    chartCsvExported: '{file} har sparats bland dina hämtade filer.',
  },
  nb: {
    chartShowTable: 'Vis som tabell',
    chartExportCsv: 'Eksporter CSV',
    chartCsvExported: '{file} er lagret blant nedlastingene dine.',
  },
});
