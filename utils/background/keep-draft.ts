import type { WorkerRepositories } from '../db/worker-repositories';
import type { KeptDraft } from '../model/kept-draft';

/**
 * Stores a draft a closing panel handed over, exactly as the panel would
 * have: its document stored on first need, then the draft written over the
 * document's earlier one.
 */
export async function keepDraft(repos: WorkerRepositories, kept: KeptDraft): Promise<null> {
  const document = await repos.documents.ensure(kept.document);
  await repos.feedback.putDraft({ ...kept.draft, documentId: document.id });
  return null;
}
