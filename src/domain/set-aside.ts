/**
 * Stored text that could not be read, kept aside (by the key it was found under) until the user
 * downloads or discards it, so a store never overwrites it silently. Stored as
 * `{ "v": 1, "items": { "<key>": "<text>" } }`; anything else found there is treated as empty.
 *
 * Imported by the client islands: plain TypeScript, keep it light.
 */

const SET_ASIDE_VERSION = 1;

function isRecordOfStrings(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((item) => typeof item === 'string');
}

/** The texts kept aside, by key; empty when nothing (or nothing readable) is kept. */
export function parseSetAside(text: string | null): Record<string, string> {
  if (text === null) return {};
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json !== 'object' || json === null) return {};
    const { v, items } = json as { v?: unknown; items?: unknown };
    if (v !== SET_ASIDE_VERSION || !isRecordOfStrings(items)) return {};
    // Copied key by key onto a null prototype: a "__proto__" key stays an ordinary entry.
    const kept: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [key, value] of Object.entries(items)) kept[key] = value;
    return kept;
  } catch {
    return {};
  }
}

function encode(items: Record<string, string>): string {
  return JSON.stringify({ v: SET_ASIDE_VERSION, items: { ...items } });
}

/** `items` with `text` kept under `key` (a newer unreadable copy replaces an older one). */
export function withSetAside(items: Record<string, string>, key: string, text: string): string {
  return encode({ ...items, [key]: text });
}

/** `items` without `key`, or null when nothing is left to keep. */
export function withoutSetAside(items: Record<string, string>, key: string): string | null {
  const rest = Object.fromEntries(Object.entries(items).filter(([k]) => k !== key));
  return Object.keys(rest).length === 0 ? null : encode(rest);
}
