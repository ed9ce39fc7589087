/**
 * Export and import files: the current session (answers, facilitator label and notes, cost
 * inputs, and from version 2 the documents and the decisions) or the whole history, as versioned
 * JSON. Unlike saved state, an import of the answers, label, notes and cost is all or nothing: a
 * file with any invalid part there is refused with a message saying what is wrong, and nothing on
 * the device changes. The documents and decisions sections are carried here undecoded (like the
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

export type ImportResult = { ok: true; contents: ExportContents } | { ok: false; message: string };

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

const refuse = (message: string): ImportResult => ({ ok: false, message });

/** Reads an export file. `byteLength` is the file's size, checked before anything is parsed. */
export function decodeExportFile(text: string, byteLength: number, questionIds: readonly Id[]): ImportResult {
  if (byteLength > MAX_IMPORT_BYTES) {
    return refuse(`This file is too large (${Math.ceil(byteLength / 1024)} KB). Readiness exports are under 1 MB.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('This file is not a Readiness export: it is not valid JSON.');
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) return refuse('This file is not a Readiness export.');
  const version = envelope.data.v;
  if (typeof version !== 'number' || !READABLE_EXPORT_VERSIONS.includes(version)) {
    return refuse(
      `This export is version ${String(version)}; this site reads versions ${READABLE_EXPORT_VERSIONS.join(' and ')}.`,
    );
  }

  if (envelope.data.kind === 'history') {
    const raw = envelope.data.snapshots;
    if (!Array.isArray(raw)) return refuse('This history export has no list of saved results.');
    if (raw.length > MAX_SNAPSHOTS)
      return refuse(`This history has ${raw.length} saved results; the limit is ${MAX_SNAPSHOTS}.`);
    const { snapshots, dropped } = decodeSnapshots(raw, questionIds);
    if (dropped > 0)
      return refuse(
        `${dropped} saved result${dropped === 1 ? ' in this file is' : 's in this file are'} damaged, so nothing was imported.`,
      );
    return { ok: true, contents: { kind: 'history', snapshots } };
  }

  const body = SessionBodySchema.safeParse(envelope.data.session);
  if (!body.success) return refuse('This session export has no answers in it.');
  const { answers, dropped: droppedAnswers } = decodeAnswers(body.data.answers, questionIds);
  const { state, problems } = decodeSessionParts(body.data, questionIds);
  if (droppedAnswers > 0 || problems.length > 0) {
    return refuse(
      'Parts of this session export are damaged or come from a different set of questions, so nothing was imported.',
    );
  }
  const session: SessionExport = { answers, session: state };
  if (body.data.cost !== undefined) session.cost = body.data.cost;
  // Version 1 had no documents or decisions: anything under those names is not ours to read.
  if (version !== 1 && body.data.documents !== undefined) session.documents = body.data.documents;
  if (version !== 1 && body.data.decisions !== undefined) session.decisions = body.data.decisions;
  return { ok: true, contents: { kind: 'session', session } };
}
