/**
 * The decisions a visitor has made: their use cases with the rubric answers for each, and the
 * answers to the deployment steps, each with a facilitator note. Stored under
 * STORAGE_KEYS.decisions and decoded leniently: an unreadable use case is dropped and counted,
 * the rest is kept, nothing throws. Answers are kept by id; ids the content no longer has are
 * treated as unanswered by the rubric and the flow, never as errors.
 *
 * Imported by the client islands: zod/mini only, keep it light.
 */
import * as z from 'zod/mini';
import type { Id } from './content-types';
import { MAX_NOTE_LENGTH } from './session-state';

export const DECISIONS_VERSION = 1;
/** As many use cases as the calculator has workflows or agents. */
export const MAX_USE_CASES = 20;
export const MAX_USE_CASE_NAME_LENGTH = 80;
export const MAX_USE_CASE_DESCRIPTION_LENGTH = 400;
/** 20 use cases with full notes and descriptions come to about 60 KB. */
export const MAX_STORED_DECISIONS_LENGTH = 96 * 1024;

export interface UseCase {
  /** Stable within this device's decisions ("uc-…"). */
  id: string;
  name: string;
  description: string;
  /** Rubric question id → option id. */
  answers: Readonly<Record<Id, Id>>;
  note: string;
}

export interface DecisionsState {
  useCases: readonly UseCase[];
  deployment: { answers: Readonly<Record<Id, Id>>; note: string };
}

export const EMPTY_DECISIONS: DecisionsState = { useCases: [], deployment: { answers: {}, note: '' } };

// eslint-disable-next-line no-control-regex
const plain = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((s) => !/[\u0000-\u0008\u000B-\u001F\u007F]/.test(s)),
  );
const IdLike = z.string().check(z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/), z.maxLength(48));

export const UseCaseNameSchema = plain(MAX_USE_CASE_NAME_LENGTH).check(z.refine((s) => s.trim() !== ''));
export const UseCaseDescriptionSchema = plain(MAX_USE_CASE_DESCRIPTION_LENGTH);
export const DecisionNoteSchema = plain(MAX_NOTE_LENGTH);

const UseCaseSchema = z.object({
  id: z.string().check(z.regex(/^uc-[a-z0-9]{1,24}$/)),
  name: UseCaseNameSchema,
  description: UseCaseDescriptionSchema,
  answers: z.record(IdLike, IdLike),
  note: z.optional(DecisionNoteSchema),
});

const EnvelopeSchema = z.object({
  v: z.literal(DECISIONS_VERSION),
  useCases: z.optional(z.array(z.unknown())),
  deployment: z.optional(z.unknown()),
});

const DeploymentSchema = z.object({ answers: z.record(IdLike, IdLike), note: z.optional(DecisionNoteSchema) });

export type DecisionsProblem = 'unreadable' | 'too-long' | 'unsupported-version';

export interface DecodedDecisions {
  /** null when nothing was stored or nothing was usable. */
  state: DecisionsState | null;
  problem: DecisionsProblem | null;
  /** Parts present but unusable, dropped: "use case 3", "deployment answers". */
  dropped: string[];
}

/** Copies only own entries into a fresh object, so "__proto__" is just another key. */
function cleanRecord(record: Record<string, string>): Record<Id, Id> {
  const out: Record<Id, Id> = {};
  for (const [key, value] of Object.entries(record))
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

export function decodeDecisions(raw: string | null): DecodedDecisions {
  if (raw === null) return { state: null, problem: null, dropped: [] };
  if (raw.length > MAX_STORED_DECISIONS_LENGTH) return { state: null, problem: 'too-long', dropped: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { state: null, problem: 'unreadable', dropped: [] };
  }
  const version = (json as { v?: unknown } | null)?.v;
  if (typeof version === 'number' && version !== DECISIONS_VERSION)
    return { state: null, problem: 'unsupported-version', dropped: [] };
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) return { state: null, problem: 'unreadable', dropped: [] };

  const dropped: string[] = [];
  const useCases: UseCase[] = [];
  const seen = new Set<string>();
  (envelope.data.useCases ?? []).forEach((item, index) => {
    const parsed = UseCaseSchema.safeParse(item);
    if (!parsed.success || seen.has(parsed.data.id) || useCases.length >= MAX_USE_CASES) {
      dropped.push(`use case ${index + 1}`);
      return;
    }
    seen.add(parsed.data.id);
    const { id, name, description, answers, note } = parsed.data;
    useCases.push({ id, name, description, answers: cleanRecord(answers), note: note ?? '' });
  });

  let deployment = EMPTY_DECISIONS.deployment;
  if (envelope.data.deployment !== undefined) {
    const parsed = DeploymentSchema.safeParse(envelope.data.deployment);
    if (parsed.success) deployment = { answers: cleanRecord(parsed.data.answers), note: parsed.data.note ?? '' };
    else dropped.push('deployment answers');
  }
  return { state: { useCases, deployment }, problem: null, dropped };
}

export function encodeDecisions(state: DecisionsState): string {
  return JSON.stringify({
    v: DECISIONS_VERSION,
    useCases: state.useCases.map(({ id, name, description, answers, note }) => ({
      id,
      name,
      description,
      answers,
      ...(note ? { note } : {}),
    })),
    deployment: {
      answers: state.deployment.answers,
      ...(state.deployment.note ? { note: state.deployment.note } : {}),
    },
  });
}

export function isEmptyDecisions(state: DecisionsState): boolean {
  return (
    state.useCases.length === 0 && Object.keys(state.deployment.answers).length === 0 && state.deployment.note === ''
  );
}
