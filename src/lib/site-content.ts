/**
 * The validated site content, loaded once per build. Every page gets its content from here, so a
 * cross-file mistake (duplicate id, a stage rule naming an unknown question, a gap or overlap in
 * the stage rules) fails `astro build` with the file and field named.
 */
import { getCollection } from 'astro:content';
import type { SiteContent } from '../domain/content-types';
import { toSiteContent, type RawEntry } from './to-site-content';

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

let cached: Promise<SiteContent> | undefined;

export function getSiteContent(): Promise<SiteContent> {
  cached ??= (async () =>
    toSiteContent({
      questions: raw(await getCollection('questions')),
      stages: raw(await getCollection('stages')),
      costLines: raw(await getCollection('costLines')),
      costAssumptions: raw(await getCollection('costAssumptions')),
    }))();
  return cached;
}
