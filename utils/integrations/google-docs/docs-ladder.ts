import type { DocsAccess, DocsMode } from '../../model/page-access';
import type { DocsReader, DocsSnapshot } from './docs-reader';

/** The probe each way in answers for, in the access report. */
const PROBE_OF: Record<DocsMode, 'api' | 'layer' | 'export'> = {
  full: 'api',
  layer: 'layer',
  canvas: 'export',
};

/** What a probe says when its reader failed in a way it did not name. */
const SILENT: Record<DocsMode, string> = {
  full: 'noAnswer',
  layer: 'missing',
  canvas: 'unreachable',
};

/**
 * A way in that did not answer, and what its probe says about why (for
 * example `refused` for the API, `missing` for the layer). Readers throw it;
 * anything else they throw counts as no answer.
 */
export class ProbeFailure<Outcome extends string = string> extends Error {
  constructor(readonly outcome: Outcome) {
    super(`Google Docs probe: ${outcome}`);
  }
}

type Outcomes = Partial<Omit<DocsAccess, 'mode'>>;

/** The report for `mode`; a way in not tried (a better one answered) says so. */
function accessOf(mode: DocsMode, outcomes: Outcomes): DocsAccess {
  return {
    mode,
    api: outcomes.api ?? 'noAnswer',
    layer: outcomes.layer ?? 'notTried',
    export: outcomes.export ?? 'notTried',
  };
}

/** Chooses the best way into a Docs document that answers, and follows Docs when it changes. */
export interface DocsLadder {
  /**
   * Reads the document through the way in that answered last; when that one
   * fails, or `recheck` is true, every better one is tried again first (Docs
   * may have reloaded its model and changed what it offers). Throws when no
   * way in gives text.
   */
  read(options?: { recheck?: boolean; fresh?: boolean }): Promise<DocsSnapshot>;
  /** The current way in's selection token (see `DocsReader.selectionKey`); '' when none answers. */
  selectionKey(): Promise<string>;
  /** The last detection's report, or null before the first read. */
  access(): DocsAccess | null;
  /** Called whenever the mode or a probe's outcome changes. */
  onChange(listener: (access: DocsAccess) => void): () => void;
}

function sameAccess(a: DocsAccess | null, b: DocsAccess): boolean {
  return (
    a !== null &&
    a.mode === b.mode &&
    a.api === b.api &&
    a.layer === b.layer &&
    a.export === b.export
  );
}

/**
 * Tries the readers best first (`full`, then `layer`, then `canvas`) and
 * keeps the first that answers; each step down is taken only because the
 * one above it failed just now, never assumed, and recorded with why.
 */
export function createDocsLadder(readers: readonly DocsReader[]): DocsLadder {
  const listeners = new Set<(access: DocsAccess) => void>();
  let current: DocsReader | null = null;
  let report: DocsAccess | null = null;

  function settle(next: DocsAccess): void {
    if (sameAccess(report, next)) return;
    report = next;
    for (const listener of listeners) listener(next);
  }

  async function detect(fresh = false): Promise<DocsSnapshot> {
    // Each reader names outcomes of its own probe's vocabulary (see the readers).
    const outcomes: Record<string, string> = {};
    let failure: unknown = new ProbeFailure('missing');
    for (const reader of readers) {
      try {
        const snapshot = await reader.read({ fresh });
        current = reader;
        outcomes[PROBE_OF[reader.mode]] = 'ok';
        settle(accessOf(reader.mode, outcomes as Outcomes));
        return snapshot;
      } catch (error) {
        failure = error;
        const outcome = error instanceof ProbeFailure ? error.outcome : SILENT[reader.mode];
        outcomes[PROBE_OF[reader.mode]] = outcome;
      }
    }
    current = readers.at(-1) ?? null;
    settle(accessOf(current?.mode ?? 'canvas', outcomes as Outcomes));
    throw failure;
  }

  return {
    async read(options) {
      const best = readers[0];
      // After a failed detection every way in is tried again, best first.
      const answering =
        current !== null &&
        report?.mode === current.mode &&
        report[PROBE_OF[current.mode]] === 'ok';
      const fresh = options?.fresh === true;
      if (!current || !answering || (options?.recheck && current !== best)) return detect(fresh);
      try {
        return await current.read({ fresh });
      } catch {
        return detect(fresh);
      }
    },
    async selectionKey() {
      if (!current) await detect().catch(() => undefined);
      return current ? current.selectionKey().catch(() => '') : '';
    },
    access: () => report,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
