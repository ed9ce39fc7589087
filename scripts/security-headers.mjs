// @ts-check
// dist/_headers — the HTTP headers static hosts (Netlify, Cloudflare Pages) send with every file.
//
// A browser enforces *both* the header CSP and the <meta> CSP Astro writes into each page, so the
// header must allow everything the meta allows, or the header would block Astro's hashed inline
// scripts (the island bootstrap) and styles. Those hashes change whenever component CSS changes,
// so the file is never kept by hand: the securityHeaders() Astro integration below writes it at the
// end of every build from the pages just built — the meta policies' script-src/style-src sources
// (hashes included), the other directives from security-policy.mjs and the directives only a
// header can carry. docs/deploying.md explains how to send the same headers from other servers.
//
//   node scripts/security-headers.mjs   after `astro build`: print the headers for dist/
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspDirectives, cspHeaderOnlyDirectives, cspScriptSources } from '../security-policy.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Hardening headers sent with every response, besides the CSP. */
export const HARDENING_HEADERS = /** @type {const} */ ([
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains; preload'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  [
    'Permissions-Policy',
    [
      'accelerometer=()',
      'autoplay=()',
      'browsing-topics=()',
      'camera=()',
      'display-capture=()',
      'geolocation=()',
      'gyroscope=()',
      'hid=()',
      // FLoC is gone from browsers, but the opt-out costs nothing and Chromium does not complain.
      'interest-cohort=()',
      'magnetometer=()',
      'microphone=()',
      'midi=()',
      'payment=()',
      'publickey-credentials-get=()',
      'screen-wake-lock=()',
      'serial=()',
      'usb=()',
      'xr-spatial-tracking=()',
    ].join(', '),
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
]);

/**
 * Parses a CSP string into directive name → sources (names lower-cased, order kept).
 * @param {string} policy
 * @returns {Map<string, string[]>}
 */
export function parseCsp(policy) {
  /** @type {Map<string, string[]>} */
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * @param {Map<string, string[]>} directives
 * @returns {string}
 */
export function serializeCsp(directives) {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Every built HTML file under `dir`, relative paths, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function listHtmlFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith('.'))
    .sort();
}

/**
 * Runs `transform` over every built page in `dir` and writes back the pages it changed: how the
 * build's integrations edit Astro's output after it is written.
 * @param {string} dir
 * @param {(html: string) => string} transform
 */
export function rewriteHtmlFiles(dir, transform) {
  for (const file of listHtmlFiles(dir)) {
    const full = path.join(dir, file);
    const html = readFileSync(full, 'utf8');
    const rewritten = transform(html);
    if (rewritten !== html) writeFileSync(full, rewritten);
  }
}

/**
 * The CSP in a page's `<meta http-equiv="content-security-policy">`, or null.
 * @param {string} html
 * @returns {string | null}
 */
export function metaCsp(html) {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) continue;
    const content = /content\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (!content) return null;
    return (content[1] ?? content[2] ?? '').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  }
  return null;
}

/**
 * The header policy: security-policy.mjs's directives, script-src and style-src with every source
 * any built page's meta policy uses, and the header-only directives.
 * @param {string[]} metaPolicies
 * @returns {Map<string, string[]>}
 */
export function headerPolicy(metaPolicies) {
  const policy = parseCsp(cspDirectives.join('; '));
  const scripts = new Set(cspScriptSources);
  const styles = new Set(["'self'"]);
  const hashesLast = (/** @type {Set<string>} */ set) =>
    [...set].sort((a, b) => Number(a.startsWith("'sha")) - Number(b.startsWith("'sha")) || a.localeCompare(b));
  for (const meta of metaPolicies) {
    const parsed = parseCsp(meta);
    for (const source of parsed.get('script-src') ?? []) scripts.add(source);
    for (const source of parsed.get('style-src') ?? []) styles.add(source);
  }
  policy.set('script-src', hashesLast(scripts));
  policy.set('style-src', hashesLast(styles));
  for (const [name, sources] of parseCsp(cspHeaderOnlyDirectives.join('; '))) policy.set(name, sources);
  return policy;
}

/**
 * @param {Map<string, string[]>} policy
 * @returns {string}
 */
export function renderHeadersFile(policy) {
  const lines = [
    '# HTTP headers for static hosts that read this file (Netlify, Cloudflare Pages).',
    '# Written by every build (scripts/security-headers.mjs) from security-policy.mjs and the <meta>',
    '# CSP of the pages in this folder: do not edit; rebuild instead.',
    '/*',
    `  Content-Security-Policy: ${serializeCsp(policy)}`,
    ...HARDENING_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Parses a `_headers` file into path pattern → [name, value] pairs.
 * @param {string} text
 * @returns {Map<string, [string, string][]>}
 */
export function parseHeadersFile(text) {
  /** @type {Map<string, [string, string][]>} */
  const blocks = new Map();
  /** @type {[string, string][] | undefined} */
  let current;
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      current = [];
      blocks.set(raw.trim(), current);
      continue;
    }
    const colon = raw.indexOf(':');
    if (!current || colon < 0) throw new Error(`_headers: cannot read line ${JSON.stringify(raw)}`);
    current.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return blocks;
}

/**
 * The meta CSP of every page in `distDir`.
 * @param {string} distDir
 * @returns {{ file: string, policy: string | null }[]}
 */
export function readMetaPolicies(distDir) {
  return listHtmlFiles(distDir).map((file) => ({
    file,
    policy: metaCsp(readFileSync(path.join(distDir, file), 'utf8')),
  }));
}

/**
 * The headers a `_headers` file sends with every page (its `/*` block), by lower-case name.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function siteWideHeaders(text) {
  const block = parseHeadersFile(text).get('/*') ?? [];
  return Object.fromEntries(block.map(([name, value]) => [name.toLowerCase(), value]));
}

/**
 * Meta sources (script-src/style-src) that the header policy in `headersText` does not allow.
 * @param {string} headersText
 * @param {{ file: string, policy: string | null }[]} metas
 * @returns {string[]}
 */
export function missingFromHeader(headersText, metas) {
  const header = parseCsp(siteWideHeaders(headersText)['content-security-policy'] ?? '');
  /** @type {Map<string, string[]>} "directive source" → files using it */
  const missing = new Map();
  for (const { file, policy } of metas) {
    if (!policy) continue;
    const meta = parseCsp(policy);
    for (const directive of ['script-src', 'style-src']) {
      const allowed = new Set(header.get(directive) ?? []);
      for (const source of meta.get(directive) ?? []) {
        if (allowed.has(source)) continue;
        const key = `${directive} ${source}`;
        missing.set(key, [...(missing.get(key) ?? []), file]);
      }
    }
  }
  return [...missing].map(
    ([key, files]) => `${key} (used by ${files[0]}${files.length > 1 ? ` and ${files.length - 1} more` : ''})`,
  );
}

/**
 * Astro integration: after every `astro build`, writes dist/_headers from the pages just built, so
 * a deploy never ships a header CSP behind its pages. Used in astro.config.mjs.
 * @returns {import('astro').AstroIntegration}
 */
export function securityHeaders() {
  return {
    name: 'readiness:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const distDir = fileURLToPath(dir);
        writeFileSync(path.join(distDir, '_headers'), headersFor(distDir));
      },
    },
  };
}

/**
 * The `_headers` file for the pages built into `distDir`.
 * @param {string} distDir
 */
export function headersFor(distDir) {
  const metas = readMetaPolicies(distDir);
  return renderHeadersFile(headerPolicy(metas.flatMap((m) => (m.policy ? [m.policy] : []))));
}

function main() {
  const distDir = path.join(ROOT, 'dist');
  if (!listHtmlFiles(distDir).length) {
    console.error('security-headers: no built pages in dist/; run `npm run build` first.');
    process.exit(1);
  }
  process.stdout.write(headersFor(distDir));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
