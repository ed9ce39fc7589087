/**
 * Build time: the cost content passed to islands other than the calculator (the diagnostic's
 * "Save this result", the history page), trimmed of prose those islands never show.
 */
import type { SiteContent } from '../domain/content-types';
import type { CostContent } from '../domain/cost-content';

/**
 * Lines a visitor may leave out, as the calculator offers them (src/pages/cost.astro): only the
 * scoping engagement, and never a protected line. The saved-state decoder drops any other.
 */
const REMOVABLE_LINE_IDS = ['scoping-engagement'];

export function costContentFor(content: SiteContent): CostContent {
  return {
    costLines: content.costLines.map((line) => ({ ...line, guidance: '' })),
    assumptions: { ...content.assumptions, sources: '' },
    removableLineIds: content.costLines
      .filter((line) => REMOVABLE_LINE_IDS.includes(line.id) && !line.protected)
      .map((line) => line.id),
  };
}
