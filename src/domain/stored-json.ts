/**
 * Reading a stored document (readiness definition, scorecard, self-check, partner check) back
 * from text: size-capped before parsing, then each field taken on its own, so one bad field is
 * dropped and counted while every good one is kept.
 */
import * as z from 'zod/mini';

export type StoredProblem = 'too-long' | 'unreadable';

/** Parses a stored envelope `{ v, ... }` of the given version; null data with a problem otherwise. */
export function parseStoredEnvelope(
  text: string | null,
  version: number,
  maxLength: number,
): { data: Record<string, unknown> | null; problem: StoredProblem | null } {
  if (text === null) return { data: null, problem: null };
  if (text.length > maxLength) return { data: null, problem: 'too-long' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { data: null, problem: 'unreadable' };
  }
  const envelope = z.looseObject({ v: z.literal(version) }).safeParse(json);
  return envelope.success ? { data: envelope.data, problem: null } : { data: null, problem: 'unreadable' };
}

/** Collects fields from untrusted data, counting the ones that had to be dropped. */
export class FieldReader {
  dropped = 0;

  /** A string of at most `max` characters; '' (and a drop) for anything else present. */
  text(raw: unknown, max: number): string {
    if (raw === undefined) return '';
    if (typeof raw === 'string' && raw.length <= max) return raw;
    this.dropped++;
    return '';
  }

  /** One of `values`, or undefined (and a drop) for anything else present. */
  choice<T extends string>(raw: unknown, values: readonly T[]): T | undefined {
    if (raw === undefined) return undefined;
    if ((values as readonly unknown[]).includes(raw)) return raw as T;
    this.dropped++;
    return undefined;
  }

  /** Own entries of a plain object whose key is in `keys`; others are dropped. */
  entries(raw: unknown, keys: readonly string[]): [string, unknown][] {
    if (raw === undefined) return [];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      this.dropped++;
      return [];
    }
    const known = new Set(keys);
    return Object.entries(raw).filter(([key]) => {
      if (known.has(key)) return true;
      this.dropped++;
      return false;
    });
  }
}
