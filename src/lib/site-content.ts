/**
 * The validated site content, loaded once per build. Every page gets its content from here, so any
 * content problem (a schema error, a cross-file rule, disallowed Markdown, an unsafe link, an
 * unknown placeholder or a figure typed out where a placeholder exists) fails `astro build` with
 * the file, line and field named — and, in `astro dev`, shows in the browser's error overlay.
 */
import { getCollection } from 'astro:content';
import type { SiteContent } from '../domain/content-types';
import { mapSiteContent, type RawEntry } from './to-site-content';
import { resolveContent } from './content-check';
import { assertContentValid } from './content-files';

interface CollectionEntryLike<T> {
  id: string;
  data: T;
  body?: string;
  filePath?: string;
}

function raw<T>(entries: CollectionEntryLike<T>[]): RawEntry<T>[] {
  return entries.map((entry) => ({
    data: entry.data,
    body: entry.body ?? '',
    filePath: entry.filePath ?? entry.id,
  }));
}

async function load(): Promise<SiteContent> {
  // Astro runs from the project root, where content/ lives.
  assertContentValid(process.cwd());
  return resolveContent(
    mapSiteContent({
      questions: raw(await getCollection('questions')),
      stages: raw(await getCollection('stages')),
      costLines: raw(await getCollection('costLines')),
      costAssumptions: raw(await getCollection('costAssumptions')),
    }),
  );
}

let cached: Promise<SiteContent> | undefined;

export function getSiteContent(): Promise<SiteContent> {
  // In dev every page load re-checks the files, so a mistake shows in the overlay as soon as it is saved.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
