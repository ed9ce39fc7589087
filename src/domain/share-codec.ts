/**
 * The share link: state travels in the URL fragment (`#s=…`), which browsers never send to a
 * server. The payload is versioned JSON, base64url-encoded, keyed by stable question ids. Decoding
 * never throws; every problem is reported so the page can say so politely and keep the rest.
 *
 * Imported by the client islands: keep it light.
 */
import * as z from 'zod/mini';
import type { Id } from './content-types';
import type { Answers } from './answers';
import { decodeAnswers, encodeAnswers } from './answer-codec';
import { SHARE_PREFIX, fragmentBody } from './share-fragment';

export const SHARE_VERSION = 1;
/** Fragments longer than this are refused before any decoding work (a full link is ~400). */
export const MAX_SHARE_FRAGMENT_LENGTH = 4096;

/** Each section is optional: a page shares what it owns, and applies only the sections present. */
export interface SharePayload {
  /** Diagnostic answers, keyed by question id. */
  answers?: Answers;
  /** The cost calculator's section, still undecoded: the cost feature owns its schema. */
  cost?: unknown;
  /**
   * The documents' and decisions' sections (version 2 links only, src/domain/share-link.ts), still
   * undecoded: they are read by the session file's own decoder (src/domain/export-documents.ts).
   */
  documents?: unknown;
  decisions?: unknown;
}

export type ShareProblem =
  | { kind: 'too-long' }
  | { kind: 'unreadable' }
  | { kind: 'unsupported-version'; version: unknown }
  | { kind: 'dropped-answers'; count: number };

export interface DecodedShare {
  payload: SharePayload | null;
  problems: ShareProblem[];
}

const EnvelopeSchema = z.object({
  v: z.unknown(),
  a: z.optional(z.unknown()),
  c: z.optional(z.unknown()),
});

export function encodeShareFragment(payload: SharePayload, questionIds: readonly Id[]): string {
  const envelope: Record<string, unknown> = { v: SHARE_VERSION };
  if (payload.answers !== undefined) envelope.a = encodeAnswers(payload.answers, questionIds);
  if (payload.cost !== undefined) envelope.c = payload.cost;
  return SHARE_PREFIX + toBase64Url(JSON.stringify(envelope));
}

export function decodeShareFragment(fragment: string, questionIds: readonly Id[]): DecodedShare {
  const body = fragmentBody(fragment);
  if (body.length > MAX_SHARE_FRAGMENT_LENGTH) return { payload: null, problems: [{ kind: 'too-long' }] };
  if (!body.startsWith(SHARE_PREFIX)) return { payload: null, problems: [{ kind: 'unreadable' }] };
  const json = fromBase64Url(body.slice(SHARE_PREFIX.length));
  const parsedJson = json === null ? undefined : parseJson(json);
  const envelope = EnvelopeSchema.safeParse(parsedJson);
  if (!envelope.success) return { payload: null, problems: [{ kind: 'unreadable' }] };
  if (envelope.data.v !== SHARE_VERSION) {
    return { payload: null, problems: [{ kind: 'unsupported-version', version: envelope.data.v }] };
  }
  const payload: SharePayload = {};
  const problems: ShareProblem[] = [];
  if (envelope.data.a !== undefined) {
    const { answers, dropped } = decodeAnswers(envelope.data.a, questionIds);
    payload.answers = answers;
    if (dropped > 0) problems.push({ kind: 'dropped-answers', count: dropped });
  }
  if (envelope.data.c !== undefined) payload.cost = envelope.data.c;
  return { payload, problems };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function toBase64Url(text: string): string {
  return bytesToBase64Url(new TextEncoder().encode(text));
}

export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Returns null for anything that is not base64url of valid UTF-8. */
export function fromBase64Url(encoded: string): string | null {
  const bytes = base64UrlToBytes(encoded);
  if (bytes === null) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Returns null for anything that is not base64url. */
export function base64UrlToBytes(encoded: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return null;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}
