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

// Written with pipe and transform only, and records read by hand: zod/mini is shared by every
// island's initial chunk, and each zod feature used anywhere (refine, record, regex) grows it for
// all of them. Reading records by hand also keeps a "__proto__" key an ordinary entry.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const USE_CASE_ID_PATTERN = /^uc-[a-z0-9]{1,24}$/;

/** Text up to `max` characters with no control characters (newlines and tabs are fine). */
const plain = (max: number, nonEmpty = false) =>
  z.pipe(
    z.string().check(z.maxLength(max)),
    z.transform((text, ctx) => {
      if (CONTROL.test(text) || (nonEmpty && text.trim() === ''))
        ctx.issues.push({ code: 'custom', message: 'not plain text', input: text });
      return text;
    }),
  );

export const UseCaseNameSchema = plain(MAX_USE_CASE_NAME_LENGTH, true);
export const UseCaseDescriptionSchema = plain(MAX_USE_CASE_DESCRIPTION_LENGTH);
export const DecisionNoteSchema = plain(MAX_NOTE_LENGTH);

/** An id → id map, or null when it is not one; built on a fresh object entry by entry. */
function readAnswers(raw: unknown): Record<Id, Id> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const answers: Record<Id, Id> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'string' || !ID_PATTERN.test(key) || !ID_PATTERN.test(value) || key.length > 48) return null;
    Object.defineProperty(answers, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return answers;
}

const UseCaseSchema = z.object({
  id: z.string(),
  name: UseCaseNameSchema,
  description: UseCaseDescriptionSchema,
  answers: z.unknown(),
  note: z.optional(DecisionNoteSchema),
});

const EnvelopeSchema = z.object({
  v: z.literal(DECISIONS_VERSION),
  useCases: z.optional(z.unknown()),
  deployment: z.optional(z.unknown()),
});

const DeploymentSchema = z.object({ answers: z.unknown(), note: z.optional(DecisionNoteSchema) });

export type DecisionsProblem = 'unreadable' | 'too-long' | 'unsupported-version';

export interface DecodedDecisions {
  /** null when nothing was stored or nothing was usable. */
  state: DecisionsState | null;
  problem: DecisionsProblem | null;
  /** Parts present but unusable, dropped: "use case 3", "deployment answers". */
  dropped: string[];
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
  const listed = envelope.data.useCases;
  if (listed !== undefined && !Array.isArray(listed)) dropped.push('use cases');
  (Array.isArray(listed) ? (listed as unknown[]) : []).forEach((item, index) => {
    const parsed = UseCaseSchema.safeParse(item);
    const answers = parsed.success ? readAnswers(parsed.data.answers) : null;
    if (
      !parsed.success ||
      !answers ||
      !USE_CASE_ID_PATTERN.test(parsed.data.id) ||
      seen.has(parsed.data.id) ||
      useCases.length >= MAX_USE_CASES
    ) {
      dropped.push(`use case ${index + 1}`);
      return;
    }
    seen.add(parsed.data.id);
    const { id, name, description, note } = parsed.data;
    useCases.push({ id, name, description, answers, note: note ?? '' });
  });

  let deployment = EMPTY_DECISIONS.deployment;
  if (envelope.data.deployment !== undefined) {
    const parsed = DeploymentSchema.safeParse(envelope.data.deployment);
    const answers = parsed.success ? readAnswers(parsed.data.answers) : null;
    if (parsed.success && answers) deployment = { answers, note: parsed.data.note ?? '' };
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
