import { useEffect } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import { QuotaNotice } from '../storage/QuotaNotice';
import { useAnnounce } from '../ui/Announcer';
import type { SaveState } from './session-state';

/**
 * The composer's action row: save (or save changes to the item being
 * edited), stop editing, and one line saying how the last write went — with
 * the full-disk notice, which keeps its retry, when storage ran out. A save
 * and a failure are also said politely to screen readers; the half-second
 * drafts are not, so typing is never talked over.
 */
export function ComposerActions(props: {
  saveState: SaveState;
  editing: boolean;
  onSave(): void;
  onStopEditing(): void;
  /** Where a teacher frees space when a write fails for lack of it. */
  storageOverviewUrl: string;
  onRetry(): void;
}) {
  const { t } = useI18n();
  const { saveState, editing } = props;
  const announce = useAnnounce();
  useEffect(() => {
    if (saveState.kind === 'saved') announce(t('composerSaved'));
    if (saveState.kind === 'error') announce(saveState.message);
  }, [saveState, announce, t]);
  return (
    <>
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={saveState.kind === 'saving'}
          onClick={props.onSave}
        >
          {saveState.kind === 'saving'
            ? t('composerSaving')
            : editing
              ? t('composerSaveChanges')
              : t('composerSave')}
        </button>
        {editing && (
          <button type="button" onClick={props.onStopEditing}>
            {t('composerStopEditing')}
          </button>
        )}
        <p class={`status ${saveState.kind}`}>
          {saveState.kind === 'saved' && t('composerSaved')}
          {saveState.kind === 'draft' && t('composerDraftSaved')}
          {saveState.kind === 'error' && saveState.message}
        </p>
      </div>
      {saveState.kind === 'quota' && (
        <QuotaNotice
          during={saveState.during}
          overviewUrl={props.storageOverviewUrl}
          onRetry={props.onRetry}
        />
      )}
    </>
  );
}
