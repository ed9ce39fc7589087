/**
 * The pure half of persistence: what a stored value's codec must provide, and the merges that let
 * two tabs (or a page and what it loads late) converge without losing either side's changes.
 *
 * A merge is three-way: `base` is the value both sides last agreed on, `older` and `newer` are
 * the two sides, `newer` being the last writer. A part that only one side changed takes that
 * side's value; a part both changed takes the newer one. So an answer, a note or a field is lost
 * only when the other side changed that very answer, note or field later.
 *
 * Imported by the client islands: plain TypeScript, keep it light.
 */

/** Why stored text could not be used in full. */
export type StoredProblem =
  | { kind: 'unreadable' }
  | { kind: 'too-long' }
  /** The valid rest was kept; `count` parts were left out. */
  | { kind: 'partial'; count: number };

export interface DecodedValue<T> {
  /** null when nothing usable was found. */
  value: T | null;
  problem: StoredProblem | null;
}

export interface StoredCodec<T> {
  /** Encoded values longer than this (UTF-16 code units, what storage counts) are never stored. */
  maxLength: number;
  /** The value a fresh visit starts from. */
  empty: () => T;
  encode: (value: T) => string;
  /** Never throws; text over `maxLength` is refused unread. */
  decode: (text: string) => DecodedValue<T>;
  merge: (base: T, older: T, newer: T) => T;
  /** Nothing worth keeping: the key is removed rather than written. */
  isEmpty: (value: T) => boolean;
  /** Value equality, for deciding whether anything changed. */
  equal: (a: T, b: T) => boolean;
}

/** Whether the store would accept this value: its encoding fits the cap. */
export function fitsStorage<T>(codec: Pick<StoredCodec<T>, 'encode' | 'maxLength'>, value: T): boolean {
  return codec.encode(value).length <= codec.maxLength;
}

/** One field: the newer side's value if it changed it, otherwise the older side's. */
export function mergeField<V>(base: V, older: V, newer: V, equal: (a: V, b: V) => boolean = Object.is): V {
  return equal(newer, base) ? older : newer;
}

/** A record merged key by key (a missing key is "unset"); the result has own keys only. */
export function mergeRecord<V>(
  base: Readonly<Partial<Record<string, V>>>,
  older: Readonly<Partial<Record<string, V>>>,
  newer: Readonly<Partial<Record<string, V>>>,
  equal: (a: V, b: V) => boolean = Object.is,
): Record<string, V> {
  const own = (record: Readonly<Partial<Record<string, V>>>, key: string) =>
    Object.hasOwn(record, key) ? record[key] : undefined;
  const same = (a: V | undefined, b: V | undefined) => (a === undefined || b === undefined ? a === b : equal(a, b));
  const keys = new Set([...Object.keys(base), ...Object.keys(older), ...Object.keys(newer)]);
  const merged: Record<string, V> = {};
  for (const key of keys) {
    const value = mergeField(own(base, key), own(older, key), own(newer, key), same);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** Structural equality for JSON-like values (what stored state is made of). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) && jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
