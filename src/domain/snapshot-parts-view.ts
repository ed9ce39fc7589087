/**
 * What History shows of the documents and decisions a saved result recorded (snapshot-parts.ts):
 * one short line per part for the list of saved results, and what changed between two results
 * for Compare ("Invariants: 3 → 5 of 7", "Deployment: Public cloud → Sovereign cloud").
 *
 * Its words are content's (`text` of content/pages/history.md, SNAPSHOT_PARTS_TEXT in
 * src/schemas/page-wording.ts); the island passes them in.
 *
 * Imported by the client islands: plain TypeScript, no dependencies beyond the domain.
 */
import { counted, fillSlots } from './fill-slots';
import type { SnapshotParts } from './snapshot-parts';
import type { SnapshotPartsText } from '../schemas/page-wording';

type PartKey = keyof SnapshotParts;

/** The parts in the order the documents and decisions are listed on the site. */
const PART_ORDER: readonly PartKey[] = ['invariants', 'definition', 'scorecard', 'partner', 'useCases', 'deployment'];

/** Each part's name, by its key in content/pages/history.md (`text`). */
const PART_LABEL_KEYS = {
  invariants: 'part-invariants',
  definition: 'part-definition',
  scorecard: 'part-scorecard',
  partner: 'part-partner',
  useCases: 'part-use-cases',
  deployment: 'part-deployment',
} as const satisfies Record<PartKey, keyof SnapshotPartsText>;

/** One part in words, without its label ("3 of 7", "Public cloud"); null when not recorded. */
function partText(parts: SnapshotParts, key: PartKey, text: SnapshotPartsText): string | null {
  switch (key) {
    case 'invariants':
      return parts.invariants
        ? fillSlots(text['part-of'], { have: parts.invariants.have, total: parts.invariants.total })
        : null;
    case 'definition': {
      const d = parts.definition;
      if (!d) return null;
      if (d.complete) return text['part-signed-off'];
      const signed =
        d.signedOff === 0
          ? text['definition-not-signed']
          : d.signedOff === d.signOffsTotal
            ? text['definition-signed']
            : fillSlots(text['definition-sign-offs'], { signed: d.signedOff, total: d.signOffsTotal });
      return fillSlots(text['definition-elements'], {
        complete: d.elementsComplete,
        total: d.elementsTotal,
        signed,
      });
    }
    case 'scorecard': {
      const s = parts.scorecard;
      if (!s) return null;
      if (s.missing === 0) return text['part-signed-off'];
      return counted(text, 'scorecard-drafted', s.missing);
    }
    case 'partner': {
      const p = parts.partner;
      if (!p) return null;
      if (p.verdict === null) return text['partner-unanswered'];
      return p.askFor > 0 ? fillSlots(text['partner-ask-for'], { verdict: p.verdict, count: p.askFor }) : p.verdict;
    }
    case 'useCases': {
      const u = parts.useCases;
      if (!u) return null;
      const counts = [
        u.workflows > 0 ? counted(text, 'use-cases-workflows', u.workflows) : '',
        u.agents > 0 ? counted(text, 'use-cases-agents', u.agents) : '',
        u.hybrid > 0 ? fillSlots(text['use-cases-hybrid'], { count: u.hybrid }) : '',
        u.unclassified > 0 ? fillSlots(text['use-cases-unclassified'], { count: u.unclassified }) : '',
      ].filter(Boolean);
      return counts.length > 0 ? counts.join(', ') : text['use-cases-none'];
    }
    case 'deployment':
      return parts.deployment ? (parts.deployment.recommendation ?? text['deployment-undecided']) : null;
  }
}

/** Each recorded part as "Invariants: 3 of 7", in site order; empty when none is recorded. */
export function snapshotPartLines(parts: SnapshotParts | undefined, text: SnapshotPartsText): string[] {
  if (!parts) return [];
  return PART_ORDER.flatMap((key) => {
    const status = partText(parts, key, text);
    return status === null ? [] : [`${text[PART_LABEL_KEYS[key]]}: ${status}`];
  });
}

/** The documents and decisions of one saved result, for the list: lines, or one line saying why none. */
export function snapshotPartsSummary(parts: SnapshotParts | undefined, text: SnapshotPartsText): string[] {
  if (!parts) return [text['parts-not-recorded']];
  const lines = snapshotPartLines(parts, text);
  return lines.length > 0 ? lines : [text['parts-none']];
}

/** One changed part: "Invariants: 3 → 5 of 7" (a shared "of 7" is said once). */
function changeLine(key: PartKey, before: SnapshotParts, after: SnapshotParts, text: SnapshotPartsText): string | null {
  const was = partText(before, key, text);
  const now = partText(after, key, text);
  if (was === now) return null;
  const label = text[PART_LABEL_KEYS[key]];
  if (key === 'invariants' && before.invariants && after.invariants) {
    const { have, total } = before.invariants;
    if (total === after.invariants.total)
      return `${label}: ${fillSlots(text['part-of'], { have: `${have} → ${after.invariants.have}`, total })}`;
  }
  return `${label}: ${was ?? text['part-absent']} → ${now ?? text['part-absent']}`;
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
  text: SnapshotPartsText,
): PartsComparison {
  if (!before && !after) return { summary: text['parts-neither'], changes: [] };
  if (!before || !after) return { summary: text[before ? 'parts-only-earlier' : 'parts-only-later'], changes: [] };
  const changes = PART_ORDER.map((key) => changeLine(key, before, after, text)).filter((line) => line !== null);
  const summary =
    changes.length === 0
      ? snapshotPartLines(after, text).length === 0
        ? text['parts-no-change-none']
        : text['parts-no-change']
      : fillSlots(text['parts-changed'], { parts: counted(text, 'parts-count', changes.length) });
  return { summary, changes };
}
