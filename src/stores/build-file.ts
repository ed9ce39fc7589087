/**
 * Fetching a static JSON file the build writes (/cost-content.json, /report-content.json,
 * /snapshot-parts.json) when an action first needs it, so a page's first load does not carry it.
 * The file comes from the same deployment as this code, so a shape check is enough: anything else
 * rejects, and the action that asked says it failed.
 */

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file at `path`, once `hasShape` accepts it; otherwise an error naming the file and `what` it should be. */
export async function fetchBuildFile<T>(
  path: string,
  what: string,
  hasShape: (file: Record<string, unknown>) => boolean,
): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const file: unknown = await response.json();
  if (!isObject(file) || !hasShape(file)) throw new Error(`${path} is not ${what}`);
  return file as T;
}
