// The _headers file every build writes must carry the same CSP as the pages' <meta>
// (security-policy.mjs), plus what only a header can say, plus the hardening headers. The e2e suite
// checks the real file against the built pages' hashes; this checks the policy itself, from two
// sample page policies, before anything is built.
import { describe, expect, it } from 'vitest';
import { cspDirectives, cspHeaderOnlyDirectives, cspScriptSources } from '../../security-policy.mjs';
import {
  HARDENING_HEADERS,
  headerPolicy,
  missingFromHeader,
  parseCsp,
  parseHeadersFile,
  renderHeadersFile,
} from '../../scripts/security-headers.mjs';

const pagePolicies = [
  `${cspDirectives.join('; ')}; script-src 'self' 'sha256-page1script='; style-src 'self' 'sha256-page1style='`,
  `${cspDirectives.join('; ')}; script-src 'self' 'sha256-page2script='; style-src 'self'`,
];
const text = renderHeadersFile(headerPolicy(pagePolicies));
const block = parseHeadersFile(text).get('/*') ?? [];
const headers = new Map(block.map(([name, value]) => [name.toLowerCase(), value]));
const csp = parseCsp(headers.get('content-security-policy') ?? '');

describe('generated _headers', () => {
  it('has a /* block with a Content-Security-Policy', () => {
    expect(block.length).toBeGreaterThan(0);
    expect(headers.has('content-security-policy')).toBe(true);
  });

  it('sends each header once', () => {
    const names = block.map(([name]) => name.toLowerCase());
    expect(names).toEqual([...new Set(names)]);
  });

  it.each([...cspDirectives, ...cspHeaderOnlyDirectives])('CSP has %s, as in security-policy.mjs', (directive) => {
    const [name, ...sources] = directive.split(/\s+/);
    expect(csp.get(name!), name).toEqual(sources);
  });

  it.each(cspScriptSources)('script-src allows %s', (source) => {
    expect(csp.get('script-src')).toContain(source);
  });

  it('allows every hash any page uses, and no page is left out', () => {
    const metas = pagePolicies.map((policy, i) => ({ file: `page${i + 1}.html`, policy }));
    expect(missingFromHeader(text, metas)).toEqual([]);
    expect(csp.get('script-src')).toEqual(expect.arrayContaining(["'sha256-page1script='", "'sha256-page2script='"]));
  });

  it("style-src allows 'self'", () => {
    expect(csp.get('style-src')).toContain("'self'");
  });

  describe.each(['script-src', 'style-src'])('%s', (directive) => {
    it.each(["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'blob:', 'http:', 'https:'])(
      'does not allow %s',
      (source) => {
        expect(csp.get(directive) ?? []).not.toContain(source);
      },
    );

    it('has only keywords and hashes (no hosts)', () => {
      for (const source of csp.get(directive) ?? [])
        expect(source).toMatch(/^'(self|wasm-unsafe-eval|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/);
    });
  });

  it.each(HARDENING_HEADERS)('sends %s: %s', (name, value) => {
    expect(headers.get(name.toLowerCase())).toBe(value);
  });

  it('HSTS lasts at least a year, covers subdomains and asks for preload', () => {
    const hsts = headers.get('strict-transport-security') ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts).toContain('includeSubDomains');
    expect(hsts).toContain('preload');
  });

  it.each(['camera', 'microphone', 'geolocation', 'payment', 'usb', 'interest-cohort', 'browsing-topics'])(
    'Permissions-Policy denies %s',
    (feature) => {
      const features = (headers.get('permissions-policy') ?? '').split(',').map((f) => f.trim());
      expect(features).toContain(`${feature}=()`);
    },
  );

  it.each([
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
  ])('%s is %s', (name, value) => {
    expect(headers.get(name.toLowerCase())).toBe(value);
  });
});

describe('security-headers helpers', () => {
  it.each([
    ["default-src 'none'", [['default-src', ["'none'"]]]],
    [
      "default-src 'none';  script-src 'self' 'sha256-x=' ;",
      [
        ['default-src', ["'none'"]],
        ['script-src', ["'self'", "'sha256-x='"]],
      ],
    ],
    ["Script-Src 'self'; script-src 'none'", [['script-src', ["'self'"]]]],
    ['', []],
  ])('parseCsp(%j)', (policy, expected) => {
    expect([...parseCsp(policy)]).toEqual(expected);
  });

  it('parseHeadersFile reads blocks and skips comments', () => {
    const parsed = parseHeadersFile('# note\n/*\n  A: 1\n  B: x: y\n\n/api/*\n  C: 2\n');
    expect([...parsed]).toEqual([
      [
        '/*',
        [
          ['A', '1'],
          ['B', 'x: y'],
        ],
      ],
      ['/api/*', [['C', '2']]],
    ]);
  });

  it('missingFromHeader names each source the header lacks, with the page using it', () => {
    const header = "/*\n  Content-Security-Policy: script-src 'self' 'sha256-a='; style-src 'self'\n";
    const metas = [
      { file: 'index.html', policy: "script-src 'self' 'sha256-a='; style-src 'self' 'sha256-b='" },
      { file: 'other.html', policy: null },
    ];
    expect(missingFromHeader(header, metas)).toEqual(["style-src 'sha256-b=' (used by index.html)"]);
  });
});
