import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ISLAND_PROPS_SCRIPT,
  ISLAND_PROPS_SCRIPT_HASH,
  MIN_DEFERRED_PROPS,
  deferIslandProps,
} from '../../scripts/defer-island-props.mjs';

/** An attribute value escaped the way Astro escapes it. */
const escapeAttribute = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const island = (props: string, { awaitChildren = true, inner = '<p>Question 1</p>' } = {}) =>
  `<astro-island uid="a" component-url="/_astro/A.js" props="${escapeAttribute(props)}" ssr client="idle"` +
  `${awaitChildren ? ' await-children' : ''}>${inner}<!--astro:end--></astro-island>`;

/** Props as Astro serialises them, with text that needs escaping in both an attribute and a script. */
const largeProps = JSON.stringify({
  text: [0, `"Quoted" & <b>bold</b> </script><!-- it's ${'x'.repeat(MIN_DEFERRED_PROPS)}`],
});

/** The data block and the props attribute of the first island in `html`. */
function parts(html: string) {
  const attribute = / props="([^"]*)"/.exec(html)?.[1];
  const block = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  return { attribute, block };
}

describe('deferIslandProps', () => {
  it("moves large props after the island's own HTML, as data that reads back to the same JSON", () => {
    const html = `<main>${island(largeProps)}<p>after</p></main>`;
    const out = deferIslandProps(html);
    const { attribute, block } = parts(out);
    expect(attribute).toBe('{}');
    expect(JSON.parse(block ?? '')).toEqual(JSON.parse(largeProps));
    // The island's HTML comes first; the data and the script that puts it back, just before its end.
    expect(out.indexOf('Question 1')).toBeLessThan(out.indexOf('application/json'));
    expect(out).toContain(
      `</script><script>${ISLAND_PROPS_SCRIPT}</script><!--astro:end--></astro-island><p>after</p>`,
    );
  });

  it('writes no text that could close the data block or open a comment in it', () => {
    const { block } = parts(deferIslandProps(island(largeProps)));
    expect(block).not.toMatch(/<\/script|<!--/i);
    expect(block).not.toContain('<');
  });

  it.each([
    ['small props', island(JSON.stringify({ a: [0, 'b'] }))],
    ['an island with nothing rendered inside it', island(largeProps, { awaitChildren: false })],
    ['a page without islands', '<main><p>static</p></main>'],
  ])('leaves %s alone', (_, html) => {
    expect(deferIslandProps(html)).toBe(html);
  });

  it('moves only the inner props of an island inside another, whose end it cannot tell apart', () => {
    const out = deferIslandProps(island(largeProps, { inner: `<div>${island(largeProps)}</div>` }));
    expect(parts(out).attribute).toBe(escapeAttribute(largeProps));
    expect(out.match(/ props="\{\}"/g)).toHaveLength(1);
    expect(out).toContain(
      `<script>${ISLAND_PROPS_SCRIPT}</script><!--astro:end--></astro-island></div><!--astro:end-->`,
    );
  });

  it('handles every island on the page', () => {
    const out = deferIslandProps(`${island(largeProps)}<hr>${island(largeProps)}`);
    expect(out.match(/ props="\{\}"/g)).toHaveLength(2);
    expect(out.split(ISLAND_PROPS_SCRIPT)).toHaveLength(3);
  });

  it('fails the build on props that do not parse, rather than ship them', () => {
    expect(() => deferIslandProps(island(`{"a": ${'1'.repeat(MIN_DEFERRED_PROPS)}`))).toThrow(SyntaxError);
  });
});

describe('the script that puts the props back', () => {
  it('sets the island’s props attribute from the data block, then removes both', () => {
    const removed: string[] = [];
    const attributes = new Map<string, string>();
    const islandElement = { setAttribute: (name: string, value: string) => attributes.set(name, value) };
    const data = { textContent: largeProps, remove: () => removed.push('data') };
    const script = {
      previousElementSibling: data,
      closest: (selector: string) => (selector === 'astro-island' ? islandElement : null),
      remove: () => removed.push('script'),
    };
    new Function('document', ISLAND_PROPS_SCRIPT)({ currentScript: script });
    expect(attributes.get('props')).toBe(largeProps);
    expect(removed).toEqual(['data', 'script']);
  });

  it('is allowed by its hash', () => {
    expect(ISLAND_PROPS_SCRIPT_HASH).toBe(
      `sha256-${createHash('sha256').update(ISLAND_PROPS_SCRIPT).digest('base64')}`,
    );
  });

  it("relies only on what the installed Astro does, so a change in Astro's island fails here", () => {
    // Not importable (the package does not export it), so read Astro's island element from its source.
    const source = readFileSync('node_modules/astro/dist/runtime/server/astro-island.js', 'utf8');
    // It waits for the end of its server-rendered children before it starts…
    expect(source).toContain('this.lastChild.nodeValue === "astro:end"');
    // …and reads its props only when it hydrates, which comes after that start.
    const hydrate = source.slice(source.indexOf('hydrate = async () => {'));
    expect(hydrate).toContain('this.getAttribute("props")');
    expect(source.slice(0, source.indexOf('hydrate = async () => {'))).not.toContain('getAttribute("props")');
  });
});
