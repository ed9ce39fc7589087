import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeExportFile, decodeExportFile, type ExportContents } from '../../src/domain/export-file';
import { encodeCostSection, initialCostState, type CostContext } from '../../src/domain/cost-state';
import { planImport, refusalMessage } from '../../src/domain/import-plan';
import { EMPTY_SESSION } from '../../src/domain/session-state';
import { MAX_SNAPSHOTS, type Snapshot } from '../../src/domain/history';
import { referenceContent } from '../helpers/reference-content';
import { loadPageText, loadScenarioNames } from '../helpers/load-content';
import type { ImportedDocuments } from '../../src/domain/export-documents';
import { EMPTY_SCORECARD } from '../../src/domain/scorecard';
import { IMPORT_PLAN_TEXT, type ImportPlanText } from '../../src/schemas/page-wording';

const content = referenceContent();
const IDS = content.questions.map((q) => q.id);
const context: CostContext = {
  content,
  removableLineIds: ['scoping-engagement'],
  scenarioNames: loadScenarioNames(content),
};
const now = new Date('2026-11-27T10:00:00Z');
/** History's words, as the page passes them (content/pages/history.md). */
const text = loadPageText('history');

function read(contents: ExportContents) {
  const text = encodeExportFile(contents, IDS, now);
  const decoded = decodeExportFile(text, text.length, IDS);
  if (!decoded.ok) throw new Error(decoded.problem.kind);
  return decoded.contents;
}

const snap = (i: number): Snapshot => ({
  id: `s${i}`,
  // Local noon, so the dates in the confirmation hold in any time zone.
  savedAt: new Date(2026, i, 1, 12).toISOString(),
  clientLabel: '',
  answers: {},
  stageId: content.stages[0]!.id,
  stageName: content.stages[0]!.name,
  score: 0,
  total: 10,
  cost: null,
});

/** `n` results already saved on the device, none of them in any file below. */
const device = (n: number) => Array.from({ length: n }, (_, i) => ({ ...snap(i), id: `here${i}`, score: 9 }));

describe('planning a history import', () => {
  it("adds by default: new results join the device's, duplicates (same id, or same result) are skipped", () => {
    const here = [snap(0), snap(1)];
    const copyWithNewId = { ...snap(1), id: 'other-device-id' };
    const file = [snap(0), copyWithNewId, snap(2), snap(3)];
    const plan = planImport(read({ kind: 'history', snapshots: file }), context, IDS, { snapshots: here }, text);
    expect(plan.ok && plan.kind === 'history' && plan.mode).toBe('merge');
    if (!plan.ok || plan.kind !== 'history') return;
    expect(plan.snapshots.map((s) => s.id)).toEqual(['s0', 's1', 's2', 's3']);
    expect(plan.confirm).toEqual({
      title: 'Add these saved results?',
      body: [
        'The file holds 4 saved results from 1 January 2026 to 1 April 2026.',
        '2 new results will be added to the 2 saved results on this device; nothing is replaced. 2 are already here and will be skipped.',
      ],
      confirmLabel: 'Yes, add them',
      done: 'Added 2 saved results (2 already here).',
    });
  });

  it('on a device with no saved results, simply adds them', () => {
    const plan = planImport(read({ kind: 'history', snapshots: [snap(0)] }), context, IDS, { snapshots: [] }, text);
    expect(plan.ok && plan.confirm.body).toEqual([
      'The file holds 1 saved result from 1 January 2026.',
      'There are no saved results on this device yet, so they are simply added.',
    ]);
    expect(plan.ok && plan.confirm.done).toBe('Added 1 saved result.');
  });

  it('importing the same file twice changes nothing the second time', () => {
    const file = [snap(0), snap(1)];
    const plan = planImport(read({ kind: 'history', snapshots: file }), context, IDS, { snapshots: file }, text);
    expect(plan.ok && plan.kind === 'history' && plan.snapshots).toEqual(file);
    expect(plan.ok && plan.confirm.body[1]).toBe('All of them are already on this device, so nothing would change.');
    expect(plan.ok && plan.confirm.done).toBe('Nothing imported: every result in the file was already here.');
  });

  it('says which results would be left out past the limit, oldest first', () => {
    const here = device(MAX_SNAPSHOTS);
    const plan = planImport(
      read({ kind: 'history', snapshots: [snap(0), snap(1)] }),
      context,
      IDS,
      {
        snapshots: here,
      },
      text,
    );
    if (!plan.ok || plan.kind !== 'history') throw new Error('expected a plan');
    expect(plan.snapshots).toHaveLength(MAX_SNAPSHOTS);
    expect(plan.confirm.body[2]).toBe(
      `This device keeps at most ${MAX_SNAPSHOTS} saved results, so the oldest 2 results would be left out. To keep them, cancel and download your saved results first.`,
    );
  });

  it.each([
    {
      current: 0,
      snapshots: [snap(0)],
      body: [
        'The file holds 1 saved result from 1 January 2026.',
        'There are no saved results on this device yet, so nothing is lost.',
      ],
    },
    {
      current: 3,
      snapshots: [snap(0), snap(2)],
      body: [
        'The file holds 2 saved results from 1 January 2026 to 1 March 2026.',
        'They replace the 3 saved results on this device. To keep those too, download them first.',
      ],
    },
  ])('replacing: $snapshots.length in the file, $current on the device', ({ current, snapshots, body }) => {
    const plan = planImport(
      read({ kind: 'history', snapshots }),
      context,
      IDS,
      { snapshots: device(current) },
      text,
      'replace',
    );
    expect(plan.ok && plan.kind === 'history' && plan.snapshots.map((s) => s.id)).toEqual(snapshots.map((s) => s.id));
    expect(plan.ok && plan.kind === 'history' && plan.confirm.body).toEqual(body);
    expect(plan.ok && plan.confirm.done).toBe(
      `Imported ${snapshots.length} saved result${snapshots.length === 1 ? '' : 's'}.`,
    );
  });
});

describe('planning a session import', () => {
  const answers = { [IDS[0]!]: 'yes', [IDS[1]!]: 'no' } as const;
  const session = { ...EMPTY_SESSION, facilitator: true, clientLabel: 'Acme Bank', notes: { [IDS[0]!]: 'A note' } };

  it('decodes the cost section against the cost model and lists what the file holds', () => {
    const cost = initialCostState(context);
    const changed = {
      ...cost,
      scenarios: [
        { ...cost.scenarios[0], inputs: { ...cost.scenarios[0].inputs, agents: 3 } },
        cost.scenarios[1],
      ] as const,
    };
    const plan = planImport(
      read({ kind: 'session', session: { answers, session, cost: encodeCostSection(changed, context) } }),
      context,
      IDS,
      { snapshots: [] },
      text,
    );
    expect(plan.ok).toBe(true);
    if (!plan.ok || plan.kind !== 'session') return;
    expect(plan.cost?.scenarios[0].inputs.agents).toBe(3);
    expect(plan.confirm.body[0]).toBe(
      'The file holds answers to 2 of 10 questions, the label “Acme Bank”, 1 note and a cost estimate.',
    );
    expect(plan.confirm.done).toBe(
      'Session imported for Acme Bank: answers to 2 of 10 questions, the label “Acme Bank”, 1 note and a cost estimate.',
    );
  });

  it('without a cost section, the cost goes back to the reference programme', () => {
    const plan = planImport(
      read({ kind: 'session', session: { answers: {}, session: EMPTY_SESSION } }),
      context,
      IDS,
      {
        snapshots: [],
      },
      text,
    );
    expect(plan.ok && plan.kind === 'session' && plan.cost).toBeNull();
    expect(plan.ok && plan.confirm.body[0]).toBe('The file holds answers to 0 of 10 questions.');
  });

  it.each([
    { name: 'a newer cost version', cost: { v: 99 }, message: /different version of Readiness/ },
    { name: 'an unreadable cost', cost: 'lots', message: /damaged or uses figures this site does not know/ },
    {
      name: 'a cost with one bad part',
      cost: { ...encodeCostSection(initialCostState(context), context), cur: 'XXX' },
      message: /damaged or uses figures this site does not know/,
    },
  ])('refuses the whole file for $name', ({ cost, message }) => {
    const plan = planImport(
      read({ kind: 'session', session: { answers, session, cost } }),
      context,
      IDS,
      {
        snapshots: [],
      },
      text,
    );
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.message).toMatch(message);
  });

  it('never throws on any cost section, and accepts one only if it decodes cleanly', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (cost) => {
        const plan = planImport(
          { kind: 'session', session: { answers: {}, session: EMPTY_SESSION, cost } },
          context,
          IDS,
          { snapshots: [] },
          text,
        );
        if (plan.ok) expect(plan.kind === 'session' && plan.cost).not.toBeNull();
        else expect(plan.message).toMatch(/nothing was imported/);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('the import messages are History’s words', () => {
  /**
   * Every import key worded as its own name and the slots it was given, so each message shows
   * exactly which words it took from the page file and how it filled them: no word of its own.
   */
  const tokens = Object.fromEntries(
    Object.entries(IMPORT_PLAN_TEXT).map(([key, slots]) => [
      key,
      `‹${key}${slots.map((slot) => ` ${slot}={${slot}}`).join('')}›`,
    ]),
  ) as ImportPlanText;
  const saved = (count: number) => `‹import-saved-results-${count === 1 ? 'one' : 'many'} count=${count}›`;

  it('the real page file words every message as before', () => {
    for (const key of Object.keys(IMPORT_PLAN_TEXT) as (keyof ImportPlanText)[]) expect(text[key], key).toMatch(/\S/);
    expect(text['import-add-title']).toBe('Add these saved results?');
  });

  it('adding saved results', () => {
    const here = [snap(0), snap(1)];
    const file = [snap(0), { ...snap(1), id: 'other-device-id' }, snap(2), snap(3)];
    const plan = planImport(read({ kind: 'history', snapshots: file }), context, IDS, { snapshots: here }, tokens);
    expect(plan.ok && plan.confirm).toEqual({
      title: '‹import-add-title›',
      body: [
        `‹import-history-holds-many results=${saved(4)} from=1 January 2026 to=1 April 2026›`,
        `‹import-add-to added=‹import-new-results-many count=2› current=${saved(2)}› ‹import-add-skipped-many count=2›`,
      ],
      confirmLabel: '‹import-add-confirm›',
      done: `‹import-add-done-skipped results=${saved(2)} count=2›`,
    });
    const full = planImport(
      read({ kind: 'history', snapshots: [snap(0)] }),
      context,
      IDS,
      {
        snapshots: device(MAX_SNAPSHOTS),
      },
      tokens,
    );
    expect(full.ok && full.confirm.body).toEqual([
      `‹import-history-holds-one results=${saved(1)} date=1 January 2026›`,
      `‹import-add-to added=‹import-new-results-one count=1› current=${saved(MAX_SNAPSHOTS)}›`,
      `‹import-add-over-cap max=${MAX_SNAPSHOTS} results=‹import-results-one count=1››`,
    ]);
    expect(full.ok && full.confirm.done).toBe(`‹import-add-done results=${saved(1)}›`);
    const again = planImport(read({ kind: 'history', snapshots: here }), context, IDS, { snapshots: here }, tokens);
    expect(again.ok && [again.confirm.body[1], again.confirm.done]).toEqual([
      '‹import-add-nothing-new›',
      '‹import-add-done-nothing›',
    ]);
    const empty = planImport(read({ kind: 'history', snapshots: [] }), context, IDS, { snapshots: [] }, tokens);
    expect(empty.ok && empty.confirm.body[0]).toBe(`‹import-history-holds-none results=${saved(0)}›`);
  });

  it('replacing saved results', () => {
    const plan = planImport(
      read({ kind: 'history', snapshots: [snap(0)] }),
      context,
      IDS,
      {
        snapshots: device(3),
      },
      tokens,
      'replace',
    );
    expect(plan.ok && plan.confirm).toEqual({
      title: '‹import-replace-title›',
      body: [
        `‹import-history-holds-one results=${saved(1)} date=1 January 2026›`,
        `‹import-replace-current results=${saved(3)}›`,
      ],
      confirmLabel: '‹import-replace-confirm›',
      done: `‹import-replace-done results=${saved(1)}›`,
    });
    const onEmpty = planImport(
      read({ kind: 'history', snapshots: [snap(0)] }),
      context,
      IDS,
      {
        snapshots: [],
      },
      tokens,
      'replace',
    );
    expect(onEmpty.ok && onEmpty.confirm.body[1]).toBe('‹import-replace-none›');
  });

  it('a session, with every part it can hold and the parts left out', () => {
    const session = { ...EMPTY_SESSION, clientLabel: 'Acme Bank', notes: { [IDS[0]!]: 'A', [IDS[1]!]: 'B' } };
    const useCase = { id: 'uc-a1', name: 'Refunds', description: '', answers: {}, note: '' };
    const documents: ImportedDocuments = {
      carried: true,
      documents: { scorecard: EMPTY_SCORECARD, partnerCheck: { proposal: '', answers: {}, notes: '' } },
      decisions: { useCases: [useCase], deployment: { answers: { hosting: 'cloud' }, note: '' } },
      leftOutParts: ['invariantCheck', 'decisions'],
    };
    const plan = planImport(
      read({
        kind: 'session',
        session: {
          answers: { [IDS[0]!]: 'yes' },
          session,
          cost: encodeCostSection(initialCostState(context), context),
        },
      }),
      context,
      IDS,
      { snapshots: [] },
      tokens,
      'merge',
      documents,
    );
    const parts =
      [
        `‹import-holds-answers answered=1 total=${IDS.length}›`,
        '‹import-holds-label label=Acme Bank›',
        '‹import-holds-notes-many count=2›',
        '‹import-holds-cost›',
        '‹import-holds-scorecard›',
        '‹import-holds-partner-check›',
        '‹import-holds-use-cases-one count=1›',
      ].join(', ') + ' and ‹import-holds-deployment›';
    const leftOut = '‹import-left-out-invariant-check› and ‹import-left-out-decisions›';
    expect(plan.ok && plan.confirm).toEqual({
      title: '‹import-session-title›',
      body: [
        `‹import-session-holds parts=${parts}›`,
        '‹import-session-replaces›',
        `‹import-session-left-out-many parts=${leftOut}›`,
      ],
      confirmLabel: '‹import-session-confirm›',
      done: `‹import-session-done-client client=Acme Bank parts=${parts}› ‹import-session-done-left-out parts=${leftOut}›`,
    });

    const older = planImport(
      read({ kind: 'session', session: { answers: {}, session: EMPTY_SESSION } }),
      context,
      IDS,
      { snapshots: [] },
      tokens,
      'merge',
      { ...documents, carried: false, documents: {}, decisions: null, leftOutParts: ['documents'] },
    );
    expect(older.ok && older.confirm.body.slice(1)).toEqual([
      '‹import-session-replaces-older›',
      '‹import-session-left-out-one parts=‹import-left-out-documents››',
    ]);
    expect(older.ok && older.confirm.done).toBe(
      `‹import-session-done parts=‹import-holds-answers answered=0 total=${IDS.length}››` +
        ' ‹import-session-done-left-out parts=‹import-left-out-documents››',
    );
  });

  it('a session refused for its cost', () => {
    const refused = (cost: unknown) =>
      planImport(
        read({ kind: 'session', session: { answers: {}, session: EMPTY_SESSION, cost } }),
        context,
        IDS,
        {
          snapshots: [],
        },
        tokens,
      );
    expect(refused({ v: 99 })).toEqual({ ok: false, message: '‹import-cost-other-version›' });
    expect(refused('lots')).toEqual({ ok: false, message: '‹import-cost-damaged›' });
  });

  it('a file refused as a whole', () => {
    const refused = (text: string) => {
      const decoded = decodeExportFile(text, text.length, IDS);
      if (decoded.ok) throw new Error('expected a refusal');
      return refusalMessage(decoded.problem, tokens);
    };
    const file = (body: object) => JSON.stringify({ format: 'readiness-export', v: 1, ...body });
    expect(refusalMessage({ kind: 'too-large', kilobytes: 2048, maxMegabytes: 1 }, tokens)).toBe(
      '‹import-too-large size=2048 max=1›',
    );
    expect(refused('{')).toBe('‹import-not-json›');
    expect(refused('{}')).toBe('‹import-not-export›');
    expect(refused(file({ v: 3, kind: 'history', snapshots: [] }))).toBe(
      '‹import-other-version version=3 versions=1 and 2›',
    );
    expect(refused(file({ kind: 'history' }))).toBe('‹import-no-results›');
    expect(refused(file({ kind: 'history', snapshots: Array.from({ length: MAX_SNAPSHOTS + 1 }, () => ({})) }))).toBe(
      `‹import-too-many-results count=${MAX_SNAPSHOTS + 1} max=${MAX_SNAPSHOTS}›`,
    );
    expect(refused(file({ kind: 'history', snapshots: [{ id: 'x' }] }))).toBe('‹import-damaged-results-one count=1›');
    expect(refused(file({ kind: 'history', snapshots: [{ id: 'x' }, { id: 'y' }] }))).toBe(
      '‹import-damaged-results-many count=2›',
    );
    expect(refused(file({ kind: 'session' }))).toBe('‹import-no-answers›');
    expect(refused(file({ kind: 'session', session: { answers: { nope: 'y' } } }))).toBe('‹import-damaged-session›');
  });
});
