/**
 * The documents' and decisions' content for "Save this result", fetched from the static file the
 * build writes (src/pages/snapshot-parts.json.ts) when the diagnostic's button is pressed. It comes
 * from the same deployment as this code, so a shape check is enough: anything else rejects, and
 * the result is saved without the parts (src/stores/saved-results.ts).
 */
import type { SnapshotPartsContent } from '../domain/snapshot-parts';
import { fetchBuildFile, isObject } from './build-file';

const SNAPSHOT_PARTS_PATH = '/snapshot-parts.json';

export function fetchSnapshotPartsContent(): Promise<SnapshotPartsContent> {
  return fetchBuildFile<SnapshotPartsContent>(
    SNAPSHOT_PARTS_PATH,
    "the documents' and decisions' content",
    (content) => isObject(content.documents) && isObject(content.decisions),
  );
}
