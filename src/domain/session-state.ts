/**
 * The facilitator session: whether facilitator mode and presentation type are on, the client or
 * programme label, and notes (per question id, plus one for the cost page). Stored under
 * STORAGE_KEYS.session and decoded leniently: a bad part is dropped and reported, never thrown.
 *
 * Imported by the client islands: keep it light (zod/mini only).
 */
import * as z from 'zod/mini';
import type { Id } from './content-types';
import { jsonEqual, mergeField, mergeRecord, type StoredCodec } from './persistence';

export const STORED_SESSION_VERSION = 1;
/** Longest client label, in characters. */
export const MAX_LABEL_LENGTH = 120;
/** Longest note, in characters: a generous paragraph; longer notes are refused, not cut. */
export const MAX_NOTE_LENGTH = 2000;
/** The notes key used for the cost page. */
export const COST_NOTE_KEY = 'cost';
/** Stored values above this size are refused unread (11 notes at the cap are ~25 KB). */
export const MAX_STORED_SESSION_LENGTH = 64 * 1024;

export interface SessionState {
  facilitator: boolean;
  presentation: boolean;
  clientLabel: string;
  /** Question id (or COST_NOTE_KEY) → note. Empty notes are not kept. */
  notes: Readonly<Record<string, string>>;
}

export type SessionProblem = { kind: 'unreadable' } | { kind: 'too-long' } | { kind: 'dropped-parts'; count: number };

export const EMPTY_SESSION: SessionState = { facilitator: false, presentation: false, clientLabel: '', notes: {} };

const EnvelopeSchema = z.object({
  v: z.literal(STORED_SESSION_VERSION),
  facilitator: z.optional(z.unknown()),
  presentation: z.optional(z.unknown()),
  clientLabel: z.optional(z.unknown()),
  notes: z.optional(z.unknown()),
});

export const LabelSchema = z.string().check(z.maxLength(MAX_LABEL_LENGTH));
export const NoteSchema = z.string().check(z.maxLength(MAX_NOTE_LENGTH));

/** Keys a note may have: the questions' ids and the cost page. */
export function noteKeys(questionIds: readonly Id[]): string[] {
  return [...questionIds, COST_NOTE_KEY];
}

/** Notes from untrusted input: known keys with valid, non-blank strings only. */
export function decodeNotes(
  raw: unknown,
  questionIds: readonly Id[],
): { notes: Record<string, string>; dropped: number } {
  const notes: Record<string, string> = {};
  if (raw === undefined) return { notes, dropped: 0 };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { notes, dropped: 1 };
  const known = new Set(noteKeys(questionIds));
  let dropped = 0;
  for (const [key, value] of Object.entries(raw)) {
    const note = NoteSchema.safeParse(value);
    if (!known.has(key) || !note.success) {
      dropped++;
      continue;
    }
    if (note.data.trim()) notes[key] = note.data;
  }
  return { notes, dropped };
}

export function encodeStoredSession(state: SessionState): string {
  return JSON.stringify({ v: STORED_SESSION_VERSION, ...state });
}

export function decodeStoredSession(
  text: string | null,
  questionIds: readonly Id[],
): { state: SessionState | null; problems: SessionProblem[] } {
  if (text === null) return { state: null, problems: [] };
  if (text.length > MAX_STORED_SESSION_LENGTH) return { state: null, problems: [{ kind: 'too-long' }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { state: null, problems: [{ kind: 'unreadable' }] };
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) return { state: null, problems: [{ kind: 'unreadable' }] };
  return decodeSessionParts(envelope.data, questionIds);
}

/** Decodes the parts of a session object (shared with the export-file importer). */
export function decodeSessionParts(
  parts: { facilitator?: unknown; presentation?: unknown; clientLabel?: unknown; notes?: unknown },
  questionIds: readonly Id[],
): { state: SessionState; problems: SessionProblem[] } {
  let dropped = 0;
  const flag = (value: unknown): boolean => {
    if (value === undefined || typeof value === 'boolean') return value === true;
    dropped++;
    return false;
  };
  const label = LabelSchema.safeParse(parts.clientLabel ?? '');
  if (!label.success) dropped++;
  const { notes, dropped: droppedNotes } = decodeNotes(parts.notes, questionIds);
  dropped += droppedNotes;
  return {
    state: {
      facilitator: flag(parts.facilitator),
      presentation: flag(parts.presentation),
      clientLabel: label.success ? label.data : '',
      notes,
    },
    problems: dropped > 0 ? [{ kind: 'dropped-parts', count: dropped }] : [],
  };
}

export function isEmptySession(state: SessionState): boolean {
  return !state.facilitator && !state.presentation && !state.clientLabel && Object.keys(state.notes).length === 0;
}

/**
 * The codec the persistent store keeps the session with: each note merges on its own, every
 * other setting as a field. `questionIds` is read on each call (the notes' keys).
 */
export function sessionCodec(questionIds: () => readonly Id[]): StoredCodec<SessionState> {
  return {
    maxLength: MAX_STORED_SESSION_LENGTH,
    empty: () => EMPTY_SESSION,
    encode: encodeStoredSession,
    decode: (text) => {
      const { state, problems } = decodeStoredSession(text, questionIds());
      const problem = problems[0];
      if (!problem) return { value: state, problem: null };
      return {
        value: state,
        problem: problem.kind === 'dropped-parts' ? { kind: 'partial', count: problem.count } : { kind: problem.kind },
      };
    },
    merge: (base, older, newer) => ({
      facilitator: mergeField(base.facilitator, older.facilitator, newer.facilitator),
      presentation: mergeField(base.presentation, older.presentation, newer.presentation),
      clientLabel: mergeField(base.clientLabel, older.clientLabel, newer.clientLabel),
      notes: mergeRecord(base.notes, older.notes, newer.notes),
    }),
    isEmpty: isEmptySession,
    equal: jsonEqual,
  };
}
