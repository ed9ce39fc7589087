/**
 * Build time: the cost content passed to islands other than the calculator (the diagnostic's
 * "Save this result", the history page), trimmed of prose those islands never show.
 */
import type { SiteContent } from '../domain/content-types';
import type { CostContent } from '../domain/cost-content';
import { removableCostLineIds } from '../domain/cost';
import { defaultScenarioNames, type ScenarioNameText } from '../domain/cost-state';

/** `costText` is the cost page's words (content/pages/cost.md `text`), for the default scenario names. */
export function costContentFor(content: SiteContent, costText: ScenarioNameText): CostContent {
  return {
    costLines: content.costLines.map((line) => ({ ...line, guidance: '' })),
    assumptions: { ...content.assumptions, sources: '' },
    // The same rule /cost/ and /report/ follow: `removable: true` in content, never a protected line.
    removableLineIds: removableCostLineIds(content.costLines),
    scenarioNames: defaultScenarioNames(costText),
  };
}
