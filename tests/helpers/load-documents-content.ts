/**
 * Reads the documents' content (invariants, readiness-definition elements and document, the
 * scorecard, partner commitments and verdict) from disk with the same schemas the build uses, so
 * content tests run without an Astro build. Throws naming each file and field that fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import type { DocumentsContent } from '../../src/domain/documents-content';
import { InvariantSchema } from '../../src/schemas/invariant';
import { PartnerCommitmentSchema, PartnerVerdictSchema } from '../../src/schemas/partner-commitment';
import { ReadinessDocumentSchema, ReadinessElementSchema } from '../../src/schemas/readiness-definition';
import { ScorecardContentSchema } from '../../src/schemas/scorecard';
import { PROJECT_ROOT, splitFrontmatter } from './load-content';

function readFile<S extends z.ZodType>(path: string, schema: S): { data: z.output<S>; body: string; source: string } {
  const source = relative(PROJECT_ROOT, path);
  const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'));
  const result = schema.safeParse(data);
  if (!result.success)
    throw new Error(result.error.issues.map((i) => `${source} → ${i.path.join('.')}: ${i.message}`).join('\n'));
  return { data: result.data, body, source };
}

function readFolder<S extends z.ZodType>(dir: string, schema: S) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFile(join(dir, f), schema));
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

export function loadDocumentsContent(contentRoot = join(PROJECT_ROOT, 'content')): DocumentsContent {
  return {
    invariants: readFolder(join(contentRoot, 'invariants'), InvariantSchema)
      .map(({ data, body, source }) => ({ ...data, body, source }))
      .sort(byOrder),
    readinessElements: readFolder(join(contentRoot, 'readiness-definition', 'elements'), ReadinessElementSchema)
      .map(({ data, body, source }) => ({ ...data, body, source }))
      .sort(byOrder),
    readinessDocument: readFile(join(contentRoot, 'readiness-definition', 'document.md'), ReadinessDocumentSchema).data,
    scorecard: readFile(join(contentRoot, 'scorecard', 'scorecard.md'), ScorecardContentSchema).data,
    partnerCommitments: readFolder(join(contentRoot, 'partner-commitments', 'commitments'), PartnerCommitmentSchema)
      .map(({ data, source }) => ({ ...data, source }))
      .sort(byOrder),
    partnerVerdict: readFile(join(contentRoot, 'partner-commitments', 'verdict.md'), PartnerVerdictSchema).data,
  };
}
