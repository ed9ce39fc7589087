import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISLAND_STYLE_ELEMENT, hoistIslandStyles } from '../../scripts/hoist-island-styles.mjs';

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('hoistIslandStyles', () => {
  it('moves the island style from the body to the end of the head, unchanged', () => {
    const html = page(
      '<title>x</title>',
      `<main>${ISLAND_STYLE_ELEMENT}<script>1</script><astro-island></astro-island></main>`,
    );
    expect(hoistIslandStyles(html)).toBe(
      page(`<title>x</title>${ISLAND_STYLE_ELEMENT}`, '<main><script>1</script><astro-island></astro-island></main>'),
    );
  });

  it('keeps one copy when the body had several', () => {
    const html = page('', `${ISLAND_STYLE_ELEMENT}<p>a</p>${ISLAND_STYLE_ELEMENT}`);
    const out = hoistIslandStyles(html);
    expect(out.split(ISLAND_STYLE_ELEMENT)).toHaveLength(2);
    expect(out.indexOf(ISLAND_STYLE_ELEMENT)).toBeLessThan(out.indexOf('</head>'));
  });

  it('does not add a second copy when the head already has one', () => {
    const html = page(ISLAND_STYLE_ELEMENT, `<p>a</p>${ISLAND_STYLE_ELEMENT}`);
    expect(hoistIslandStyles(html)).toBe(page(ISLAND_STYLE_ELEMENT, '<p>a</p>'));
  });

  it.each([
    ['a page without islands', page('<title>x</title>', '<p>static</p>')],
    ['a fragment without a head', `<p>${ISLAND_STYLE_ELEMENT}</p>`],
  ])('leaves %s alone', (_, html) => {
    expect(hoistIslandStyles(html)).toBe(html);
  });

  it("matches what the installed Astro emits, so a change in Astro's text fails here", () => {
    // Not importable (the package does not export it), so read Astro's constant from its source.
    const source = readFileSync('node_modules/astro/dist/runtime/server/astro-island-styles.js', 'utf8');
    const islandStyles = /ISLAND_STYLES = "([^"]+)"/.exec(source)?.[1];
    expect(ISLAND_STYLE_ELEMENT).toBe(`<style>${islandStyles}</style>`);
  });
});
