/**
 * The cost lines and assumptions as "Save this result" prices a saved estimate with, fetched from
 * the static file the build writes (src/pages/cost-content.json.ts) when the diagnostic's button is
 * pressed, so /assessment/'s first load does not carry them. It comes from the same deployment as
 * this code, so a shape check is enough; anything else rejects, and the save says it failed (a
 * result is not saved without a cost the device holds).
 */
import type { CostContent } from '../domain/cost-content';
import { fetchBuildFile, isObject } from './build-file';

export const COST_CONTENT_PATH = '/cost-content.json';

export function fetchCostContent(): Promise<CostContent> {
  return fetchBuildFile<CostContent>(
    COST_CONTENT_PATH,
    'the cost content',
    (content) =>
      Array.isArray(content.costLines) &&
      isObject(content.assumptions) &&
      Array.isArray(content.removableLineIds) &&
      Array.isArray(content.scenarioNames),
  );
}
