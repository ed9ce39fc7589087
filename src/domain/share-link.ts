/**
 * Share links that also carry the documents and decisions (version 2). A link whose sender has no
 * documents or decisions is still a version 1 link (src/domain/share-codec.ts), byte for byte as
 * before, and version 1 links decode exactly as they always did.
 *
 * A version 2 link is `#s=2.` followed by base64url of the JSON envelope compressed with the
 * browser's own `CompressionStream('deflate-raw')` (no library): `{ v: 2, a, c, d, u }`, where `a`
 * and `c` are the answers and cost as in version 1, and `d` and `u` are the documents and the
 * decisions in the session file's own sections (src/domain/export-documents.ts), so a link and a
 * file are read by the same decoders and size caps. The readiness definition's elements still at
 * their content defaults are left out of `d`: its decoder fills them in from the same content.
 *
 * A link may be at most MAX_SHARE_FRAGMENT_LENGTH characters. When the documents or decisions do
 * not fit, the link still carries the answers and cost, and the result names what was left out,
 * so the page can say so and point to the session file (History) that carries everything.
 *
 * Decoding never throws: the fragment's length is capped before anything is decoded, and the
 * decompressed text is capped while it is produced (a small link cannot inflate into megabytes).
 *
 * Async (the streams are): loaded only when a link is copied or opened.
 */
import type { Answers } from './answers';
import { decodeAnswers, encodeAnswers } from './answer-codec';
import type { Id } from './content-types';
import { isEmptyDecisions, type DecisionsState } from './decisions-state';
import { NO_DOCUMENTS, type DocumentsContext, type DocumentsState } from './documents-section';
import {
  DOCUMENT_KEYS,
  decodeExportDocuments,
  encodeExportDocuments,
  type ImportedDocuments,
} from './export-documents';
import { jsonEqual } from './persistence';
import { initialDefinition, type DefinitionContent } from './readiness-definition';
import {
  MAX_SHARE_FRAGMENT_LENGTH,
  base64UrlToBytes,
  bytesToBase64Url,
  decodeShareFragment,
  encodeShareFragment,
  type DecodedShare,
  type SharePayload,
  type ShareProblem,
} from './share-codec';
import { PACKED_MARK, SHARE_PREFIX, fragmentBody, isPackedShareFragment } from './share-fragment';

export const PACKED_SHARE_VERSION = 2;
/**
 * The most a version 2 link may inflate to: the session file's own caps for the parts it can
 * carry (decisions 96 KB, the four documents 64 KB together) with room for answers and cost.
 */
export const MAX_PACKED_JSON_BYTES = 192 * 1024;

/** The parts a link may have to leave out to stay within its length. */
export type ShareSection = 'documents' | 'decisions';

export interface ShareLinkInput {
  answers?: Answers;
  /** The cost section, already encoded by its owner (src/domain/cost-state.ts). */
  cost?: unknown;
  /** The documents this device holds (null where one was never filled in). */
  documents?: DocumentsState;
  /** The decisions this device holds, or null for none. */
  decisions?: DecisionsState | null;
}

export interface ShareLink {
  /** Without the leading '#'. */
  fragment: string;
  /** Parts the sender has that the link does not carry, because they would not fit. */
  leftOut: ShareSection[];
  /** Parts the sender has that the link carries. */
  carried: ShareSection[];
}

export interface ShareLinkOptions {
  /** The readiness definition's content, to leave out elements still at their defaults. */
  definition?: DefinitionContent;
  /** Longest fragment (without '#'); MAX_SHARE_FRAGMENT_LENGTH unless a test says otherwise. */
  maxLength?: number;
}

const hasDocuments = (documents: DocumentsState | undefined) =>
  documents !== undefined && DOCUMENT_KEYS.some((key) => documents[key] !== null);
const hasDecisions = (decisions: DecisionsState | null | undefined) =>
  decisions !== undefined && decisions !== null && !isEmptyDecisions(decisions);

/**
 * The link for what the sender has. A sender with no documents or decisions gets a version 1 link.
 * Otherwise it tries both sections (as a session file carries them: an empty one says "none", so
 * replacing with the link's clears it), then the documents without the decisions, then the
 * decisions without the documents, then neither (a version 1 link), and returns the first that fits.
 */
export async function encodeShareLink(
  input: ShareLinkInput,
  questionIds: readonly Id[],
  options: ShareLinkOptions = {},
): Promise<ShareLink> {
  const maxLength = options.maxLength ?? MAX_SHARE_FRAGMENT_LENGTH;
  const base: SharePayload = {};
  if (input.answers !== undefined) base.answers = input.answers;
  if (input.cost !== undefined) base.cost = input.cost;
  const has: ShareSection[] = [
    ...(hasDocuments(input.documents) ? (['documents'] as const) : []),
    ...(hasDecisions(input.decisions) ? (['decisions'] as const) : []),
  ];
  const sections = encodeExportDocuments(input.documents ?? NO_DOCUMENTS, input.decisions ?? null);
  const documentsSection = options.definition
    ? withoutDefaultElements(sections.documents as Record<string, unknown>, options.definition)
    : sections.documents;
  if (has.length === 0) return { fragment: encodeShareFragment(base, questionIds), carried: [], leftOut: [] };
  // Both sections, as a session file has them (an empty one says "none"); then each on its own.
  const attempts: ShareSection[][] = [['documents', 'decisions'], ...has.map((s) => [s])];
  for (const attempt of attempts) {
    const envelope: Record<string, unknown> = { v: PACKED_SHARE_VERSION };
    if (base.answers !== undefined) envelope.a = encodeAnswers(base.answers, questionIds);
    if (base.cost !== undefined) envelope.c = base.cost;
    if (attempt.includes('documents')) envelope.d = documentsSection;
    if (attempt.includes('decisions')) envelope.u = sections.decisions;
    const packed = await deflate(JSON.stringify(envelope)).catch(() => null);
    // A browser without CompressionStream('deflate-raw') shares what a version 1 link carries.
    if (packed === null) break;
    const fragment = SHARE_PREFIX + PACKED_MARK + bytesToBase64Url(packed);
    if (fragment.length <= maxLength)
      return {
        fragment,
        carried: has.filter((section) => attempt.includes(section)),
        leftOut: has.filter((section) => !attempt.includes(section)),
      };
  }
  return { fragment: encodeShareFragment(base, questionIds), carried: [], leftOut: has };
}

/** Reads a version 1 or version 2 link. Never throws. */
export async function decodeShareLink(fragment: string, questionIds: readonly Id[]): Promise<DecodedShare> {
  if (!isPackedShareFragment(fragment)) return decodeShareFragment(fragment, questionIds);
  const body = fragmentBody(fragment);
  if (body.length > MAX_SHARE_FRAGMENT_LENGTH) return { payload: null, problems: [{ kind: 'too-long' }] };
  const bytes = base64UrlToBytes(body.slice(SHARE_PREFIX.length + PACKED_MARK.length));
  const json = bytes === null ? null : await inflate(bytes, MAX_PACKED_JSON_BYTES);
  const envelope = json === null ? undefined : parseJson(json);
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope))
    return { payload: null, problems: [{ kind: 'unreadable' }] };
  const { v, a, c, d, u } = envelope as Record<string, unknown>;
  if (v !== PACKED_SHARE_VERSION) return { payload: null, problems: [{ kind: 'unsupported-version', version: v }] };
  const payload: SharePayload = {};
  const problems: ShareProblem[] = [];
  if (a !== undefined) {
    const { answers, dropped } = decodeAnswers(a, questionIds);
    payload.answers = answers;
    if (dropped > 0) problems.push({ kind: 'dropped-answers', count: dropped });
  }
  if (c !== undefined) payload.cost = c;
  if (d !== undefined) payload.documents = d;
  if (u !== undefined) payload.decisions = u;
  return { payload, problems };
}

/**
 * The documents and decisions a decoded link carries, read by the session file's decoder: a part
 * that cannot be read is listed in `leftOutParts` and this device's is kept; a link without either
 * section (every version 1 link) carries nothing (`carried` false), so nothing is changed.
 */
export function sharedDocuments(payload: SharePayload, context: DocumentsContext): ImportedDocuments {
  return decodeExportDocuments({ documents: payload.documents, decisions: payload.decisions }, context);
}

/** The documents section with the readiness definition's untouched elements left out. */
function withoutDefaultElements(section: Record<string, unknown>, content: DefinitionContent): Record<string, unknown> {
  const definition = section.readinessDefinition as { elements?: Record<string, unknown> } | undefined;
  if (!definition?.elements) return section;
  const defaults = initialDefinition(content.elements).elements;
  const elements = Object.fromEntries(
    Object.entries(definition.elements).filter(
      ([id, entry]) => !(Object.hasOwn(defaults, id) && jsonEqual(entry, defaults[id])),
    ),
  );
  return { ...section, readinessDefinition: { ...definition, elements } };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The inflated UTF-8 text, or null when it is not deflate-raw, not UTF-8 or longer than `max` bytes. */
async function inflate(bytes: Uint8Array, max: number): Promise<string | null> {
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
    const reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      // Stops inflating as soon as the cap is passed: the rest is never produced.
      if (total > max) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
    const joined = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      joined.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(joined);
  } catch {
    return null;
  }
}
