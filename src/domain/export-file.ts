/**
 * Export and import files: the current session (answers, facilitator label and notes, cost
 * inputs, and from version 2 the documents and the decisions) or the whole history, as versioned
 * JSON. Unlike saved state, an import of the answers, label, notes and cost is all or nothing: a
 * file with any invalid part there is refused, saying what is wrong (an `ImportProblem`, which the
 * import plan words in the page's words), and nothing on the device changes. The documents and decisions sections are carried here undecoded (like the
 * cost section) and decoded by the import plan, which leaves out a damaged one and says so.
 *
 * Version 1 files (before the documents and decisions were carried) still import: they say
 * nothing about them, so those on the device are kept.
 *
 * Imported by the client islands: keep it light (zod/mini only).
 */
import * as z from 'zod/mini';
import type { Id } from './content-types';
import type { Answers } from './answers';
import { decodeAnswers, encodeAnswers } from './answer-codec';
import { decodeSessionParts, type SessionState } from './session-state';
import { decodeSnapshots, encodeSnapshot, MAX_SNAPSHOTS, type Snapshot } from './history';

export const EXPORT_FORMAT = 'readiness-export';
export const EXPORT_VERSION = 2;
/** Every version this site reads: 1 has no documents or decisions sections. */
export const READABLE_EXPORT_VERSIONS: readonly number[] = [1, 2];
/** Files above this size are refused before parsing (a full history is well under 200 KB). */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export interface SessionExport {
  answers: Answers;
  session: SessionState;
  /** The cost section, encoded and decoded by the cost feature (as in share links). */
  cost?: unknown;
  /**
   * The documents section (src/domain/documents-section.ts); `{ v }` alone when none is filled in.
   * Absent (a version 1 file, or a download made where the documents were not loaded): the file
   * says nothing about them, and importing it keeps this device's.
   */
  documents?: unknown;
  /** The decisions, as stored (src/domain/decisions-state.ts); absent as above. */
  decisions?: unknown;
}

export type ExportContents = { kind: 'session'; session: SessionExport } | { kind: 'history'; snapshots: Snapshot[] };

export function encodeExportFile(contents: ExportContents, questionIds: readonly Id[], exportedAt: Date): string {
  const base = { format: EXPORT_FORMAT, v: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), kind: contents.kind };
  const body =
    contents.kind === 'session'
      ? {
          session: {
            answers: encodeAnswers(contents.session.answers, questionIds),
            ...contents.session.session,
            ...(contents.session.cost === undefined ? {} : { cost: contents.session.cost }),
            ...(contents.session.documents === undefined ? {} : { documents: contents.session.documents }),
            ...(contents.session.decisions === undefined ? {} : { decisions: contents.session.decisions }),
          },
        }
      : { snapshots: contents.snapshots.map((s) => encodeSnapshot(s, questionIds)) };
  return JSON.stringify({ ...base, ...body }, null, 2);
}

/** Why a file was refused, with what the message needs to say it. */
export type ImportProblem =
  | { kind: 'too-large'; kilobytes: number; maxMegabytes: number }
  | { kind: 'not-json' }
  | { kind: 'not-export' }
  | { kind: 'other-version'; version: string; readable: readonly number[] }
  | { kind: 'no-results' }
  | { kind: 'too-many-results'; count: number; max: number }
  | { kind: 'damaged-results'; count: number }
  | { kind: 'no-answers' }
  | { kind: 'damaged-session' };

export type ImportResult = { ok: true; contents: ExportContents } | { ok: false; problem: ImportProblem };

const EnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  v: z.unknown(),
  kind: z.enum(['session', 'history']),
  session: z.optional(z.unknown()),
  snapshots: z.optional(z.unknown()),
});

const SessionBodySchema = z.object({
  answers: z.unknown(),
  facilitator: z.optional(z.unknown()),
  presentation: z.optional(z.unknown()),
  clientLabel: z.optional(z.unknown()),
  notes: z.optional(z.unknown()),
  cost: z.optional(z.unknown()),
  documents: z.optional(z.unknown()),
  decisions: z.optional(z.unknown()),
});

const refuse = (problem: ImportProblem): ImportResult => ({ ok: false, problem });

/** Reads an export file. `byteLength` is the file's size, checked before anything is parsed. */
export function decodeExportFile(text: string, byteLength: number, questionIds: readonly Id[]): ImportResult {
  if (byteLength > MAX_IMPORT_BYTES) {
    return refuse({
      kind: 'too-large',
      kilobytes: Math.ceil(byteLength / 1024),
      maxMegabytes: MAX_IMPORT_BYTES / 1024 / 1024,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse({ kind: 'not-json' });
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) return refuse({ kind: 'not-export' });
  const version = envelope.data.v;
  if (typeof version !== 'number' || !READABLE_EXPORT_VERSIONS.includes(version)) {
    return refuse({ kind: 'other-version', version: String(version), readable: READABLE_EXPORT_VERSIONS });
  }

  if (envelope.data.kind === 'history') {
    const raw = envelope.data.snapshots;
    if (!Array.isArray(raw)) return refuse({ kind: 'no-results' });
    if (raw.length > MAX_SNAPSHOTS) return refuse({ kind: 'too-many-results', count: raw.length, max: MAX_SNAPSHOTS });
    const { snapshots, dropped } = decodeSnapshots(raw, questionIds);
    if (dropped > 0) return refuse({ kind: 'damaged-results', count: dropped });
    return { ok: true, contents: { kind: 'history', snapshots } };
  }

  const body = SessionBodySchema.safeParse(envelope.data.session);
  if (!body.success) return refuse({ kind: 'no-answers' });
  const { answers, dropped: droppedAnswers } = decodeAnswers(body.data.answers, questionIds);
  const { state, problems } = decodeSessionParts(body.data, questionIds);
  if (droppedAnswers > 0 || problems.length > 0) return refuse({ kind: 'damaged-session' });
  const session: SessionExport = { answers, session: state };
  if (body.data.cost !== undefined) session.cost = body.data.cost;
  // Version 1 had no documents or decisions: anything under those names is not ours to read.
  if (version !== 1 && body.data.documents !== undefined) session.documents = body.data.documents;
  if (version !== 1 && body.data.decisions !== undefined) session.decisions = body.data.decisions;
  return { ok: true, contents: { kind: 'session', session } };
}
