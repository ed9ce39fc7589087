/**
 * Content of the documents a programme signs (readiness definition, day-one scorecard) and the
 * checks around them (seven invariants, partner commitments), as plain data the pages pass to
 * their islands. Mirrors the schemas in src/schemas/, which the core may not import.
 *
 * Imported on server and client: types only.
 */
import type { Id } from './content-types';

export interface Invariant {
  id: Id;
  order: number;
  title: string;
  summary: string;
  /** What "done" looks like, one item each. */
  done: readonly string[];
  /** `done` is this product's wording, not the article's specifics. */
  doneIsOurReading: boolean;
  /** Diagnostic questions that bear on it. */
  questions: readonly Id[];
}

export interface SignOffRole {
  id: Id;
  label: string;
}

export interface ReadinessElement {
  id: Id;
  order: number;
  label: string;
  defaultTarget: string;
  targetIsOurReading: boolean;
  defaultOwner: string;
  evidenceHint: string;
}

export interface ReadinessDocumentContent {
  title: string;
  intro: string;
  signOffRoles: readonly SignOffRole[];
}

export interface ScorecardContent {
  title: string;
  intro: string;
  cadences: readonly string[];
  signOffRoles: readonly SignOffRole[];
}

export interface PartnerCommitment {
  id: Id;
  order: number;
  commitment: string;
  askFor: string;
  askIsOurReading: boolean;
}

export interface PartnerVerdictContent {
  system: string;
  pilot: string;
  rule: string;
  ruleIsOurReading: boolean;
}

/** One thing to fix in a form: the field's path (its input id is derived from it) and the message. */
export interface FieldProblem {
  field: string;
  message: string;
}
