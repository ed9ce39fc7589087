/**
 * Reads a content folder from disk the way the Astro glob loaders do (frontmatter + body), parses
 * each file with the same schemas, and maps it with the same `toSiteContent`. Lets content tests
 * run the real content/ and broken fixtures without an Astro build.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { QuestionSchema } from '../../src/schemas/question';
import { StageSchema } from '../../src/schemas/stage';
import { CostAssumptionsSchema, CostLineItemSchema } from '../../src/schemas/cost';
import { mapSiteContent, toSiteContent, type RawContent, type RawEntry } from '../../src/lib/to-site-content';
import type { SiteContent } from '../../src/domain/content-types';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

export interface SchemaProblem {
  file: string;
  field: string;
  message: string;
}

export class ContentSchemaError extends Error {
  constructor(readonly problems: SchemaProblem[]) {
    super(problems.map((p) => `${p.file} → ${p.field}: ${p.message}`).join('\n'));
  }
}

/** Splits `---\nyaml\n---\nbody` into frontmatter data and body. */
export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: parseYaml(match[1] ?? '') ?? {}, body: match[2] ?? '' };
}

/** The dotted field an issue is about; an unknown field is named itself, since its parent is the whole frontmatter. */
function fieldOf(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') path.push(issue.keys.join(', '));
  return path.join('.') || '(frontmatter)';
}

function readFolder<S extends z.ZodType>(
  contentRoot: string,
  folder: string,
  schema: S,
  problems: SchemaProblem[],
  only?: string,
): RawEntry<z.output<S>>[] {
  const dir = join(contentRoot, folder);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && (only === undefined || f === only))
    .sort();
  const entries: RawEntry<z.output<S>>[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const filePath = relative(PROJECT_ROOT, path);
    const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'));
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: filePath, field: fieldOf(issue), message: issue.message });
      }
      continue;
    }
    entries.push({ data: result.data, body, filePath });
  }
  return entries;
}

/** Reads and schema-checks every file; throws ContentSchemaError listing each bad file and field. */
export function readRawContent(contentRoot = join(PROJECT_ROOT, 'content')): RawContent {
  const problems: SchemaProblem[] = [];
  const raw: RawContent = {
    questions: readFolder(contentRoot, 'questions', QuestionSchema, problems),
    stages: readFolder(contentRoot, 'stages', StageSchema, problems),
    costLines: readFolder(contentRoot, 'cost/lines', CostLineItemSchema, problems),
    costAssumptions: readFolder(contentRoot, 'cost', CostAssumptionsSchema, problems, 'assumptions.md'),
  };
  if (problems.length > 0) throw new ContentSchemaError(problems);
  return raw;
}

/** The content as the site sees it, after schema and cross-file checks. */
export function loadSiteContent(contentRoot?: string): SiteContent {
  return toSiteContent(readRawContent(contentRoot));
}

/** The content mapped but not integrity-checked (for tests that break rules on purpose). */
export function loadUncheckedSiteContent(contentRoot?: string): SiteContent {
  return mapSiteContent(readRawContent(contentRoot));
}
