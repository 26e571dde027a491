import {
  type StrategyGrid as Grid,
  STRATEGY_ACTORS,
  type StrategyActor,
} from '../../utils/analytics/key-strategies';
import { QUESTION_LABELS } from '../../utils/feedback/labels';
import { useI18n } from '../../utils/i18n/context';
import type { MessageKey } from '../../utils/i18n/index';
import { FEEDBACK_QUESTIONS, type FeedbackQuestion } from '../../utils/model/feedback';

const ACTOR_NAMES: Record<StrategyActor, MessageKey> = {
  teacher: 'mirrorActorTeacher',
  peer: 'mirrorActorPeer',
  learner: 'mirrorActorLearner',
};

/** The strategy in each cell (Leahy et al.): peers and learners have one strategy across their row. */
function strategyOf(actor: StrategyActor, question: FeedbackQuestion): MessageKey {
  if (actor === 'peer') return 'mirrorStrategyPeers';
  if (actor === 'learner') return 'mirrorStrategyOwners';
  if (question === 'feedUp') return 'mirrorStrategyClarify';
  return question === 'feedBack' ? 'mirrorStrategyElicit' : 'mirrorStrategyFeedback';
}

/**
 * The five key strategies as a 3 × 3 table: who acts by the three
 * questions, each cell naming its strategy and saying in words how much
 * logged work reaches it (an empty cell is marked by text and a dashed
 * border, never by colour alone).
 */
export function StrategyGrid(props: { grid: Grid }) {
  const { t } = useI18n();
  return (
    <section class="mirror-strategies" aria-labelledby="mirror-strategies-heading">
      <h3 id="mirror-strategies-heading">{t('mirrorStrategiesTitle')}</h3>
      <p class="hint">{t('mirrorStrategiesIntro')}</p>
      <table class="strategy-grid">
        <caption class="visually-hidden">{t('mirrorStrategiesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mirrorStrategiesWho')}</th>
            {FEEDBACK_QUESTIONS.map((question) => (
              <th key={question} scope="col">
                {t(QUESTION_LABELS[question])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {STRATEGY_ACTORS.map((actor) => (
            <tr key={actor}>
              <th scope="row">{t(ACTOR_NAMES[actor])}</th>
              {FEEDBACK_QUESTIONS.map((question) => {
                const count = props.grid[actor][question];
                return (
                  <td
                    key={question}
                    class={count > 0 ? 'strategy-cell' : 'strategy-cell empty'}
                    data-cell={`${actor}-${question}`}
                  >
                    <span class="strategy-name">{t(strategyOf(actor, question))}</span>
                    <span class="strategy-count">
                      {count > 0 ? t('mirrorCellCount', { count }) : t('mirrorCellNone')}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
