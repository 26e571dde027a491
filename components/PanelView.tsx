import { useEffect, useState } from 'preact/hooks';
import type { Anchor } from '../utils/anchoring/types';
import type { FeedbackItemRecord, Settings } from '../utils/db/index';
import { useLiveQuery } from '../utils/db/use-live-query';
import { useI18n } from '../utils/i18n/context';
import { useServices } from '../utils/panel/services';
import { type ComposedFeedback, FeedbackComposer } from './FeedbackComposer';
import { FeedbackList } from './FeedbackList';
import type { RevealOutcome } from './FeedbackListItem';
import { LanguageSelect } from './LanguageSelect';
import { PanelHeader } from './PanelHeader';
import { PassageCard } from './PassageCard';
import { StorageMeter } from './StorageMeter';

/**
 * The connected panel: the selected passage, the composer, this document's
 * saved feedback (kept current by a live query, also when another tab
 * writes), and the storage meter.
 */
export function PanelView(props: {
  localeSetting: Settings['locale'];
  onLocaleChange(locale: Settings['locale']): void;
}) {
  const { repos, page, storage } = useServices();
  const { t, locale } = useI18n();
  const [passage, setPassage] = useState<Anchor | null>(null);
  const documentKey = page.document.key;

  const feedback = useLiveQuery(async () => {
    const document = await repos.documents.findByKey(documentKey);
    return document ? repos.feedback.listForDocument(document.id) : [];
  }, [repos, documentKey]);

  useEffect(() => {
    // The selection at opening time, unless a newer one arrived before the answer.
    let newerSeen = false;
    page
      .request('page/selection', null)
      .then((selection) => {
        if (selection && !newerSeen) setPassage(selection.anchor);
      })
      .catch(() => {});
    return page.onSelectionChanged((selection) => {
      if (!selection) return;
      newerSeen = true;
      setPassage(selection.anchor);
    });
  }, [page]);

  useEffect(() => {
    const labels = {
      hostResize: t('hostResize'),
      hostExpand: t('hostExpand'),
      hostFrameTitle: t('hostFrameTitle'),
    };
    page.request('host/localize', labels).catch(() => {});
  }, [page, t]);

  const save = async ({ text, question, level }: ComposedFeedback) => {
    const saved = passage;
    const document = await repos.documents.ensure(page.document);
    await repos.feedback.create({
      documentId: document.id,
      anchor: saved,
      parts: [{ question, level, text }],
    });
    // A passage the teacher selected while this was saving is the next one: keep it.
    setPassage((current) => (current === saved ? null : current));
  };

  const reveal = async (item: FeedbackItemRecord): Promise<RevealOutcome> => {
    if (!item.anchor) return 'found';
    try {
      const { found } = await page.request('page/scrollTo', { anchor: item.anchor });
      return found ? 'found' : 'notFound';
    } catch {
      return 'noAnswer';
    }
  };

  return (
    <div class="panel" lang={locale}>
      <PanelHeader
        title={page.document.title}
        onCollapse={() =>
          void page.request('host/setCollapsed', { collapsed: true }).catch(() => {})
        }
        onClose={() => void page.request('host/close', null).catch(() => {})}
      />
      <main>
        <PassageCard passage={passage} onClear={() => setPassage(null)} />
        <FeedbackComposer onSave={save} />
        <FeedbackList items={feedback.data} error={feedback.error} onReveal={reveal} />
      </main>
      <footer>
        <StorageMeter probe={storage} revision={feedback.data?.length} />
        <LanguageSelect value={props.localeSetting} onChange={props.onLocaleChange} />
      </footer>
    </div>
  );
}
