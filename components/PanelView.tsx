import { useEffect, useState } from 'preact/hooks';
import type { Anchor } from '../utils/anchoring/types';
import { type FeedbackItemRecord, type Settings, useLiveQuery } from '../utils/db/index';
import { useI18n } from '../utils/i18n/context';
import { useServices } from '../utils/panel/services';
import { type ComposedFeedback, FeedbackComposer } from './FeedbackComposer';
import { FeedbackList } from './FeedbackList';
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
    page
      .request('page/selection', null)
      .then((selection) => selection && setPassage(selection.anchor))
      .catch(() => {});
    return page.onSelectionChanged((selection) => {
      if (selection) setPassage(selection.anchor);
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
    const document = await repos.documents.ensure(page.document);
    await repos.feedback.create({
      documentId: document.id,
      anchor: passage,
      parts: [{ question, level, text }],
    });
    setPassage(null);
  };

  const reveal = async (item: FeedbackItemRecord) => {
    if (!item.anchor) return true;
    const { found } = await page.request('page/scrollTo', { anchor: item.anchor });
    return found;
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
