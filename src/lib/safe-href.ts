/**
 * Whether a link target is safe to render: http(s):, mailto: or a relative path, judged the way a
 * browser reads it — after HTML entities are decoded and the tabs, newlines and control characters
 * browsers ignore are removed — so `javascript&#58;` and `&#x6A;avascript&#x3A;` are refused too.
 * Pure; used by the content checks and by the Markdown renderer.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  lpar: '(',
  rpar: ')',
  period: '.',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
};

/** Decodes numeric and common named character references; leaves unknown ones as written. */
export function decodeEntities(text: string): string {
  let previous = '';
  let current = text;
  // Twice-encoded references (&amp;#58;) decode in two rounds; stop when nothing changes.
  for (let round = 0; round < 3 && current !== previous; round++) {
    previous = current;
    current = current.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    });
  }
  return current;
}

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

export function isSafeHref(href: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers drop these before reading the scheme
  const decoded = decodeEntities(href).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (/&[a-z]+;/i.test(decoded)) return false;
  const scheme = /^([^/?#]*?):/.exec(decoded)?.[1];
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme.toLowerCase());
}
