/**
 * The persistence codec for a signable document or check (readiness definition, scorecard,
 * seven-invariants self-check, partner check), built from its own stored-text decoder. Two tabs
 * editing one document merge field by field: a field one tab changed wins over the other's
 * untouched copy, so typing a target in one tab never wipes an owner typed in another.
 *
 * Pure: no storage, no React.
 */
import type { StoredProblem as DocumentProblem } from './stored-json';
import { jsonEqual, type StoredCodec, type StoredProblem } from './persistence';

/** What a document's decoder returns (src/domain/stored-json.ts reads the fields). */
export interface DecodedDocument<T> {
  state: T | null;
  problem: DocumentProblem | null;
  /** Fields that could not be read and were left out. */
  dropped: number;
}

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A three-way merge of two edits of `base`: objects key by key, all the way down; anything else
 * (text, choices, lists) as a whole, `newer` winning where both changed it. A key absent from a
 * side counts as unset on that side.
 */
export function mergeDeep<T>(base: T, older: T, newer: T): T {
  if (isPlain(base) && isPlain(older) && isPlain(newer)) {
    const merged: Plain = {};
    for (const key of new Set([...Object.keys(older), ...Object.keys(newer), ...Object.keys(base)])) {
      const value = mergeDeep(base[key], older[key], newer[key]);
      if (value !== undefined) merged[key] = value;
    }
    return merged as T;
  }
  return jsonEqual(newer, base) ? older : newer;
}

function asStoredProblem(decoded: DecodedDocument<unknown>): StoredProblem | null {
  if (decoded.problem) return { kind: decoded.problem };
  return decoded.dropped > 0 ? { kind: 'partial', count: decoded.dropped } : null;
}

export function documentCodec<T>(options: {
  maxLength: number;
  /** The untouched document (a fresh visit, or defaults from content); never stored. */
  empty: () => T;
  encode: (value: T) => string;
  decode: (text: string) => DecodedDocument<T>;
}): StoredCodec<T> {
  const { maxLength, empty, encode, decode } = options;
  return {
    maxLength,
    empty,
    encode,
    decode: (text) => {
      const decoded = decode(text);
      return { value: decoded.state, problem: asStoredProblem(decoded) };
    },
    merge: mergeDeep,
    isEmpty: (value) => encode(value) === encode(empty()),
    equal: jsonEqual,
  };
}
