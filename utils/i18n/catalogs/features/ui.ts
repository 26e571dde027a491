import { defineMessages } from '../define';

/** Words every feature's buttons share (add, cancel, save, edit, delete, undo). */
export const uiMessages = defineMessages({
  en: {
    actionAdd: 'Add',
    actionCancel: 'Cancel',
    actionSave: 'Save',
    actionEdit: 'Edit',
    actionDelete: 'Delete',
    actionUndo: 'Undo',
  },
  sv: {
    actionAdd: 'Lägg till',
    actionCancel: 'Avbryt',
    actionSave: 'Spara',
    actionEdit: 'Redigera',
    actionDelete: 'Ta bort',
    actionUndo: 'Ångra',
  },
  nb: {
    actionAdd: 'Legg til',
    actionCancel: 'Avbryt',
    actionSave: 'Lagre',
    actionEdit: 'Rediger',
    actionDelete: 'Slett',
    actionUndo: 'Angre',
  },
});
