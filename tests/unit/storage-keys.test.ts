/**
 * Privacy, proven at the source: the site stores only the documented keys (the ones /privacy/
 * lists), only src/stores/storage.ts touches browser storage, and nothing sets a cookie. The
 * e2e guards check the same thing in the browser after every test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../src/consts';
import { PROJECT_ROOT } from '../helpers/load-content';

const SRC = join(PROJECT_ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro|mjs|js)$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({
  path: relative(PROJECT_ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

/**
 * The one exception: the classic script /assessment/ inlines to store an answer given before its
 * island hydrates (it cannot import the storage module). Held to the answers key the build gives it.
 */
const EARLY_ANSWERS = 'src/components/assessment/early-answers.inline.js';

describe('storage keys', () => {
  it('are versioned, namespaced and unique', () => {
    const keys = Object.values(STORAGE_KEYS).map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^readiness:v\d+:[a-z-]+$/);
  });

  it('are the only keys the stores read, write or remove', () => {
    const calls = files
      // The storage module and the persistent-store primitives work on the key their caller gives.
      .filter(
        ({ path }) =>
          !path.endsWith('stores/storage.ts') &&
          !path.endsWith('stores/persistent-store.ts') &&
          !path.endsWith('stores/document-store.ts'),
      )
      .flatMap(({ path, text }) =>
        [
          ...text.matchAll(
            /\b(readStored|backend\.read|backend\.write|backend\.remove|browserBackend\.read)\(\s*([^,)]+)|\b(key): ([^,\n]+),\n\s+codec:/g,
          ),
        ].map((match) => ({
          path,
          call: match[1] ?? match[3],
          key: (match[2] ?? match[4])!.trim(),
        })),
      );
    expect(calls.length).toBeGreaterThan(0);
    const undocumented = calls.filter((c) => !/^STORAGE_KEYS\.\w+\.key$/.test(c.key));
    expect(undocumented).toEqual([]);
  });

  it('only src/stores/storage.ts touches browser storage, and nothing touches cookies', () => {
    const offenders = files
      .filter(({ path }) => !path.endsWith('stores/storage.ts') && !path.endsWith(EARLY_ANSWERS))
      .filter(({ text }) =>
        /\b(localStorage|sessionStorage|indexedDB)\s*[.[]|document\.cookie|cookieStore/.test(
          // Comments may mention localStorage; code may not use it.
          text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''),
        ),
      )
      .map(({ path }) => path);
    expect(offenders).toEqual([]);
  });

  it('the early-answers script reads and writes only the key the build passes it (the answers key)', () => {
    const text = files.find(({ path }) => path === EARLY_ANSWERS)?.text ?? '';
    const uses = [...text.matchAll(/localStorage\.(\w+)\(([^,)]*)/g)].map((m) => `${m[1]}(${m[2]})`);
    expect(uses.sort()).toEqual(['getItem(config.key)', 'setItem(config.key)']);
    expect(text).not.toMatch(/sessionStorage|indexedDB|document\.cookie|cookieStore/);
  });
});
