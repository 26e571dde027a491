import { useId } from 'preact/hooks';
import { LEVEL_LABELS } from '../../utils/feedback/labels';
import { useI18n } from '../../utils/i18n/context';
import { FEEDBACK_LEVELS } from '../../utils/model/feedback';
import { HIGHLIGHT_PALETTES } from '../../utils/model/highlight-palettes';
import type { PlacementState } from '../../utils/model/panel-host';
import type { Settings } from '../../utils/model/settings';
import { useSetting } from '../../utils/panel/hooks/use-setting';
import { useAppServices } from '../../utils/panel/services/context';
import { LabelledSelect } from '../ui/LabelledSelect';
import { placementProblemMessage } from './use-panel-placement';

/**
 * Where the panel sits (beside the page or over it, and why it lies over a
 * page that cannot make room), how passages are marked in the page (with a
 * legend of what each colour means) and whether Feedforward may press
 * Google Docs' "Comment" button.
 */
export function PageSettings(props: {
  /** Where the panel really is on this page (null until the page said). */
  placement: PlacementState | null;
}) {
  const { repos } = useAppServices();
  const { t } = useI18n();
  const autoPostId = useId();
  const palette = useSetting('highlightPalette');
  const autoPost = useSetting('docsAutoPost');
  const placementSetting = useSetting('panelPlacement');
  const { placement } = props;

  return (
    <details class="page-settings">
      <summary>{t('pageSettingsHeading')}</summary>
      <LabelledSelect<Settings['panelPlacement']>
        label={t('placementLabel')}
        value={placementSetting}
        options={[
          { value: 'beside', label: t('placementBeside') },
          { value: 'over', label: t('placementOver') },
        ]}
        onChange={(value) => void repos.settings.set('panelPlacement', value)}
      />
      {placement?.problem && (
        <p class="hint" data-testid="placement-problem">
          {t(placementProblemMessage(placement.problem))}
        </p>
      )}
      <LabelledSelect<Settings['highlightPalette']>
        label={t('highlightPaletteLabel')}
        value={palette}
        options={[
          { value: 'standard', label: t('highlightPaletteStandard') },
          { value: 'colourBlind', label: t('highlightPaletteColourBlind') },
        ]}
        onChange={(value) => void repos.settings.set('highlightPalette', value)}
      />
      <p class="hint">{t('highlightLegend')}</p>
      <ul class="highlight-legend">
        {FEEDBACK_LEVELS.map((level) => {
          const paint = HIGHLIGHT_PALETTES[palette][level];
          return (
            <li key={level}>
              <span
                class="swatch"
                aria-hidden="true"
                style={{
                  backgroundColor: paint.background,
                  textDecoration: `underline ${paint.underlineStyle} ${paint.underline} 2px`,
                }}
              >
                Aa
              </span>{' '}
              {t(LEVEL_LABELS[level])}
            </li>
          );
        })}
      </ul>
      <div class="field checkbox">
        <input
          id={autoPostId}
          type="checkbox"
          checked={autoPost}
          onChange={(event) => void repos.settings.set('docsAutoPost', event.currentTarget.checked)}
        />
        <label for={autoPostId}>{t('docsAutoPostLabel')}</label>
      </div>
    </details>
  );
}
