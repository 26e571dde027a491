import { useI18n } from '../../utils/i18n/context';
import type { DiffRun } from '../../utils/text/word-diff';

/**
 * A passage's revision read word by word: removed words struck through,
 * added words underlined, each also named as removed or added for screen
 * readers and for anyone who cannot tell the styles apart. Rendered as
 * text, never HTML.
 */
export function WordDiff(props: { runs: readonly DiffRun[]; id?: string }) {
  const { t } = useI18n();
  return (
    <p class="word-diff" id={props.id} data-testid="revision-diff">
      {props.runs.map((run, index) => {
        if (run.kind === 'same') return run.text;
        // The space after a change is left outside it, so only the words are marked.
        const words = run.text.trimEnd();
        const space = run.text.slice(words.length);
        const label = (
          <span class="visually-hidden">{`${t(run.kind === 'removed' ? 'revisionRemoved' : 'revisionAdded')} `}</span>
        );
        return (
          <span key={index}>
            {run.kind === 'removed' ? (
              <del>
                {label}
                {words}
              </del>
            ) : (
              <ins>
                {label}
                {words}
              </ins>
            )}
            {space}
          </span>
        );
      })}
    </p>
  );
}
