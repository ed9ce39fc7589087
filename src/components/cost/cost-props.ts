/**
 * What the /cost/ page passes to the island: plain, serialisable content (no stores, no
 * functions), computed at build time from content/cost/.
 */
import type { CostAssumptions, CostLineItem, Id } from '../../domain/content-types';
import type { DecisionsContent } from '../../domain/decision-content';
import type { DecisionCountsText, IslandText } from '../../schemas/page-wording';

/** The calculator's words, from content/pages/cost.md (`text`), `{slot}`s filled where shown. */
export type CostText = IslandText<'cost'>;

export interface CostProps {
  /** In content order; guidance is left out (the methodology page has it). */
  costLines: CostLineItem[];
  /** Notes already stripped of their "Assumption:" prefix: the island shows an Assumption tag. */
  assumptions: CostAssumptions;
  /** Lines the visitor may leave out with a checkbox (the scoping engagement). */
  removableLineIds: Id[];
  /** Currency code → the date its rate was taken, in words ("1 November 2026"). */
  rateDates: Record<string, string>;
  /**
   * The diagnostic's question ids: the facilitator session keeps notes on them as well as on the
   * cost, and the PDF made here reads the saved answers by them. That PDF's questions, stages and
   * words are fetched when it is got ready (src/stores/report-content-file.ts), not passed here.
   */
  questionIds: Id[];
  text: CostText;
  /** The decide pages' content, for the hints beside the counts and the deployment choice. */
  decisions?: DecisionsContent;
  /** How the decisions' counts are worded (content/pages/decisions.md), as the decide pages say it. */
  decisionsText: DecisionCountsText;
}
