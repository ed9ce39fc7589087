import { describe, expect, it } from 'vitest';
import { islandModules, withModulePreloads } from '../../scripts/preload-island-modules.mjs';

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

/** A built site's chunks, by site path: the shape Vite writes (minified static imports, import()). */
const chunks: Record<string, string> = {
  '/_astro/Island.js':
    'import{a as e}from"./helper.js";import"./side.js";const l=()=>import("./App.js");export{e as I};',
  '/_astro/helper.js': 'import{r}from"./react.js";export const a=r;',
  '/_astro/react.js': 'export const r=1;',
  '/_astro/side.js': 'export*from"./react.js";',
  '/_astro/App.js': 'import{r}from"./react.js";import"./app-only.js";',
  '/_astro/app-only.js': '',
  '/_astro/client.js': 'import{r}from"./react.js";',
};
const readChunk = (sitePath: string) => chunks[sitePath] ?? null;
const island =
  '<astro-island uid="1" component-url="/_astro/Island.js" renderer-url="/_astro/client.js" client="load">';

describe('islandModules', () => {
  it('lists every chunk an island imports statically, from its component and renderer, each once', () => {
    expect(islandModules(page('', `${island}</astro-island>`), readChunk).sort()).toEqual(
      ['/_astro/Island.js', '/_astro/client.js', '/_astro/helper.js', '/_astro/react.js', '/_astro/side.js'].sort(),
    );
  });

  it('leaves out what is reached only through import(): it is not part of the first load', () => {
    const modules = islandModules(page('', `${island}</astro-island>`), readChunk);
    expect(modules).not.toContain('/_astro/App.js');
    expect(modules).not.toContain('/_astro/app-only.js');
  });

  it('finds nothing on a page without islands, and skips a chunk the build does not have', () => {
    expect(islandModules(page('', '<p>text</p>'), readChunk)).toEqual([]);
    expect(islandModules(page('', '<astro-island component-url="/_astro/missing.js">'), readChunk)).toEqual([]);
  });
});

describe('withModulePreloads', () => {
  it('adds one modulepreload link per module at the end of the head', () => {
    expect(withModulePreloads(page('<meta charset="utf-8">', '<p>x</p>'), ['/_astro/a.js', '/_astro/b.js'])).toBe(
      page(
        '<meta charset="utf-8"><link rel="modulepreload" href="/_astro/a.js"><link rel="modulepreload" href="/_astro/b.js">',
        '<p>x</p>',
      ),
    );
  });

  it('changes nothing when every module is linked already, or there is nothing to link', () => {
    const once = withModulePreloads(page('', ''), ['/_astro/a.js']);
    expect(withModulePreloads(once, ['/_astro/a.js'])).toBe(once);
    expect(withModulePreloads(page('', ''), [])).toBe(page('', ''));
  });
});
