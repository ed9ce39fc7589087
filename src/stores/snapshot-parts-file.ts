/**
 * The documents' and decisions' content for "Save this result", fetched from the static file the
 * build writes (src/pages/snapshot-parts.json.ts) when the diagnostic's button is pressed. It comes
 * from the same deployment as this code, so a shape check is enough: anything else rejects, and
 * the result is saved without the parts (src/stores/saved-results.ts).
 */
import type { SnapshotPartsContent } from '../domain/snapshot-parts';

const SNAPSHOT_PARTS_PATH = '/snapshot-parts.json';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export async function fetchSnapshotPartsContent(): Promise<SnapshotPartsContent> {
  const response = await fetch(SNAPSHOT_PARTS_PATH);
  if (!response.ok) throw new Error(`${SNAPSHOT_PARTS_PATH}: ${response.status}`);
  const content: unknown = await response.json();
  if (!isObject(content) || !isObject(content.documents) || !isObject(content.decisions)) {
    throw new Error(`${SNAPSHOT_PARTS_PATH} is not the documents' and decisions' content`);
  }
  return content as unknown as SnapshotPartsContent;
}
