/**
 * Share links that carry the documents and decisions (version 2): they round-trip through the
 * link, a version 1 link still decodes exactly as before, a link never exceeds its length (what
 * does not fit is left out and named), and decoding never throws — not on any string, not on a
 * damaged section, not on a small link that would inflate into megabytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers';
import type { AnswerValue } from '../../src/domain/content-types';
import { EMPTY_DECISIONS, MAX_USE_CASES, type DecisionsState } from '../../src/domain/decisions-state';
import { NO_DOCUMENTS, type DocumentsContext, type DocumentsState } from '../../src/domain/documents-section';
import { DOCUMENT_KEYS } from '../../src/domain/export-documents';
import { initialDefinition } from '../../src/domain/readiness-definition';
import { EMPTY_SCORECARD } from '../../src/domain/scorecard';
import {
  MAX_SHARE_FRAGMENT_LENGTH,
  bytesToBase64Url,
  decodeShareFragment,
  encodeShareFragment,
} from '../../src/domain/share-codec';
import { MAX_PACKED_JSON_BYTES, decodeShareLink, encodeShareLink, sharedDocuments } from '../../src/domain/share-link';
import { isPackedShareFragment } from '../../src/domain/share-fragment';
import { sessionShareChoice, type SharedPart } from '../../src/domain/share-choice';
import { sampleDecisions } from './decisions-fixtures';
import { commitments, definitionContent, invariants, scorecardContent } from './documents-fixtures';
import { loadPageText } from '../helpers/load-content';

const assessmentText = loadPageText('assessment');

const IDS = ['outcome-metric', 'production-owner', 'evaluation-harness', 'security-review'];
/** The questions as a page gives them: ids in order, each with its label. */
const QUESTIONS = IDS.map((id) => ({ id, label: `Label ${id}` }));
const context: DocumentsContext = {
  invariantIds: invariants.map((i) => i.id),
  definition: definitionContent,
  scorecardRoles: scorecardContent.signOffRoles,
  commitmentIds: commitments.map((c) => c.id),
};
const options = { definition: definitionContent };

const FULL: DocumentsState = {
  invariantCheck: { statuses: { other: 'partly' }, notes: 'n' },
  readinessDefinition: {
    ...initialDefinition(definitionContent.elements),
    system: 'Claims agent',
    agreedOn: '2027-01-10',
  },
  scorecard: {
    ...EMPTY_SCORECARD,
    metric: 'Handling time',
    stopAction: 'end',
    signOffs: { 'finance-partner': { name: 'P', date: '' } },
  },
  partnerCheck: { proposal: 'Acme', answers: { c1: 'yes', c2: 'unclear' }, notes: '' },
};

/** Text that does not compress: a deterministic stream of letters, no two runs alike. */
function noise(length: number, seed: number): string {
  let x = seed * 7919 + 1;
  let text = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    text += String.fromCharCode(33 + (x % 90));
  }
  return text;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const plainText = (min: number, max: number) =>
  fc
    .string({ minLength: min, maxLength: max })
    .filter((text) => !CONTROL.test(text) && (min === 0 || text.trim() !== ''));
const idArb = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:-[a-z0-9]{1,6})?$/);
const idMapArb = fc.dictionary(idArb, idArb, { maxKeys: 6 });
const answersArb: fc.Arbitrary<Answers> = fc.dictionary(
  fc.constantFrom(...IDS),
  fc.constantFrom<AnswerValue>('yes', 'no', 'unsure'),
);

const decisionsArb: fc.Arbitrary<DecisionsState> = fc.record({
  useCases: fc.uniqueArray(
    fc.record({
      id: fc.stringMatching(/^uc-[a-z0-9]{1,24}$/),
      name: plainText(1, 80),
      description: plainText(0, 400),
      answers: idMapArb,
      note: plainText(0, 300),
    }),
    { selector: (u) => u.id, maxLength: MAX_USE_CASES },
  ),
  deployment: fc.record({ answers: idMapArb, note: plainText(0, 300) }),
});

/** Each document absent, as in FULL, or (the definition) with one element changed from its default. */
const documentsArb: fc.Arbitrary<DocumentsState> = fc.record({
  invariantCheck: fc.constantFrom(null, FULL.invariantCheck),
  readinessDefinition: fc.oneof(
    fc.constant(null),
    fc.constant(FULL.readinessDefinition),
    fc
      .record({ id: fc.constantFrom('a', 'b', 'c'), target: plainText(0, 200), owner: plainText(0, 60) })
      .map(({ id, target, owner }) => {
        const base = initialDefinition(definitionContent.elements);
        return { ...base, elements: { ...base.elements, [id]: { target, owner, evidence: 'runbook v2' } } };
      }),
  ),
  scorecard: fc.oneof(
    fc.constant(null),
    plainText(0, 120).map((metric) => ({ ...EMPTY_SCORECARD, metric, unit: 'minutes' })),
  ),
  partnerCheck: fc.constantFrom(null, FULL.partnerCheck),
});

const anyDocuments = (documents: DocumentsState) => Object.values(documents).some((part) => part !== null);
const anyDecisions = (decisions: DecisionsState | null) =>
  decisions !== null &&
  (decisions.useCases.length > 0 ||
    Object.keys(decisions.deployment.answers).length > 0 ||
    decisions.deployment.note !== '');

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
const packed = async (json: unknown) =>
  `#s=2.${bytesToBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(json))))}`;

describe('share links with documents and decisions', () => {
  it('round-trip: every part a link carries comes back as it was; what it leaves out is named', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, documentsArb, fc.option(decisionsArb), async (answers, documents, decisions) => {
        const link = await encodeShareLink({ answers, documents, decisions }, IDS, options);
        expect(link.fragment.length).toBeLessThanOrEqual(MAX_SHARE_FRAGMENT_LENGTH);
        const has = [
          ...(anyDocuments(documents) ? ['documents'] : []),
          ...(anyDecisions(decisions) ? ['decisions'] : []),
        ];
        expect([...link.carried, ...link.leftOut].sort()).toEqual(has.sort());

        const decoded = await decodeShareLink(`#${link.fragment}`, IDS);
        expect(decoded.problems).toEqual([]);
        expect(decoded.payload?.answers).toEqual(answers);
        const shared = sharedDocuments(decoded.payload ?? {}, context);
        expect(shared.leftOutParts).toEqual([]);
        if (link.carried.includes('documents')) expect(shared.documents).toEqual(documents);
        else if (link.carried.length === 0 || link.leftOut.includes('documents')) expect(shared.documents).toEqual({});
        if (link.carried.includes('decisions')) expect(shared.decisions).toEqual(decisions);
        if (link.leftOut.includes('decisions')) expect(shared.decisions).toBeNull();
        expect(shared.carried).toBe(link.carried.length > 0);
      }),
      { numRuns: 150 },
    );
  });

  it('carries a typical set in full: all four documents, two use cases and the deployment answers', async () => {
    const link = await encodeShareLink(
      { answers: { 'outcome-metric': 'yes' }, documents: FULL, decisions: sampleDecisions },
      IDS,
      options,
    );
    expect(link).toMatchObject({ carried: ['documents', 'decisions'], leftOut: [] });
    expect(isPackedShareFragment(link.fragment)).toBe(true);
    const decoded = await decodeShareLink(link.fragment, IDS);
    expect(sharedDocuments(decoded.payload ?? {}, context)).toEqual({
      carried: true,
      documents: FULL,
      decisions: sampleDecisions,
      leftOutParts: [],
    });
  });

  it('leaves out the readiness definition’s elements still at their content defaults, and reads them back', async () => {
    const lean = await encodeShareLink({ documents: FULL }, IDS, options);
    const fat = await encodeShareLink({ documents: FULL }, IDS);
    expect(lean.fragment.length).toBeLessThan(fat.fragment.length);
    for (const link of [lean, fat]) {
      const decoded = await decodeShareLink(link.fragment, IDS);
      expect(sharedDocuments(decoded.payload ?? {}, context).documents).toEqual(FULL);
    }
  });

  it('a sender with no documents or decisions gets a version 1 link, exactly as before', async () => {
    for (const input of [{ answers: { 'outcome-metric': 'yes' as const } }, { answers: {}, documents: NO_DOCUMENTS }]) {
      const link = await encodeShareLink({ ...input, decisions: EMPTY_DECISIONS }, IDS, options);
      expect(link).toEqual({
        fragment: encodeShareFragment({ answers: input.answers }, IDS),
        carried: [],
        leftOut: [],
      });
    }
  });

  it('version 1 links still decode exactly as they always did, and carry no documents', async () => {
    // A link copied before version 2 existed: {"v":1,"a":...} in base64url, no compression.
    const fragment = encodeShareFragment({ answers: { 'outcome-metric': 'yes', 'security-review': 'no' } }, IDS);
    expect(fragment.startsWith('s=eyJ2IjoxL')).toBe(true);
    await fc.assert(
      fc.asyncProperty(answersArb, fc.option(fc.jsonValue(), { nil: undefined }), async (answers, cost) => {
        const v1 = `#${encodeShareFragment({ answers, cost }, IDS)}`;
        const decoded = await decodeShareLink(v1, IDS);
        expect(decoded).toEqual(decodeShareFragment(v1, IDS));
        expect(sharedDocuments(decoded.payload ?? {}, context)).toEqual({
          carried: false,
          documents: {},
          decisions: null,
          leftOutParts: [],
        });
      }),
      { numRuns: 200 },
    );
  });

  it('too big: the decisions are left out and named, the answers and documents still travel', async () => {
    const decisions: DecisionsState = {
      useCases: Array.from({ length: MAX_USE_CASES }, (_, i) => ({
        id: `uc-${i}`,
        name: `Use case ${i}`,
        description: noise(400, i),
        answers: { path: 'known' },
        note: noise(300, 100 + i),
      })),
      deployment: { answers: {}, note: '' },
    };
    const answers: Answers = { 'outcome-metric': 'no' };
    const link = await encodeShareLink({ answers, documents: FULL, decisions }, IDS, options);
    expect(link).toMatchObject({ carried: ['documents'], leftOut: ['decisions'] });
    expect(link.fragment.length).toBeLessThanOrEqual(MAX_SHARE_FRAGMENT_LENGTH);
    const decoded = await decodeShareLink(link.fragment, IDS);
    expect(decoded.payload?.answers).toEqual(answers);
    const shared = sharedDocuments(decoded.payload ?? {}, context);
    expect(shared.documents).toEqual(FULL);
    // Not carried, so this device's decisions are kept.
    expect(shared.decisions).toBeNull();
  });

  it('too big: documents left out too, the link is a version 1 link with the answers and cost', async () => {
    const documents: DocumentsState = {
      ...FULL,
      invariantCheck: { statuses: {}, notes: noise(2000, 1) },
      partnerCheck: { proposal: 'Acme', answers: {}, notes: noise(2000, 2) },
      scorecard: { ...EMPTY_SCORECARD, notes: noise(2000, 3) },
    };
    const decisions: DecisionsState = {
      useCases: [{ id: 'uc-a', name: 'A', description: noise(400, 4), answers: {}, note: noise(300, 5) }],
      deployment: { answers: {}, note: noise(300, 6) },
    };
    const answers: Answers = { 'outcome-metric': 'yes' };
    const cost = { v: 1, s: [] };
    const big = { answers, cost, documents, decisions };
    // Neither fits a 1,000-character link; the decisions alone fit a full-length one.
    const link = await encodeShareLink(big, IDS, { ...options, maxLength: 1000 });
    expect(link).toEqual({
      fragment: encodeShareFragment({ answers, cost }, IDS),
      carried: [],
      leftOut: ['documents', 'decisions'],
    });
    const roomy = await encodeShareLink(big, IDS, options);
    expect(roomy.leftOut).toEqual(['documents']);
    expect(roomy.carried).toEqual(['decisions']);
  });

  it('never throws on any string, and reads anything that is not a link as unreadable', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `s=2.${s}`),
          fc.stringMatching(/^[A-Za-z0-9_-]{0,200}$/).map((s) => `#s=2.${s}`),
        ),
        async (fragment) => {
          const decoded = await decodeShareLink(fragment, IDS);
          if (isPackedShareFragment(fragment)) expect(decoded.payload).toBeNull();
          sharedDocuments(decoded.payload ?? {}, context);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on any JSON inside a well-formed link; damaged sections are named and left out', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { v: fc.constant(2), a: fc.jsonValue(), d: fc.jsonValue(), u: fc.jsonValue() },
          { requiredKeys: ['v'] },
        ),
        async (envelope) => {
          const decoded = await decodeShareLink(await packed(envelope), IDS);
          const shared = sharedDocuments(decoded.payload ?? {}, context);
          expect(Array.isArray(shared.leftOutParts)).toBe(true);
          for (const part of shared.leftOutParts) expect(['documents', 'decisions', ...DOCUMENT_KEYS]).toContain(part);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a damaged part is named and left out; every part that can be read is kept', async () => {
    const good = await encodeShareLink(
      { answers: { 'outcome-metric': 'yes' }, documents: FULL, decisions: sampleDecisions },
      IDS,
    );
    const decoded = await decodeShareLink(good.fragment, IDS);
    const documents = decoded.payload?.documents as Record<string, unknown>;
    const fragment = await packed({
      v: 2,
      a: { 'outcome-metric': 'y' },
      d: { ...documents, scorecard: 'garbage' },
      u: { v: 1, useCases: 'garbage' },
    });
    const damaged = await decodeShareLink(fragment, IDS);
    const shared = sharedDocuments(damaged.payload ?? {}, context);
    // By what they are, for the diagnostic to name them in its page file's words.
    expect(shared.leftOutParts).toEqual(['scorecard', 'decisions']);
    expect(shared.documents).toEqual({
      invariantCheck: FULL.invariantCheck,
      readinessDefinition: FULL.readinessDefinition,
      partnerCheck: FULL.partnerCheck,
    });
    expect(shared.decisions).toBeNull();
  });

  it('refuses a link from another version, too long a link, and a small link that would inflate past its cap', async () => {
    expect((await decodeShareLink(await packed({ v: 3, a: {} }), IDS)).problems).toEqual([
      { kind: 'unsupported-version', version: 3 },
    ]);
    expect((await decodeShareLink(`#s=2.${'A'.repeat(MAX_SHARE_FRAGMENT_LENGTH)}`, IDS)).problems).toEqual([
      { kind: 'too-long' },
    ]);
    // A megabyte of spaces inside valid JSON compresses to about a kilobyte: it fits a link, and is refused.
    const bomb = await packed({ v: 2, a: {}, d: ' '.repeat(MAX_PACKED_JSON_BYTES * 5) });
    expect(bomb.length).toBeLessThan(MAX_SHARE_FRAGMENT_LENGTH);
    expect(await decodeShareLink(bomb, IDS)).toEqual({ payload: null, problems: [{ kind: 'unreadable' }] });
  });
});

describe('the share choice across answers, documents and decisions', () => {
  const part = (over: Partial<SharedPart>): SharedPart => ({
    name: 'scorecard',
    mine: null,
    mineStored: false,
    theirs: { metric: 'Theirs' },
    theirsEmpty: false,
    ...over,
  });
  const mineAnswers: Answers = { 'outcome-metric': 'no' };
  const theirAnswers: Answers = { 'outcome-metric': 'yes' };

  it('saves at once where this device holds nothing the link would change', () => {
    expect(sessionShareChoice(QUESTIONS, { mine: {}, theirs: theirAnswers }, [part({})], assessmentText)).toEqual({
      outcome: 'adopt',
      answerLines: [],
      parts: [],
    });
    // The link saying "none" for something this device never had changes nothing.
    expect(
      sessionShareChoice(QUESTIONS, null, [part({ theirs: null, theirsEmpty: true })], assessmentText).outcome,
    ).toBe('same');
  });

  it('says the same when every part is the same', () => {
    const same = part({ mine: { metric: 'Theirs' }, mineStored: true });
    expect(
      sessionShareChoice(QUESTIONS, { mine: theirAnswers, theirs: theirAnswers }, [same], assessmentText).outcome,
    ).toBe('same');
  });

  it('asks, part by part, where this device holds something different, something the link lacks, or something unreadable', () => {
    const differs = part({ mine: { metric: 'Mine' }, mineStored: true });
    const onlyHere = part({
      name: 'partner check',
      mine: { proposal: 'x' },
      mineStored: true,
      theirs: null,
      theirsEmpty: true,
    });
    const unreadable = part({ name: 'readiness definition', mine: null, mineStored: true });
    expect(
      sessionShareChoice(
        QUESTIONS,
        { mine: theirAnswers, theirs: theirAnswers },
        [differs, onlyHere, unreadable],
        assessmentText,
      ),
    ).toEqual({
      outcome: 'ask',
      answerLines: [],
      parts: [
        { name: 'scorecard', kind: 'differs' },
        { name: 'partner check', kind: 'only-device' },
        { name: 'readiness definition', kind: 'differs' },
      ],
    });
    expect(
      sessionShareChoice(QUESTIONS, { mine: mineAnswers, theirs: theirAnswers }, [part({})], assessmentText),
    ).toEqual({
      outcome: 'ask',
      answerLines: ['Question 1, Label outcome-metric: Yes in the link, No on this device'],
      parts: [],
    });
  });

  it('never loses anything of this device’s without a choice', () => {
    const value = fc.option(fc.constantFrom({ metric: 'a' }, { metric: 'b' }), { nil: null });
    const partArb = fc.record({
      name: fc.constant('part'),
      mine: value,
      mineStored: fc.boolean(),
      theirs: value,
      theirsEmpty: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.option(fc.record({ mine: answersArb, theirs: answersArb })),
        fc.array(partArb, { maxLength: 5 }),
        (answers, parts) => {
          const choice = sessionShareChoice(QUESTIONS, answers, parts, assessmentText);
          if (choice.outcome === 'ask') return;
          // Saved at once or left alone: whatever this device held was already what the link holds.
          if (answers && Object.keys(answers.mine).length > 0) expect(answers.mine).toEqual(answers.theirs);
          for (const p of parts)
            if (p.mineStored) expect(p.mine !== null && JSON.stringify(p.mine) === JSON.stringify(p.theirs)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
