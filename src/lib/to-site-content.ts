/**
 * Turns validated collection entries into the domain's plain `SiteContent`. Shared by the Astro
 * build (site-content.ts) and the content checks (content-check.ts), so both see the same content;
 * the checks refuse content that breaks a cross-file rule.
 */
import type { CostAssumptionsData, CostLineItemData } from '../schemas/cost';
import type { QuestionData } from '../schemas/question';
import type { StageData } from '../schemas/stage';
import type { SiteContent } from '../domain/content-types';

/** What we need of a content entry, whichever loader produced it. */
export interface RawEntry<T> {
  data: T;
  /** Raw Markdown body. */
  body: string;
  /** Path of the file, relative to the project root. */
  filePath: string;
}

export interface RawContent {
  questions: RawEntry<QuestionData>[];
  stages: RawEntry<StageData>[];
  costLines: RawEntry<CostLineItemData>[];
  costAssumptions: RawEntry<CostAssumptionsData>[];
}

/** The heading that starts the part of a question's body used as its "first step". */
export const FIRST_STEP_HEADING = /^##\s+First step\s*$/im;

/** Splits a question body into guidance and first step; the first step is '' when missing. */
export function splitQuestionBody(body: string): { guidance: string; firstStep: string } {
  const match = FIRST_STEP_HEADING.exec(body);
  if (!match) return { guidance: body.trim(), firstStep: '' };
  return {
    guidance: body.slice(0, match.index).trim(),
    firstStep: body.slice(match.index + match[0].length).trim(),
  };
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** Maps entries to `SiteContent` (sorted by order) without checking cross-file rules. */
export function mapSiteContent(raw: RawContent): SiteContent {
  const assumptionsEntry = raw.costAssumptions[0];
  if (!assumptionsEntry) {
    throw new Error('content/cost/assumptions.md is missing: the cost calculator needs it.');
  }
  return {
    questions: raw.questions
      .map(({ data, body, filePath }) => ({ ...data, ...splitQuestionBody(body), source: filePath }))
      .sort(byOrder),
    stages: raw.stages
      .map(({ data, body, filePath }) => ({ ...data, plan: body.trim(), source: filePath }))
      .sort(byOrder),
    costLines: raw.costLines
      .map(({ data, body, filePath }) => ({ ...data, guidance: body.trim(), source: filePath }))
      .sort(byOrder),
    assumptions: { ...assumptionsEntry.data, sources: assumptionsEntry.body.trim(), source: assumptionsEntry.filePath },
  };
}
