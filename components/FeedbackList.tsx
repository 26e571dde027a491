import { useState } from 'preact/hooks';
import type { FeedbackItemRecord } from '../utils/db/index';
import { useI18n } from '../utils/i18n/context';
import { FeedbackListItem } from './FeedbackListItem';

/** The document's saved feedback, in the order it was written. */
export function FeedbackList(props: {
  items: FeedbackItemRecord[] | undefined;
  error: unknown;
  onReveal(item: FeedbackItemRecord): Promise<boolean>;
}) {
  const { t } = useI18n();
  const [notFound, setNotFound] = useState<ReadonlySet<string>>(new Set());
  const items = props.items ?? [];

  const reveal = async (item: FeedbackItemRecord) => {
    const found = await props.onReveal(item);
    setNotFound((previous) => {
      const next = new Set(previous);
      if (found) next.delete(item.id);
      else next.add(item.id);
      return next;
    });
  };

  return (
    <section class="feedback-list" aria-labelledby="feedback-list-heading">
      <h2 id="feedback-list-heading">{t('listHeading', { count: items.length })}</h2>
      {props.error !== undefined && (
        <p class="warning" role="alert">
          {t('listLoadFailed', { reason: String(props.error) })}
        </p>
      )}
      {props.items !== undefined && items.length === 0 && <p class="hint">{t('listEmpty')}</p>}
      <ol>
        {items.map((item) => (
          <FeedbackListItem
            key={item.id}
            item={item}
            notFound={notFound.has(item.id)}
            onReveal={reveal}
          />
        ))}
      </ol>
    </section>
  );
}
