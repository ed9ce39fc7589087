/**
 * What importing a Readiness export would do, decided before anything changes: the cost section of
 * a session export checked against this site's cost model (all or nothing, like the rest of the
 * file), the documents and decisions it brings (decoded beforehand by export-documents.ts, which is
 * loaded only on import; a damaged part is left out and named), and the confirmation the user is
 * asked for, in words.
 *
 * Imported lazily by the history page, with the cost decoder.
 */
import type { Id } from './content-types';
import { answerOf } from './answers';
import type { ExportContents, SessionExport } from './export-file';
import type { DocumentKey, ImportedDocuments } from './export-documents';
import { decodeCostSection, type CostContext, type CostState } from './cost-state';
import { formatSavedDate } from './history-view';
import { countOf } from './ui-text';
import { MAX_SNAPSHOTS, mergeSnapshots, type Snapshot } from './history';

/** What importing saved results does to the ones on this device: add to them (the default) or replace them. */
export type HistoryImportMode = 'merge' | 'replace';

export type ImportPlan =
  | {
      ok: true;
      kind: 'history';
      contents: Extract<ExportContents, { kind: 'history' }>;
      mode: HistoryImportMode;
      /** The saved results this device would hold afterwards, oldest first. */
      snapshots: Snapshot[];
      confirm: ImportConfirm;
    }
  | {
      ok: true;
      kind: 'session';
      session: SessionExport;
      cost: CostState | null;
      /** The documents and decisions the import writes, and those left out. */
      documents: ImportedDocuments;
      confirm: ImportConfirm;
    }
  | { ok: false; message: string };

export interface ImportConfirm {
  title: string;
  /** One or two short paragraphs. */
  body: string[];
  confirmLabel: string;
  /** Announced once the import is done. */
  done: string;
}

const DOCUMENT_PHRASES: Readonly<Record<DocumentKey, string>> = {
  invariantCheck: 'your seven-invariants self-check',
  readinessDefinition: 'your readiness definition',
  scorecard: 'your scorecard',
  partnerCheck: 'your partner check',
};

/** Nothing about documents or decisions (a file from before they were carried): nothing is written. */
const NOTHING_CARRIED: ImportedDocuments = {
  carried: false,
  documents: {},
  decisions: null,
  leftOut: [],
  leftOutParts: [],
};

/** "a, b and c". */
const listOf = (parts: readonly string[]) =>
  parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');

/**
 * Plans an import the export-file decoder accepted. A session's cost section must decode with
 * nothing dropped; otherwise the whole file is refused, as any other damaged part would be. Its
 * documents and decisions come decoded in `documents` (a damaged one is left out, not refused).
 */
export function planImport(
  contents: ExportContents,
  context: CostContext,
  questionIds: readonly Id[],
  current: { snapshots: readonly Snapshot[] },
  mode: HistoryImportMode = 'merge',
  documents: ImportedDocuments = NOTHING_CARRIED,
): ImportPlan {
  if (contents.kind === 'history') return planHistoryImport(contents, current.snapshots, mode);

  const { session } = contents;
  let cost: CostState | null = null;
  if (session.cost !== undefined) {
    const decoded = decodeCostSection(session.cost, context);
    if (!decoded.state || decoded.dropped.length > 0) {
      return {
        ok: false,
        message:
          decoded.problem === 'unsupported-version'
            ? 'The cost estimate in this session export comes from a different version of Readiness, so nothing was imported.'
            : 'The cost estimate in this session export is damaged or uses figures this site does not know, so nothing was imported.',
      };
    }
    cost = decoded.state;
  }
  const answered = questionIds.filter((id) => answerOf(session.answers, id) !== undefined).length;
  const notes = Object.keys(session.session.notes).length;
  const label = session.session.clientLabel.trim();
  const parts = [
    `answers to ${answered} of ${questionIds.length} questions`,
    label ? `the label “${label}”` : null,
    notes > 0 ? countOf(notes, 'note') : null,
    cost ? 'a cost estimate' : null,
    ...documentParts(documents),
  ].filter((p): p is string => p !== null);
  const listed = listOf(parts);
  const { leftOut } = documents;
  const leftOutText =
    leftOut.length > 0
      ? `${leftOut.length === 1 ? 'One part of the file is' : 'Some parts of the file are'} damaged and left out: ${listOf(leftOut)}. What this device holds for ${leftOut.length === 1 ? 'it' : 'them'} is kept.`
      : null;
  return {
    ok: true,
    kind: 'session',
    session,
    cost,
    documents,
    confirm: {
      title: 'Replace the current session?',
      body: [
        `The file holds ${listed}.`,
        documents.carried
          ? 'They replace the answers, cost inputs, client label, notes, documents and decisions on this device. Saved results are not changed.'
          : 'They replace the answers, cost inputs, client label and notes on this device. The file carries no documents or decisions (it may come from an earlier version of Readiness), so yours are kept. Saved results are not changed.',
        ...(leftOutText ? [leftOutText] : []),
      ],
      confirmLabel: 'Yes, replace the current session',
      done: `Session imported${label ? ` for ${label}` : ''}: ${listed}.${leftOut.length > 0 ? ` Left out, as damaged: ${listOf(leftOut)}.` : ''}`,
    },
  };
}

/** What the file's documents and decisions hold, in words: "your scorecard", "2 use cases". */
function documentParts({ documents, decisions }: ImportedDocuments): string[] {
  const parts = (Object.keys(DOCUMENT_PHRASES) as DocumentKey[])
    .filter((key) => documents[key])
    .map((key) => DOCUMENT_PHRASES[key]);
  const useCases = decisions?.useCases.length ?? 0;
  // Spelt out, not a shared noun: the nouns are in every island's first load.
  if (useCases > 0) parts.push(`${useCases} use case${useCases === 1 ? '' : 's'}`);
  if (decisions && Object.keys(decisions.deployment.answers).length > 0) parts.push('your deployment answers');
  return parts;
}

function planHistoryImport(
  contents: Extract<ExportContents, { kind: 'history' }>,
  current: readonly Snapshot[],
  mode: HistoryImportMode,
): ImportPlan {
  const { snapshots } = contents;
  const first = snapshots[0];
  const last = snapshots.at(-1);
  const span =
    first && last
      ? first === last
        ? ` from ${formatSavedDate(first.savedAt)}`
        : ` from ${formatSavedDate(first.savedAt)} to ${formatSavedDate(last.savedAt)}`
      : '';
  const holds = `The file holds ${countOf(snapshots.length, 'savedResult')}${span}.`;
  if (mode === 'replace') {
    return {
      ok: true,
      kind: 'history',
      contents,
      mode,
      snapshots: [...snapshots],
      confirm: {
        title: 'Replace your saved results?',
        body: [
          holds,
          current.length > 0
            ? `They replace the ${countOf(current.length, 'savedResult')} on this device. To keep those too, download them first.`
            : 'There are no saved results on this device yet, so nothing is lost.',
        ],
        confirmLabel: 'Yes, replace my saved results',
        done: `Imported ${countOf(snapshots.length, 'savedResult')}.`,
      },
    };
  }
  const merge = mergeSnapshots(current, snapshots);
  const already =
    merge.duplicates > 0
      ? ` ${merge.duplicates} ${merge.duplicates === 1 ? 'is' : 'are'} already here and will be skipped.`
      : '';
  const overCap =
    merge.overCap > 0
      ? [
          `This device keeps at most ${MAX_SNAPSHOTS} saved results, so the oldest ${countOf(merge.overCap, 'result')} would be left out. To keep them, cancel and download your saved results first.`,
        ]
      : [];
  return {
    ok: true,
    kind: 'history',
    contents,
    mode,
    snapshots: merge.snapshots,
    confirm: {
      title: 'Add these saved results?',
      body: [
        holds,
        merge.added === 0
          ? 'All of them are already on this device, so nothing would change.'
          : current.length === 0
            ? 'There are no saved results on this device yet, so they are simply added.'
            : `${countOf(merge.added, 'newResult')} will be added to the ${countOf(current.length, 'savedResult')} on this device; nothing is replaced.${already}`,
        ...overCap,
      ],
      confirmLabel: 'Yes, add them',
      done:
        merge.added === 0
          ? 'Nothing imported: every result in the file was already here.'
          : `Added ${countOf(merge.added, 'savedResult')}${merge.duplicates > 0 ? ` (${merge.duplicates} already here)` : ''}.`,
    },
  };
}
