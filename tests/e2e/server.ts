// A local HTTPS server that plays every site the end-to-end tests visit. The browser is told to resolve
// the real host names to it (see browser.ts), so pages load under their real https:// URLs and the
// extension's `matches` are exercised for real. Pages are chosen by Host header and path.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_HOSTS, findFixture, LOGO_HOST, LOGO_PATH } from './fixtures/index.ts';

export interface RecordedRequest {
  /** Host header without port. */
  host: string;
  /** Path with query, as requested. */
  path: string;
  method: string;
}

export interface FixtureServer {
  /** HTTPS port on 127.0.0.1. */
  port: number;
  /** Plain-HTTP port on 127.0.0.1 serving the same pages, so tests can show http:// stays silent. */
  httpPort: number;
  /** Every host name the server has pages for. */
  hosts: string[];
  /** Every request so far, oldest first (favicon requests left out). Clear with `requests.length = 0`. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface ServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Wait this long before each answer (for benchmarks on a slow network). */
  delayMs?: number;
}

let certificate: { key: string; cert: string } | undefined;

// Node cannot make a certificate itself, so openssl makes one, once per test run. The browser is started
// with --ignore-certificate-errors, so a self-signed localhost certificate does for every host.
export function selfSignedCertificate(): { key: string; cert: string } {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'ircc-e2e-cert-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=localhost',
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { stdio: 'ignore' },
    );
    certificate = { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
    return certificate;
  } finally {
    rmSync(dir, { recursive: true, force: true }); // the key lives on in memory only
  }
}

const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="60" viewBox="0 0 160 60">' +
  '<rect width="160" height="60" rx="6" fill="#dde3ea"/></svg>';

function smallPage(title: string, text: string): string {
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
    `<body><h1>${escape(title)}</h1><p>${escape(text)}</p></body></html>`
  );
}

export async function startServer(opts: ServerOptions = {}): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  const delayMs = opts.delayMs ?? 0;

  const handler: http.RequestListener = (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    const method = req.method ?? 'GET';
    // The browser asks for favicons on its own; keeping them out lets tests assert where a click went.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    requests.push({ host, path, method });
    // Drain any body (a submitted form) without keeping it: tests never need the typed password.
    req.resume();
    req.on('end', () => {
      setTimeout(() => answer(host, path, method, res).catch(() => res.destroy()), delayMs);
    });
  };

  const httpsServer = https.createServer(selfSignedCertificate(), handler);
  const httpServer = http.createServer(handler);
  await listen(httpsServer, opts.port ?? 0);
  await listen(httpServer, 0);

  return {
    port: (httpsServer.address() as AddressInfo).port,
    httpPort: (httpServer.address() as AddressInfo).port,
    hosts: [...FIXTURE_HOSTS],
    requests,
    close: async () => {
      await Promise.all([stop(httpsServer), stop(httpServer)]);
    },
  };
}

async function answer(host: string, path: string, method: string, res: http.ServerResponse): Promise<void> {
  const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
  if (method === 'POST') {
    res
      .writeHead(200, headers)
      .end(smallPage('Form received', `The local test server received a form for ${host}${path}.`));
    return;
  }
  if (host === LOGO_HOST && LOGO_PATH.test(path)) {
    // A bank's logo: a plain picture of the size the page gives it (an SVG, whatever the name says).
    res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' }).end(LOGO);
    return;
  }
  const file = findFixture(host, path);
  if (!file) {
    res.writeHead(404, headers).end(smallPage('Not found', `The local test server has no page for ${host}${path}.`));
    return;
  }
  const body = await readFile(file);
  if (new URLSearchParams(path.split('?')[1] ?? '').has('slow-body')) {
    // A page still loading when the extension starts: half the HTML now, the rest a second later.
    res.writeHead(200, headers).write(body.subarray(0, body.length / 2));
    setTimeout(() => res.end(body.subarray(body.length / 2)), 1000);
    return;
  }
  res.writeHead(200, headers).end(method === 'HEAD' ? undefined : body);
}

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

function stop(server: http.Server): Promise<void> {
  // Browsers keep connections alive; drop them so close() does not wait for their timeout.
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
}
