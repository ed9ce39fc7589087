import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http2 from 'node:http2';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, startHttp2Server } from '../../scripts/serve-h2.mjs';

/** A tiny built site: a page, a chunk, the not-found page and the headers file the build writes. */
let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'serve-h2-test-'));
  mkdirSync(path.join(root, 'cost'));
  mkdirSync(path.join(root, '_astro'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(path.join(root, 'cost', 'index.html'), '<!doctype html><title>cost</title>');
  writeFileSync(path.join(root, '_astro', 'app.js'), 'export const a = 1;'.repeat(50));
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(
    path.join(root, '_headers'),
    "# generated\n/*\n  Content-Security-Policy: default-src 'none'\n  X-Content-Type-Options: nosniff\n",
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** One request over HTTP/2, as a browser that accepts the run's own certificate makes it. */
async function get(url: string, urlPath: string) {
  const session = http2.connect(url, { rejectUnauthorized: false });
  try {
    return await new Promise<{ headers: http2.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const request = session.request({ ':path': urlPath, 'accept-encoding': 'gzip' });
      let headers: http2.IncomingHttpHeaders = {};
      const parts: Buffer[] = [];
      request.on('response', (h) => (headers = h));
      request.on('data', (chunk: Buffer) => parts.push(chunk));
      request.on('end', () => resolve({ headers, body: Buffer.concat(parts) }));
      request.on('error', reject);
      request.end();
    });
  } finally {
    session.close();
  }
}

describe('fileFor', () => {
  it('maps a directory to its index.html and a file to itself', () => {
    expect(fileFor(root, '/')).toBe(path.join(root, 'index.html'));
    expect(fileFor(root, '/cost/')).toBe(path.join(root, 'cost', 'index.html'));
    expect(fileFor(root, '/_astro/app.js')).toBe(path.join(root, '_astro', 'app.js'));
  });

  it('finds nothing outside the root, for a missing file, or for a malformed path', () => {
    expect(fileFor(root, '/../../etc/passwd')).toBeNull();
    expect(fileFor(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(fileFor(root, '/nope.js')).toBeNull();
    expect(fileFor(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('startHttp2Server', () => {
  it('serves the site over HTTP/2 and TLS, compressed, with the headers of dist/_headers', async () => {
    const server = await startHttp2Server({ root });
    try {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const page = await get(server.url, '/cost/');
      expect(page.headers[':status']).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toBe("default-src 'none'");
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(page.body).toString()).toContain('<title>cost</title>');

      const chunk = await get(server.url, '/_astro/app.js');
      expect(chunk.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(gunzipSync(chunk.body).toString()).toBe('export const a = 1;'.repeat(50));
    } finally {
      await server.stop();
    }
  });

  it('answers an unknown path with the not-found page and status 404', async () => {
    const server = await startHttp2Server({ root });
    try {
      const missing = await get(server.url, '/no/such/page/');
      expect(missing.headers[':status']).toBe(404);
      expect(gunzipSync(missing.body).toString()).toContain('<title>not found</title>');
    } finally {
      await server.stop();
    }
  });
});
