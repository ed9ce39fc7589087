/**
 * What importing a Readiness export would do, decided before anything changes: the cost section of
 * a session export checked against this site's cost model (all or nothing, like the rest of the
 * file), the documents and decisions it brings (decoded beforehand by export-documents.ts, which is
 * loaded only on import; a damaged part is left out and named), and the confirmation the user is
 * asked for, in History's words (content/pages/history.md, passed in as `text`).
 *
 * Imported lazily by the history page, with the cost decoder.
 */
import type { Id } from './content-types';
import type { ImportPlanText } from '../schemas/page-wording';
import { answerOf } from './answers';
import type { ExportContents, ImportProblem, SessionExport } from './export-file';
import type { DocumentKey, ImportedDocuments, LeftOutPart } from './export-documents';
import { decodeCostSection, type CostContext, type CostState } from './cost-state';
import { counted, fillSlots, pluralKey } from './fill-slots';
import { formatSavedDate } from './history-view';
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

/** Each document as a session file's contents list it ("your scorecard"), by its key in the page's text. */
const HOLDS_DOCUMENT = {
  invariantCheck: 'import-holds-invariant-check',
  readinessDefinition: 'import-holds-readiness-definition',
  scorecard: 'import-holds-scorecard',
  partnerCheck: 'import-holds-partner-check',
} as const satisfies Record<DocumentKey, keyof ImportPlanText>;

/** Each part a session file can have damaged, as the left-out list names it ("the scorecard"). */
const LEFT_OUT_NAME = {
  documents: 'import-left-out-documents',
  invariantCheck: 'import-left-out-invariant-check',
  readinessDefinition: 'import-left-out-readiness-definition',
  scorecard: 'import-left-out-scorecard',
  partnerCheck: 'import-left-out-partner-check',
  decisions: 'import-left-out-decisions',
} as const satisfies Record<LeftOutPart, keyof ImportPlanText>;

/** Nothing about documents or decisions (a file from before they were carried): nothing is written. */
const NOTHING_CARRIED: ImportedDocuments = {
  carried: false,
  documents: {},
  decisions: null,
  leftOutParts: [],
};

/** "a, b and c": grammar glue (with the space between sentences below), the only words left in code. */
const listOf = (parts: readonly string[]) =>
  parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');

/** Sentences of a message, one after another. */
const sentences = (...parts: (string | null)[]) => parts.filter((p): p is string => p !== null).join(' ');

/**
 * Plans an import the export-file decoder accepted. A session's cost section must decode with
 * nothing dropped; otherwise the whole file is refused, as any other damaged part would be. Its
 * documents and decisions come decoded in `documents` (a damaged one is left out, not refused).
 * Every word comes from `text` (content/pages/history.md).
 */
export function planImport(
  contents: ExportContents,
  context: CostContext,
  questionIds: readonly Id[],
  current: { snapshots: readonly Snapshot[] },
  text: ImportPlanText,
  mode: HistoryImportMode = 'merge',
  documents: ImportedDocuments = NOTHING_CARRIED,
): ImportPlan {
  if (contents.kind === 'history') return planHistoryImport(contents, current.snapshots, mode, text);

  const { session } = contents;
  let cost: CostState | null = null;
  if (session.cost !== undefined) {
    const decoded = decodeCostSection(session.cost, context);
    if (!decoded.state || decoded.dropped.length > 0) {
      return {
        ok: false,
        message:
          decoded.problem === 'unsupported-version' ? text['import-cost-other-version'] : text['import-cost-damaged'],
      };
    }
    cost = decoded.state;
  }
  const answered = questionIds.filter((id) => answerOf(session.answers, id) !== undefined).length;
  const notes = Object.keys(session.session.notes).length;
  const label = session.session.clientLabel.trim();
  const parts = [
    fillSlots(text['import-holds-answers'], { answered, total: questionIds.length }),
    label ? fillSlots(text['import-holds-label'], { label }) : null,
    notes > 0 ? counted(text, 'import-holds-notes', notes) : null,
    cost ? text['import-holds-cost'] : null,
    ...documentParts(documents, text),
  ].filter((p): p is string => p !== null);
  const listed = listOf(parts);
  const { leftOutParts } = documents;
  const leftOut = listOf(leftOutParts.map((part) => text[LEFT_OUT_NAME[part]]));
  const leftOutText =
    leftOutParts.length > 0
      ? fillSlots(text[pluralKey('import-session-left-out', leftOutParts.length)], {
          parts: leftOut,
        })
      : null;
  return {
    ok: true,
    kind: 'session',
    session,
    cost,
    documents,
    confirm: {
      title: text['import-session-title'],
      body: [
        fillSlots(text['import-session-holds'], { parts: listed }),
        documents.carried ? text['import-session-replaces'] : text['import-session-replaces-older'],
        ...(leftOutText ? [leftOutText] : []),
      ],
      confirmLabel: text['import-session-confirm'],
      done: sentences(
        label
          ? fillSlots(text['import-session-done-client'], { client: label, parts: listed })
          : fillSlots(text['import-session-done'], { parts: listed }),
        leftOutParts.length > 0 ? fillSlots(text['import-session-done-left-out'], { parts: leftOut }) : null,
      ),
    },
  };
}

/** What the file's documents and decisions hold, in words: "your scorecard", "2 use cases". */
function documentParts({ documents, decisions }: ImportedDocuments, text: ImportPlanText): string[] {
  const parts = (Object.keys(HOLDS_DOCUMENT) as DocumentKey[])
    .filter((key) => documents[key])
    .map((key) => text[HOLDS_DOCUMENT[key]]);
  const useCases = decisions?.useCases.length ?? 0;
  if (useCases > 0) parts.push(counted(text, 'import-holds-use-cases', useCases));
  if (decisions && Object.keys(decisions.deployment.answers).length > 0) parts.push(text['import-holds-deployment']);
  return parts;
}

/** Why a file was refused, in History's words. */
export function refusalMessage(problem: ImportProblem, text: ImportPlanText): string {
  switch (problem.kind) {
    case 'too-large':
      // As figures, without thousands separators.
      return fillSlots(text['import-too-large'], {
        size: String(problem.kilobytes),
        max: String(problem.maxMegabytes),
      });
    case 'not-json':
      return text['import-not-json'];
    case 'not-export':
      return text['import-not-export'];
    case 'other-version':
      return fillSlots(text['import-other-version'], {
        version: problem.version,
        versions: listOf(problem.readable.map(String)),
      });
    case 'no-results':
      return text['import-no-results'];
    case 'too-many-results':
      return fillSlots(text['import-too-many-results'], { count: String(problem.count), max: problem.max });
    case 'damaged-results':
      return counted(text, 'import-damaged-results', problem.count);
    case 'no-answers':
      return text['import-no-answers'];
    case 'damaged-session':
      return text['import-damaged-session'];
  }
}

function planHistoryImport(
  contents: Extract<ExportContents, { kind: 'history' }>,
  current: readonly Snapshot[],
  mode: HistoryImportMode,
  text: ImportPlanText,
): ImportPlan {
  const { snapshots } = contents;
  const first = snapshots[0];
  const last = snapshots.at(-1);
  const inFile = counted(text, 'import-saved-results', snapshots.length);
  const holds =
    first && last
      ? first === last
        ? fillSlots(text['import-history-holds-one'], { results: inFile, date: formatSavedDate(first.savedAt) })
        : fillSlots(text['import-history-holds-many'], {
            results: inFile,
            from: formatSavedDate(first.savedAt),
            to: formatSavedDate(last.savedAt),
          })
      : fillSlots(text['import-history-holds-none'], { results: inFile });
  const onDevice = counted(text, 'import-saved-results', current.length);
  if (mode === 'replace') {
    return {
      ok: true,
      kind: 'history',
      contents,
      mode,
      snapshots: [...snapshots],
      confirm: {
        title: text['import-replace-title'],
        body: [
          holds,
          current.length > 0
            ? fillSlots(text['import-replace-current'], { results: onDevice })
            : text['import-replace-none'],
        ],
        confirmLabel: text['import-replace-confirm'],
        done: fillSlots(text['import-replace-done'], { results: inFile }),
      },
    };
  }
  const merge = mergeSnapshots(current, snapshots);
  const already = merge.duplicates > 0 ? counted(text, 'import-add-skipped', merge.duplicates) : null;
  const overCap =
    merge.overCap > 0
      ? [
          fillSlots(text['import-add-over-cap'], {
            max: MAX_SNAPSHOTS,
            results: counted(text, 'import-results', merge.overCap),
          }),
        ]
      : [];
  const added = counted(text, 'import-saved-results', merge.added);
  return {
    ok: true,
    kind: 'history',
    contents,
    mode,
    snapshots: merge.snapshots,
    confirm: {
      title: text['import-add-title'],
      body: [
        holds,
        merge.added === 0
          ? text['import-add-nothing-new']
          : current.length === 0
            ? text['import-add-to-none']
            : sentences(
                fillSlots(text['import-add-to'], {
                  added: counted(text, 'import-new-results', merge.added),
                  current: onDevice,
                }),
                already,
              ),
        ...overCap,
      ],
      confirmLabel: text['import-add-confirm'],
      done:
        merge.added === 0
          ? text['import-add-done-nothing']
          : merge.duplicates > 0
            ? fillSlots(text['import-add-done-skipped'], { results: added, count: merge.duplicates })
            : fillSlots(text['import-add-done'], { results: added }),
    },
  };
}
