/**
 * Build time: the cost content passed to islands other than the calculator (the diagnostic's
 * "Save this result", the history page), trimmed of prose those islands never show.
 */
import type { SiteContent } from '../domain/content-types';
import type { CostContent } from '../domain/cost-content';
import { removableCostLineIds } from '../domain/cost';

export function costContentFor(content: SiteContent): CostContent {
  return {
    costLines: content.costLines.map((line) => ({ ...line, guidance: '' })),
    assumptions: { ...content.assumptions, sources: '' },
    // The same rule /cost/ and /report/ follow: `removable: true` in content, never a protected line.
    removableLineIds: removableCostLineIds(content.costLines),
  };
}
