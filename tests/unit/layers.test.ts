/**
 * Architecture rules, checked by reading the source (eslint.config.js enforces the same in the
 * editor): the core (src/domain) imports only the core and zod, plus the content schemas' types;
 * the schemas import only zod; only the storage module touches localStorage.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/load-content';

const SRC = path.join(PROJECT_ROOT, 'src');

function filesUnder(dir: string, extensions: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && extensions.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

interface ImportSite {
  specifier: string;
  typeOnly: boolean;
}

/** Every static import/export-from and dynamic import() in a TypeScript source. */
function importsOf(source: string): ImportSite[] {
  const sites: ImportSite[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(statement)) sites.push({ specifier: match[3]!, typeOnly: Boolean(match[2]) });
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g))
    sites.push({ specifier: match[1]!, typeOnly: false });
  return sites;
}

/** The source without comments, so a comment that mentions localStorage is not a use of it. */
const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');

const rel = (file: string) => path.relative(PROJECT_ROOT, file);

function domainImportProblem(file: string, site: ImportSite): string | null {
  const { specifier, typeOnly } = site;
  if (specifier === 'zod' || specifier === 'zod/mini') return null;
  if (specifier.startsWith('.')) {
    const target = path.resolve(path.dirname(file), specifier);
    const inDomain = target.startsWith(path.join(SRC, 'domain') + path.sep);
    const inSchemas = target.startsWith(path.join(SRC, 'schemas') + path.sep);
    if (inDomain) return null;
    if (inSchemas && typeOnly) return null;
    if (inSchemas) return `${rel(file)} imports runtime code from ${specifier} (types only from the schemas)`;
  }
  return `${rel(file)} imports ${specifier}`;
}

describe('layer rules', () => {
  it('parses the import forms the rules depend on', () => {
    const sites = importsOf(
      [
        "import { a } from './a';",
        "import type { B } from '../schemas/b';",
        "export { c } from '../consts';",
        "import 'astro/zod';",
        "const d = await import('../lib/d');",
        'import {\n  e,\n  f,\n} from "react";',
      ].join('\n'),
    );
    expect(sites).toEqual([
      { specifier: './a', typeOnly: false },
      { specifier: '../schemas/b', typeOnly: true },
      { specifier: '../consts', typeOnly: false },
      { specifier: 'astro/zod', typeOnly: false },
      { specifier: 'react', typeOnly: false },
      { specifier: '../lib/d', typeOnly: false },
    ]);
  });

  it('flags what the core may not import', () => {
    const file = path.join(SRC, 'domain', 'x.ts');
    expect(
      [
        { specifier: '../consts', typeOnly: false },
        { specifier: '../lib/describe-rule', typeOnly: false },
        { specifier: 'astro/zod', typeOnly: false },
        { specifier: '../schemas/question', typeOnly: false },
        { specifier: './diagnosis', typeOnly: false },
        { specifier: '../schemas/question', typeOnly: true },
        { specifier: 'zod/mini', typeOnly: false },
      ].map((site) => domainImportProblem(file, site) !== null),
    ).toEqual([true, true, true, true, false, false, false]);
  });

  it('src/domain imports only src/domain and zod (and the schemas’ types)', () => {
    const problems = filesUnder(path.join(SRC, 'domain'), /\.ts$/).flatMap((file) =>
      importsOf(readFileSync(file, 'utf8')).flatMap((site) => domainImportProblem(file, site) ?? []),
    );
    expect(problems).toEqual([]);
  });

  it('src/schemas imports only src/schemas and zod', () => {
    const problems = filesUnder(path.join(SRC, 'schemas'), /\.ts$/).flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter(({ specifier }) => !(specifier === 'zod' || specifier.startsWith('./')))
        .map(({ specifier }) => `${rel(file)} imports ${specifier}`),
    );
    expect(problems).toEqual([]);
  });

  it('only src/stores/storage.ts touches localStorage or sessionStorage', () => {
    const users = filesUnder(SRC, /\.(ts|tsx|astro)$/)
      .filter((file) => /\b(localStorage|sessionStorage)\b/.test(withoutComments(readFileSync(file, 'utf8'))))
      .map(rel)
      // The privacy page names the store in prose; it reads no storage.
      .filter(
        (file) =>
          !file.endsWith('.astro') || /<script|client:/.test(readFileSync(path.join(PROJECT_ROOT, file), 'utf8')),
      );
    expect(users).toEqual([path.join('src', 'stores', 'storage.ts')]);
  });
});
