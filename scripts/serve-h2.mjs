// @ts-check
// dist/ served the way a static host serves it, for Lighthouse's performance audits in the bench:
// HTTP/2 over TLS (with a throwaway self-signed certificate), compressed, with the headers the build
// wrote to dist/_headers. `astro preview` speaks HTTP/1.1, and Lighthouse's simulated throttling
// then models Chrome's six connections per host, one request each at a time: a page that requests
// fifty small chunks waits eight or nine simulated round trips for them (/report/'s largest paint
// measured 3.2 s that way, 1.8 s over HTTP/2). Every static host this site is deployed to
// (docs/deploying.md) speaks HTTP/2, which sends them all at once.
//
// Needs `openssl` on PATH for the certificate (Debian and macOS have it); `startHttp2Server`
// rejects with a message saying so when it is missing, and the caller falls back to `astro preview`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http2 from 'node:http2';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { siteWideHeaders } from './security-headers.mjs';

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};
/** Text is compressed, as every static host does; fonts and images are compressed already. */
const COMPRESSIBLE = /\.(html|m?js|css|json|webmanifest|svg|txt|xml)$/;

/** A self-signed certificate for 127.0.0.1, made for this run and deleted at once. */
function selfSignedCertificate() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'readiness-h2-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } catch (error) {
    throw new Error(
      `serve-h2: could not make a certificate with openssl (${error instanceof Error ? error.message : error}); ` +
        'install it with `sudo apt-get install -y openssl` (Debian/Ubuntu) or `brew install openssl` (macOS)',
      { cause: error },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The file a request path names: `/x/` is `x/index.html`; null when there is none (or the path
 * leaves the root).
 * @param {string} root
 * @param {string} urlPath
 */
export function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.join(root, decoded);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = path.join(file, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(file) ? file : null;
}

/**
 * Serves `root` over HTTP/2 with TLS on 127.0.0.1 (a free port); resolves once it listens.
 * Unknown paths get `404.html` with status 404. Browsers must accept the self-signed certificate
 * (Chromium: `--ignore-certificate-errors`).
 * @param {{ root: string }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startHttp2Server({ root }) {
  const headersFile = path.join(root, '_headers');
  const siteHeaders = existsSync(headersFile) ? siteWideHeaders(readFileSync(headersFile, 'utf8')) : {};
  const server = http2.createSecureServer({ ...selfSignedCertificate(), allowHTTP1: true }, (request, response) => {
    const urlPath = new URL(request.url ?? '/', 'https://localhost').pathname;
    const found = fileFor(root, urlPath);
    const file = found ?? path.join(root, '404.html');
    const status = found ? 200 : 404;
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    let body = readFileSync(file);
    /** @type {Record<string, string>} */
    const headers = {
      ...siteHeaders,
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    if (COMPRESSIBLE.test(file) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(status, headers).end(body);
  });
  /** @type {Set<import('node:net').Socket | import('node:tls').TLSSocket>} */
  const sockets = new Set();
  server.on('secureConnection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `https://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        // A browser keeps its HTTP/2 session open; close it so the server can stop.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
