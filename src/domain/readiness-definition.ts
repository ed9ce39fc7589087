/**
 * The production-readiness definition for one system: per element a concrete target, an owner
 * and the evidence; the day it was agreed (before build starts); a joint sign-off. Completeness is
 * computed here, once, for the builder's meter, its error summary and the printed document.
 * Pure; imported by the /readiness-definition/ island.
 */
import { isCalendarDay } from './calendar-day';
import type { Id } from './content-types';
import type { FieldProblem, ReadinessDocumentContent, ReadinessElement } from './document-types';
import { MAX_DOCUMENT_NOTE_LENGTH } from './invariant-check';
import { MAX_NAME_LENGTH, readSignOffs, signOffProblems, type SignOffs } from './sign-off';
import { FieldReader, parseStoredEnvelope, type StoredProblem } from './stored-json';
import { fillSlots } from './fill-slots';
import type { DefinitionWordingText, SignOffProblemText } from '../schemas/page-wording';

/** The definition's words (content/pages/readiness-definition.md) and the sign-off problems (documents.md). */
export type DefinitionWording = DefinitionWordingText & SignOffProblemText;

export const READINESS_DEFINITION_VERSION = 1;
// Caps sized so the whole definition, every field full, still prints on one page
// (tests/unit/signable-document-pdf.test.ts).
export const MAX_TARGET_LENGTH = 200;
export const MAX_OWNER_LENGTH = 60;
export const MAX_EVIDENCE_LENGTH = 160;
export const MAX_STORED_DEFINITION_LENGTH = 32 * 1024;

export interface ElementEntry {
  target: string;
  owner: string;
  evidence: string;
}

export interface ReadinessDefinitionState {
  system: string;
  /** The day it was agreed, before build starts (yyyy-mm-dd). */
  agreedOn: string;
  elements: Readonly<Partial<Record<Id, ElementEntry>>>;
  signOffs: SignOffs;
  notes: string;
}

export interface DefinitionContent {
  elements: readonly ReadinessElement[];
  document: ReadinessDocumentContent;
}

/** A fresh definition: each element starts from its content default target and owner role. */
export function initialDefinition(elements: readonly ReadinessElement[]): ReadinessDefinitionState {
  return {
    system: '',
    agreedOn: '',
    elements: Object.fromEntries(
      elements.map((e) => [e.id, { target: e.defaultTarget, owner: e.defaultOwner, evidence: '' }]),
    ),
    signOffs: {},
    notes: '',
  };
}

export function elementEntry(state: ReadinessDefinitionState, id: Id): ElementEntry {
  return (
    (Object.hasOwn(state.elements, id) ? state.elements[id] : undefined) ?? { target: '', owner: '', evidence: '' }
  );
}

/** Every problem, in page order: system, each element's target/owner/evidence, agreed date, sign-offs. */
export function definitionProblems(
  content: DefinitionContent,
  state: ReadinessDefinitionState,
  text: DefinitionWording,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!state.system.trim()) problems.push({ field: 'system', message: text['problem-system'] });
  for (const element of content.elements) {
    const entry = elementEntry(state, element.id);
    const at = (part: keyof ElementEntry) => `elements.${element.id}.${part}`;
    const values = { element: element.label.toLowerCase() };
    for (const part of ['target', 'owner', 'evidence'] as const)
      if (!entry[part].trim()) problems.push({ field: at(part), message: fillSlots(text[`problem-${part}`], values) });
  }
  if (!state.agreedOn.trim()) problems.push({ field: 'agreedOn', message: text['problem-agreed'] });
  else if (!isCalendarDay(state.agreedOn)) problems.push({ field: 'agreedOn', message: text['problem-agreed-date'] });
  problems.push(...signOffProblems(content.document.signOffRoles, state.signOffs, text));
  return problems;
}

export interface DefinitionCompleteness {
  /** Elements with a target, an owner and evidence. */
  elementsComplete: number;
  elementsTotal: number;
  /** Roles with a name and a real date. */
  signedOff: number;
  signOffsTotal: number;
  /** Fields filled correctly, out of every field the document has. */
  filled: number;
  total: number;
  /** Whole per cent, rounded down so 100 means truly complete. */
  percent: number;
  complete: boolean;
}

export function definitionCompleteness(
  content: DefinitionContent,
  state: ReadinessDefinitionState,
  text: DefinitionWording,
): DefinitionCompleteness {
  const problems = definitionProblems(content, state, text);
  const bad = new Set(problems.map((p) => p.field));
  const elementsComplete = content.elements.filter(
    (e) => !['target', 'owner', 'evidence'].some((part) => bad.has(`elements.${e.id}.${part}`)),
  ).length;
  const roles = content.document.signOffRoles;
  const signedOff = roles.filter((r) => !bad.has(`signOffs.${r.id}.name`) && !bad.has(`signOffs.${r.id}.date`)).length;
  const total = 2 + content.elements.length * 3 + roles.length * 2;
  const filled = total - problems.length;
  return {
    elementsComplete,
    elementsTotal: content.elements.length,
    signedOff,
    signOffsTotal: roles.length,
    filled,
    total,
    percent: Math.floor((filled * 100) / total),
    complete: problems.length === 0,
  };
}

export function encodeStoredDefinition(state: ReadinessDefinitionState): string {
  return JSON.stringify({ v: READINESS_DEFINITION_VERSION, ...state });
}

export function decodeStoredDefinition(
  text: string | null,
  content: DefinitionContent,
): { state: ReadinessDefinitionState | null; problem: StoredProblem | null; dropped: number } {
  const { data, problem } = parseStoredEnvelope(text, READINESS_DEFINITION_VERSION, MAX_STORED_DEFINITION_LENGTH);
  if (!data) return { state: null, problem, dropped: 0 };
  const read = new FieldReader();
  const base = initialDefinition(content.elements);
  const elements: Partial<Record<Id, ElementEntry>> = { ...base.elements };
  for (const [id, value] of read.entries(
    data.elements,
    content.elements.map((e) => e.id),
  )) {
    const parts = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    elements[id] = {
      target: read.text(parts.target, MAX_TARGET_LENGTH),
      owner: read.text(parts.owner, MAX_OWNER_LENGTH),
      evidence: read.text(parts.evidence, MAX_EVIDENCE_LENGTH),
    };
  }
  const state: ReadinessDefinitionState = {
    system: read.text(data.system, MAX_NAME_LENGTH),
    agreedOn: read.text(data.agreedOn, 10),
    elements,
    signOffs: readSignOffs(
      read,
      data.signOffs,
      content.document.signOffRoles.map((r) => r.id),
    ),
    notes: read.text(data.notes, MAX_DOCUMENT_NOTE_LENGTH),
  };
  return { state, problem: null, dropped: read.dropped };
}
