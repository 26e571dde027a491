/** Types for `browsers.mjs` (plain ESM, so that it runs before `npm ci`). */

/** A program `npm start` or `npm test` drives. */
export interface Tool {
  name: string;
  /** The environment variable that points at another binary. */
  env: string;
  debianPackage: string;
  command?: string;
  places: string[];
  windowsPlaces: string[];
}

export type ToolKind = 'chromium' | 'firefox' | 'openssl';

export declare const TOOLS: Record<ToolKind, Tool>;

/** The binary to use, or `undefined` when there is none (or its variable names a missing file). */
export declare function findTool(
  kind: ToolKind,
  env?: Record<string, string | undefined>,
  exists?: (path: string) => boolean,
): string | undefined;

export type MissingPlan =
  | { action: 'none' }
  | { action: 'install'; packages: string[] }
  | { action: 'stop'; message: string };

/** What to do about missing tools: nothing, install the Debian packages, or stop with one line. */
export declare function planForMissing(options: {
  missing: ToolKind[];
  purpose: string;
  env: Record<string, string | undefined>;
  isRoot: boolean;
  hasApt: boolean;
}): MissingPlan;

/** Installs the missing tools (Debian, root) or prints one line and exits with 1. */
export declare function ensureTools(kinds: ToolKind[], purpose: string): void;
