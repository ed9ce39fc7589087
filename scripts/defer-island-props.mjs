// @ts-check
// Astro writes an island's props as an attribute of its opening <astro-island> tag, so they come
// before the HTML the server rendered for it: on /assessment/, 58 KB of content stood between the
// top of the page and the first question, and the browser painted that question only once it had
// parsed all of it. After every build this integration moves large props to just after the
// island's own HTML, as a JSON data block, and a one-line script puts them back into the attribute
// before Astro reads it. At 4× CPU, in alternating runs on the same machine, the first question's
// "Yes" was on screen 110 ms sooner (median of 9: 603 → 492 ms after navigation).
//
// Why this is safe: an island with server-rendered children carries `await-children`, and Astro's
// island element starts hydrating only when the `<!--astro:end-->` comment after those children
// has been parsed (or at DOMContentLoaded). The data block and the script go just before that
// comment, so the script has always run by then, whatever the island's client directive. The
// script removes itself and the data block, so React hydrates exactly the HTML the server rendered.
// Its text never changes; astro.config.mjs adds its hash to every page's Content-Security-Policy.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { rewriteHtmlFiles } from './security-headers.mjs';

/** Moves the data block before it into its island's props attribute, then removes both. */
export const ISLAND_PROPS_SCRIPT =
  "{const s=document.currentScript,d=s.previousElementSibling,i=s.closest('astro-island');i.setAttribute('props',d.textContent);d.remove();s.remove()}";

/** The script's hash as a CSP source. @type {`sha256-${string}`} */
export const ISLAND_PROPS_SCRIPT_HASH = `sha256-${createHash('sha256').update(ISLAND_PROPS_SCRIPT).digest('base64')}`;

/** Smaller props stay where Astro put them: moving them would cost more bytes than it saves time. */
export const MIN_DEFERRED_PROPS = 2048;

const END_MARK = '<!--astro:end-->';

/** @type {Record<string, string>} */
const NAMED_ENTITIES = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

/**
 * The text of an attribute value as Astro escapes it (src: astro's escapeHTML), decoded.
 * @param {string} value
 */
function decodeAttribute(value) {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|quot|amp|lt|gt|apos);/gi, (entity, /** @type {string} */ name) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return NAMED_ENTITIES[lower] ?? entity;
  });
}

/**
 * JSON as the text of a <script type="application/json">: every `<` escaped, so no string in it
 * can close the element or open a comment. `<` only ever occurs inside JSON strings, where `\u003c`
 * reads back as the same character.
 * @param {string} json
 */
const asDataBlock = (json) => json.replace(/</g, '\\u003c');

/**
 * The page with every island's large props moved after its server-rendered HTML. An island
 * without `await-children` (nothing rendered inside it), with small props, or with another island
 * inside it is left as it was.
 * @param {string} html
 * @returns {string}
 */
export function deferIslandProps(html) {
  let out = '';
  let from = 0;
  for (const match of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    const tag = match[0];
    const start = /** @type {number} */ (match.index);
    if (start < from) continue;
    const props = / props="([^"]*)"/.exec(tag);
    if (!props || !/\sawait-children[\s>]/.test(tag) || (props[1] ?? '').length < MIN_DEFERRED_PROPS) continue;
    const end = html.indexOf(END_MARK, start + tag.length);
    const nested = html.indexOf('<astro-island', start + tag.length);
    if (end < 0 || (nested >= 0 && nested < end)) continue;
    const json = decodeAttribute(props[1] ?? '');
    JSON.parse(json); // a build whose props do not parse fails here, not in a visitor's browser
    out +=
      html.slice(from, start) +
      tag.replace(props[0], ' props="{}"') +
      html.slice(start + tag.length, end) +
      `<script type="application/json">${asDataBlock(json)}</script><script>${ISLAND_PROPS_SCRIPT}</script>`;
    from = end;
  }
  return out + html.slice(from);
}

/** @returns {import('astro').AstroIntegration} */
export function deferIslandPropsIntegration() {
  return {
    name: 'readiness:defer-island-props',
    hooks: {
      'astro:build:done': ({ dir }) => rewriteHtmlFiles(fileURLToPath(dir), deferIslandProps),
    },
  };
}
