/**
 * The site's routes, for e2e tests that visit "every page". The expected list comes from
 * the site map and content/stages/*.md (a stage's file name is its id and its URL); any other page
 * found in dist/ is added, so a new page is covered without touching the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.join(ROOT, 'dist');

/** A URL no page will ever have; the host serves dist/404.html for it. */
export const NOT_FOUND_PATH = '/no-such-page-here/';

export const stageIds: string[] = readdirSync(path.join(ROOT, 'content', 'stages'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.slice(0, -'.md'.length))
  .sort();

/** Pages that must ship no JavaScript at all (scripts/budgets.json zeroJsRoutes). */
export const zeroJsRoutes: string[] = [
  '/',
  '/stages/',
  ...stageIds.map((id) => `/stages/${id}/`),
  '/methodology/',
  '/privacy/',
  '/documents/',
  '/decide/',
];

/** Pages with one React island each. */
export const islandRoutes: string[] = [
  '/assessment/',
  '/cost/',
  '/report/',
  '/history/',
  '/invariants/',
  '/readiness-definition/',
  '/scorecard/',
  '/partner-check/',
  '/decide/agent-or-automation/',
  '/decide/deployment/',
];

/** Every route the built site has (from dist/), or must have (from the design). */
export function builtRoutes(): string[] {
  const found: string[] = [];
  if (existsSync(DIST)) {
    for (const entry of readdirSync(DIST, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name !== 'index.html') continue;
      const rel = path.relative(DIST, entry.parentPath).split(path.sep).join('/');
      if (rel.startsWith('.')) continue;
      found.push(rel ? `/${rel}/` : '/');
    }
  }
  return [...new Set([...zeroJsRoutes, ...islandRoutes, ...found])].sort();
}

/** Routes and the 404 page, each with the HTML file that serves it. */
export interface Page {
  /** The URL path to visit. */
  path: string;
  /** Status the host answers with. */
  status: 200 | 404;
  /** The file in dist/ that is served. */
  file: string;
}

export function allPages(): Page[] {
  return [
    ...builtRoutes().map((route): Page => ({ path: route, status: 200, file: path.join(DIST, route, 'index.html') })),
    { path: NOT_FOUND_PATH, status: 404, file: path.join(DIST, '404.html') },
  ];
}

/** The built HTML of a page; throws a readable error when it was not built. */
export function readBuiltHtml(file: string): string {
  if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} was not built`);
  return readFileSync(file, 'utf8');
}
