import { useEffect, useState } from 'preact/hooks';
import { followUpState } from '../../utils/feedback/follow-ups';
import { useI18n } from '../../utils/i18n/context';
import type { DocsAccess } from '../../utils/model/page-access';
import { useDocumentSession } from '../../utils/panel/session/context';
import type { AnchorStatus } from '../feedback-list/use-placement';
import { DOCS_MODE_KEYS, DocsAccessDetails } from './DocsAccessDetails';
import { DocumentContext } from './DocumentContext';

/**
 * The document's state in one line at the top of the panel — whose work,
 * which assignment, how much feedback it has, how many passages are no
 * longer found and how many follow-ups are due — so a teacher coming back
 * sees at once that feedback exists. It opens to choose or change the
 * student and the assignment; it starts open while neither is chosen (and
 * while the document is being read). On Google Docs it also names the way
 * into the text that works, and opening it explains what follows from that.
 */
export function DocumentStatus(props: {
  statusOf(id: string): AnchorStatus;
  now: number;
  /** Google Docs: the way into its text, null while the page is still finding out. */
  docs: { access: DocsAccess | null } | null;
}) {
  const { t, plural } = useI18n();
  const { document, student, assignment, items } = useDocumentSession();
  const [open, setOpen] = useState<boolean | null>(null);
  const unset = document !== undefined && !document?.studentId && !document?.assignmentId;

  // Decided once, when the document is known: later the teacher's own choice stands.
  useEffect(() => {
    if (open === null && document !== undefined) setOpen(unset);
  }, [document, open, unset]);

  const saved = items ?? [];
  const notFound = saved.filter(
    (item) => item.anchor && props.statusOf(item.id) === 'orphaned',
  ).length;
  const due = saved.filter((item) => followUpState(item, props.now) === 'due').length;
  const facts = [
    student?.name ?? t('statusNoStudent'),
    assignment?.title ?? t('statusNoAssignment'),
    saved.length === 0 ? t('statusItemsNone') : plural('statusItems', saved.length),
  ];
  const access = props.docs?.access ?? null;
  // On its own line from the start, so the answer arriving moves nothing under the pointer.
  const mode = props.docs && t(access ? DOCS_MODE_KEYS[access.mode] : 'docsModeChecking');
  // Only the saved text can be checked in Docs' copy-and-paste mode: say so.
  const asOfSave = access?.mode === 'canvas' ? ` (${t('docsAsOfSave')})` : '';
  const warnings = [
    notFound > 0 ? plural('statusNotFound', notFound) + asOfSave : null,
    due > 0 ? plural('statusDue', due) : null,
  ].filter((warning): warning is string => warning !== null);

  return (
    <details
      class="document-status"
      // Open while the document is still being read, so a new document (most
      // often the case) does not jump open under the teacher's pointer.
      open={open ?? (document === undefined || unset)}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary
        aria-label={`${t('statusLabel')}: ${[...facts, ...warnings, ...(mode ? [mode] : [])].join(' · ')}`}
      >
        <span class="status-line" data-testid="document-status">
          {facts.join(' · ')}
          {warnings.map((warning) => (
            <span key={warning} class="status-warning">
              {' · '}
              {warning}
            </span>
          ))}
        </span>
        {mode && (
          <span class="status-mode" data-testid="docs-mode">
            {mode}
          </span>
        )}
      </summary>
      {access && <DocsAccessDetails access={access} />}
      <DocumentContext />
    </details>
  );
}
