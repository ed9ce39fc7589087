/**
 * The cost lines and assumptions as "Save this result" prices a saved estimate with, fetched from
 * the static file the build writes (src/pages/cost-content.json.ts) when the diagnostic's button is
 * pressed, so /assessment/'s first load does not carry them. It comes from the same deployment as
 * this code, so a shape check is enough; anything else rejects, and the save says it failed (a
 * result is not saved without a cost the device holds).
 */
import type { CostContent } from '../domain/cost-content';

export const COST_CONTENT_PATH = '/cost-content.json';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export async function fetchCostContent(): Promise<CostContent> {
  const response = await fetch(COST_CONTENT_PATH);
  if (!response.ok) throw new Error(`${COST_CONTENT_PATH}: ${response.status}`);
  const content: unknown = await response.json();
  if (
    !isObject(content) ||
    !Array.isArray(content.costLines) ||
    !isObject(content.assumptions) ||
    !Array.isArray(content.removableLineIds) ||
    !Array.isArray(content.scenarioNames)
  ) {
    throw new Error(`${COST_CONTENT_PATH} is not the cost content`);
  }
  return content as unknown as CostContent;
}
