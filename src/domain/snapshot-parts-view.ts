/**
 * What History shows of the documents and decisions a saved result recorded (snapshot-parts.ts):
 * one short line per part for the list of saved results, and what changed between two results
 * for Compare ("Invariants: 3 → 5 of 7", "Deployment: Public cloud → Sovereign cloud").
 *
 * Imported by the client islands: plain TypeScript, no dependencies beyond the domain.
 */
import type { SnapshotParts } from './snapshot-parts';

type PartKey = keyof SnapshotParts;

/** The parts in the order the documents and decisions are listed on the site. */
const PART_ORDER: readonly PartKey[] = ['invariants', 'definition', 'scorecard', 'partner', 'useCases', 'deployment'];

export const PART_LABELS: Readonly<Record<PartKey, string>> = {
  invariants: 'Invariants',
  definition: 'Readiness definition',
  scorecard: 'Scorecard',
  partner: 'Partner check',
  useCases: 'Use cases',
  deployment: 'Deployment',
};

/** What a result that recorded no documents or decisions says (most were saved before results did). */
export const PARTS_NOT_RECORDED = 'Not recorded with this result';
/** What a result saved with no document or decision filled in says. */
export const NO_PARTS = 'None filled in';
/** A part one result has and the other has not. */
const ABSENT = 'not filled in';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const SIGNED_OFF = 'complete and signed off';

/** One part in words, without its label ("3 of 7", "Public cloud"); null when not recorded. */
function partText(parts: SnapshotParts, key: PartKey): string | null {
  switch (key) {
    case 'invariants':
      return parts.invariants ? `${parts.invariants.have} of ${parts.invariants.total}` : null;
    case 'definition': {
      const d = parts.definition;
      if (!d) return null;
      if (d.complete) return SIGNED_OFF;
      const signed =
        d.signedOff === 0
          ? 'not signed off'
          : d.signedOff === d.signOffsTotal
            ? 'signed off'
            : `${d.signedOff} of ${d.signOffsTotal} sign-offs`;
      return `${d.elementsComplete} of ${d.elementsTotal} elements, ${signed}`;
    }
    case 'scorecard': {
      const s = parts.scorecard;
      if (!s) return null;
      return s.missing === 0 ? SIGNED_OFF : `drafted, ${plural(s.missing, 'thing', 'things')} still to settle`;
    }
    case 'partner': {
      const p = parts.partner;
      if (!p) return null;
      if (p.verdict === null) return 'not every commitment answered';
      return p.askFor > 0 ? `${p.verdict} (${p.askFor} to ask for)` : p.verdict;
    }
    case 'useCases': {
      const u = parts.useCases;
      if (!u) return null;
      const counts = [
        u.workflows > 0 ? plural(u.workflows, 'workflow', 'workflows') : '',
        u.agents > 0 ? plural(u.agents, 'agent', 'agents') : '',
        u.hybrid > 0 ? `${u.hybrid} hybrid` : '',
        u.unclassified > 0 ? `${u.unclassified} not classified` : '',
      ].filter(Boolean);
      return counts.length > 0 ? counts.join(', ') : 'none';
    }
    case 'deployment':
      return parts.deployment ? (parts.deployment.recommendation ?? 'not decided yet') : null;
  }
}

/** Each recorded part as "Invariants: 3 of 7", in site order; empty when none is recorded. */
export function snapshotPartLines(parts: SnapshotParts | undefined): string[] {
  if (!parts) return [];
  return PART_ORDER.flatMap((key) => {
    const text = partText(parts, key);
    return text === null ? [] : [`${PART_LABELS[key]}: ${text}`];
  });
}

/** The documents and decisions of one saved result, for the list: lines, or one line saying why none. */
export function snapshotPartsSummary(parts: SnapshotParts | undefined): string[] {
  if (!parts) return [PARTS_NOT_RECORDED];
  const lines = snapshotPartLines(parts);
  return lines.length > 0 ? lines : [NO_PARTS];
}

/** One changed part: "Invariants: 3 → 5 of 7" (a shared "of 7" is said once). */
function changeLine(key: PartKey, before: SnapshotParts, after: SnapshotParts): string | null {
  const was = partText(before, key);
  const now = partText(after, key);
  if (was === now) return null;
  const label = PART_LABELS[key];
  if (key === 'invariants' && before.invariants && after.invariants) {
    const { have, total } = before.invariants;
    if (total === after.invariants.total) return `${label}: ${have} → ${after.invariants.have} of ${total}`;
  }
  return `${label}: ${was ?? ABSENT} → ${now ?? ABSENT}`;
}

export interface PartsComparison {
  /** One sentence: what changed, or why nothing can be compared. */
  summary: string;
  /** Each changed part, in site order. */
  changes: string[];
}

/** What changed in the documents and decisions from an earlier saved result to a later one. */
export function compareSnapshotParts(
  before: SnapshotParts | undefined,
  after: SnapshotParts | undefined,
): PartsComparison {
  if (!before && !after) return { summary: 'Neither result recorded them.', changes: [] };
  if (!before || !after)
    return {
      summary: `Only the ${before ? 'earlier' : 'later'} result recorded them, so there is nothing to compare.`,
      changes: [],
    };
  const changes = PART_ORDER.map((key) => changeLine(key, before, after)).filter((line) => line !== null);
  const summary =
    changes.length === 0
      ? snapshotPartLines(after).length === 0
        ? 'No change: none filled in either time.'
        : 'No change.'
      : `${plural(changes.length, 'part', 'parts')} changed.`;
  return { summary, changes };
}
