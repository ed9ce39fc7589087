/**
 * The results' share link with the documents and decisions this device holds, and opening such a
 * link (src/domain/share-link.ts). The documents' decoders need their content (ids, elements,
 * sign-off roles), fetched from the static file "Save this result" uses
 * (src/stores/snapshot-parts-file.ts), so the diagnostic's first load carries none of this.
 *
 * Opening follows the share choice (src/domain/share-choice.ts) across every part the link
 * carries: a part this device has nothing of is saved at once; where any part differs, nothing
 * changes until the visitor chooses to replace theirs with the link's or keep theirs, told part by
 * part what differs. A part of the link that cannot be read is left out and named.
 *
 * Loaded with import() when the results' link is copied or a version 2 link is opened.
 */
import { STORAGE_KEYS } from '../consts';
import type { Answers } from '../domain/answers';
import type { Id } from '../domain/content-types';
import { decodeDecisions, isEmptyDecisions, type DecisionsState } from '../domain/decisions-state';
import { documentsContextOf, type DocumentsContext, type DocumentsState } from '../domain/documents-section';
import { DOCUMENT_KEYS, type DocumentKey, type LeftOutPart } from '../domain/export-documents';
import { fillSlots } from '../domain/fill-slots';
import { sessionShareChoice, type SharedPart } from '../domain/share-choice';
import { decodeShareLink, encodeShareLink, sharedDocuments, type ShareSection } from '../domain/share-link';
import { idsOf, openSharedAnswers, sharedAnswers, type AnswersLinkContext, type AnswersLinkText } from './answers-link';
import { $decisions, replaceDecisions } from './decisions';
import { readSavedDocuments, restoreDocuments } from './documents';
import { showNotice } from './notices';
import { askReplaceOrKeep } from './share-link-notice';
import { fetchSnapshotPartsContent } from './snapshot-parts-file';
import { readStored } from './storage';

/** The words this module and ./answers-link show, from content/pages/assessment.md (`text`). */
export type SessionLinkText = AnswersLinkText &
  Readonly<
    Record<
      | 'link-copied'
      | 'link-copied-all'
      | 'link-left-out'
      | 'part-documents'
      | 'part-decisions'
      | 'part-documents-and-decisions'
      | 'link-opened'
      | 'link-opened-unsaved'
      | 'link-same'
      | 'link-differs'
      | 'link-differs-part'
      | 'link-only-device'
      | 'link-replace'
      | 'link-keep'
      | 'link-replaced'
      | 'link-kept'
      | 'link-damaged'
      | 'link-documents-failed'
      | (typeof PART_NAMES)[DocumentKey]
      | 'link-damaged-part',
      string
    >
  >;

/** Each document's name in the link's notices ("scorecard"), by its key in the page's text. */
const PART_NAMES = {
  invariantCheck: 'part-invariant-check',
  readinessDefinition: 'part-readiness-definition',
  scorecard: 'part-scorecard',
  partnerCheck: 'part-partner-check',
} as const satisfies Record<DocumentKey, string>;

/** A part of the link that could not be read, in the page's words: "the scorecard". */
function leftOutName(part: LeftOutPart, text: SessionLinkText): string {
  const name =
    part === 'documents'
      ? text['part-documents']
      : part === 'decisions'
        ? text['part-decisions']
        : text[PART_NAMES[part]];
  return fillSlots(text['link-damaged-part'], { part: name });
}

async function documentsContent(): Promise<{ context: DocumentsContext; definition: DocumentsContext['definition'] }> {
  const content = await fetchSnapshotPartsContent();
  const context = documentsContextOf(content.documents);
  return { context, definition: context.definition };
}

/** What this device stores of each document, whether or not it can be read. */
const STORED_DOCUMENT: Readonly<Record<DocumentKey, () => string | null>> = {
  invariantCheck: () => readStored(STORAGE_KEYS.invariantCheck.key),
  readinessDefinition: () => readStored(STORAGE_KEYS.readinessDefinition.key),
  scorecard: () => readStored(STORAGE_KEYS.scorecard.key),
  partnerCheck: () => readStored(STORAGE_KEYS.partnerCheck.key),
};
const storedDocument = (key: DocumentKey) => STORED_DOCUMENT[key]();

/** The decisions this device holds (null for none or unreadable), read where the store is not loaded. */
function savedDecisions(): DecisionsState | null {
  return $decisions.get() ?? decodeDecisions(readStored(STORAGE_KEYS.decisions.key)).state;
}

/**
 * The results' link: the answers, with the documents and decisions this device holds when they
 * fit, and what the "Link copied" message should say (what was left out, and where to get it).
 */
export async function resultsShareLink(
  answers: Answers,
  questionIds: readonly Id[],
  text: SessionLinkText,
): Promise<{ fragment: string; copiedMessage: string }> {
  const leftOut = new Set<ShareSection>();
  let documents: DocumentsState | undefined;
  let definition: DocumentsContext['definition'] | undefined;
  // Reading the documents needs their content (a fetch): only when this device holds any.
  if (DOCUMENT_KEYS.some((key) => storedDocument(key) !== null)) {
    try {
      const content = await documentsContent();
      documents = readSavedDocuments(content.context);
      definition = content.definition;
    } catch {
      // Without their content the documents cannot be read: the link goes without them, and says so.
      leftOut.add('documents');
    }
  }
  const link = await encodeShareLink({ answers, documents, decisions: savedDecisions() }, questionIds, {
    definition,
  });
  for (const section of link.leftOut) leftOut.add(section);
  const parts =
    leftOut.size === 2
      ? text['part-documents-and-decisions']
      : leftOut.has('documents')
        ? text['part-documents']
        : text['part-decisions'];
  const copiedMessage =
    leftOut.size > 0
      ? fillSlots(text['link-left-out'], { parts })
      : link.carried.length > 0
        ? text['link-copied-all']
        : text['link-copied'];
  return { fragment: `#${link.fragment}`, copiedMessage };
}

/** Opens a version 2 link on the diagnostic (from ./answers-link). Never throws. */
export async function openSessionLink(fragment: string, context: AnswersLinkContext): Promise<void> {
  const shared = await decodeShareLink(fragment, idsOf(context));
  const { text } = context;
  const carriesDocuments = shared.payload?.documents !== undefined || shared.payload?.decisions !== undefined;
  if (!shared.payload || !carriesDocuments) {
    openSharedAnswers(shared, context, fragment);
    return;
  }
  let documentsContext: DocumentsContext;
  try {
    documentsContext = (await documentsContent()).context;
  } catch {
    showNotice({ id: 'share-link-documents', tone: 'warning', message: text['link-documents-failed'] });
    openSharedAnswers(shared, context, fragment);
    return;
  }
  const imported = sharedDocuments(shared.payload, documentsContext);
  if (imported.leftOutParts.length > 0)
    showNotice({
      id: 'share-link-dropped',
      tone: 'warning',
      message: fillSlots(text['link-damaged'], {
        parts: imported.leftOutParts.map((part) => leftOutName(part, text)).join(', '),
      }),
    });
  // Answers: null when the link carries none (then the diagnostic's are not touched).
  const theirAnswers = shared.payload.answers === undefined ? null : sharedAnswers(shared, context);

  const mineDocuments = readSavedDocuments(documentsContext);
  const parts: SharedPart[] = DOCUMENT_KEYS.filter((key) => Object.hasOwn(imported.documents, key)).map((key) => ({
    name: text[PART_NAMES[key]],
    mine: mineDocuments[key],
    mineStored: storedDocument(key) !== null,
    theirs: imported.documents[key] ?? null,
    theirsEmpty: (imported.documents[key] ?? null) === null,
  }));
  if (imported.decisions) {
    const mine = savedDecisions();
    parts.push({
      name: text['part-decisions'],
      mine,
      // Decisions saved empty are nothing of this device's own.
      mineStored: readStored(STORAGE_KEYS.decisions.key) !== null && !(mine !== null && isEmptyDecisions(mine)),
      theirs: imported.decisions,
      theirsEmpty: isEmptyDecisions(imported.decisions),
    });
  }
  const choice = sessionShareChoice(
    context.questions,
    theirAnswers ? { mine: context.answers(), theirs: theirAnswers } : null,
    parts,
    text,
  );
  const differences = [
    ...choice.answerLines,
    ...choice.parts.map(({ name, kind }) =>
      fillSlots(text[kind === 'only-device' ? 'link-only-device' : 'link-differs-part'], { part: name }),
    ),
  ];

  const replace = (): boolean => {
    if (theirAnswers) context.replace(theirAnswers);
    restoreDocuments(imported.documents);
    if (imported.decisions) replaceDecisions(imported.decisions);
    context.onSettled();
    return context.saved();
  };
  if (choice.outcome === 'same') {
    context.onSettled();
    showNotice({ id: 'share-link', tone: 'info', message: text['link-same'] });
    return;
  }
  if (choice.outcome === 'adopt') {
    const saved = replace();
    showNotice({ id: 'share-link', tone: 'info', message: text[saved ? 'link-opened' : 'link-opened-unsaved'] });
    return;
  }
  askReplaceOrKeep({
    message: text['link-differs'],
    details: differences,
    replaceLabel: text['link-replace'],
    replacedMessage: text['link-replaced'],
    replace,
    keepLabel: text['link-keep'],
    keptMessage: text['link-kept'],
    keep: context.onSettled,
  });
}
