import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A loopback HTTPS server that answers for docs.google.com. */
export interface DocsServer {
  port: number;
  /** Chromium flags that send docs.google.com to this server and accept its certificate. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

/** `/document/d/<id>/…` or `/document/u/<n>/d/<id>/…`: the document id and what follows it. */
const DOCUMENT_PATH = /^\/document\/(?:u\/\d+\/)?d\/([^/?]+)(\/[^?]*)?(?:\?(.*))?$/;

/** What Google answers instead of the text when copying is off: its sign-in page. */
const SIGN_IN_PAGE =
  '<!doctype html><html lang="en"><head><title>Google Docs: Sign-in</title></head>' +
  '<body><form action="https://accounts.google.com/"><input type="email" aria-label="Email"></form></body></html>';

/** Docs' plain-text export of `text` (one '\n' per paragraph end): a byte-order mark, CRLF, no final line end. */
function exportedText(text: string): string {
  return `\ufeff${text.replace(/\n$/, '').replace(/\n/g, '\r\n')}`;
}

/** The whole body of a request. */
async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the Docs stand-in page for every `/document/...` path over HTTPS
 * with a throw-away self-signed certificate. With the returned flags,
 * Chromium resolves docs.google.com to this server, so the real URL pattern
 * (and the manifest's content-script match) applies as in real use.
 *
 * It also answers Docs' plain-text export, `/document/d/<id>/export?format=txt`,
 * with the document's saved text. The text lives in the page, so the page
 * posts it here (`POST /document/d/<id>/standin-save` with `{ text, refused }`,
 * a request only the stand-in makes) when it loads and when a test calls its
 * `save()` hook; the export then answers with that text until the next
 * save, even if the page has changed it since, as Docs' saved version would.
 * A document posted with `refused` (the `export=refused` variant) gets the
 * sign-in page instead; one never posted gets 404.
 */
export async function serveDocsStandIn(): Promise<DocsServer> {
  const dir = await mkdtemp(join(tmpdir(), 'feedforward-docs-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-keyout',
      key,
      '-out',
      cert,
      '-subj',
      '/CN=docs.google.com',
      '-addext',
      'subjectAltName=DNS:docs.google.com',
    ],
    { stdio: 'ignore' },
  );
  const page = await readFile(resolve('tests/fixtures/docs/document.html'));
  const saved = new Map<string, { text: string; refused: boolean }>();
  const server = createServer(
    { key: await readFile(key), cert: await readFile(cert) },
    async (request, response) => {
      const [, id, rest, query] = DOCUMENT_PATH.exec(request.url ?? '') ?? [];
      if (request.method === 'POST' && id && rest === '/standin-save') {
        const { text, refused } = JSON.parse(await bodyOf(request)) as {
          text: string;
          refused: boolean;
        };
        saved.set(id, { text: String(text), refused: refused === true });
        response.writeHead(204).end();
      } else if (id && rest === '/export' && new URLSearchParams(query).get('format') === 'txt') {
        const document = saved.get(id);
        if (!document) response.writeHead(404).end();
        else if (document.refused) {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(SIGN_IN_PAGE);
        } else {
          response
            .writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
            .end(exportedText(document.text));
        }
      } else if (request.url?.startsWith('/document/')) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      } else {
        response.writeHead(404).end();
      }
    },
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    port: address.port,
    chromiumArgs: [
      `--host-resolver-rules=MAP docs.google.com:443 127.0.0.1:${address.port}`,
      '--ignore-certificate-errors',
    ],
    async close() {
      await new Promise((done) => server.close(() => done(undefined)));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
