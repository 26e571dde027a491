/** Types for `serve-folder.mjs` (plain ESM, so that Node scripts run it as is). */

/** A running loopback server of a folder's files. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  /** The address of a file in the folder (a leading `/` is optional). */
  url(path: string): string;
  /** Stops the server, dropping open keep-alive connections. */
  close(): Promise<void>;
}

export interface ServeFolderOptions {
  /**
   * Makes `/` an index of the folder's .html pages; an object names the
   * listing (`title`, default "Pages") and the folder it says it serves
   * (`source`, default the `folder` argument).
   */
  index?: boolean | { title?: string; source?: string };
}

/**
 * Serves `folder` on 127.0.0.1 at a free port: GET and HEAD only, paths
 * outside the folder refused (403), responses not cached.
 */
export declare function serveFolder(
  folder: string,
  options?: ServeFolderOptions,
): Promise<StaticServer>;
