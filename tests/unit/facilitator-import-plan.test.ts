import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeExportFile, decodeExportFile, type ExportContents } from '../../src/domain/export-file';
import { encodeCostSection, initialCostState, type CostContext } from '../../src/domain/cost-state';
import { planImport } from '../../src/domain/import-plan';
import { EMPTY_SESSION } from '../../src/domain/session-state';
import type { Snapshot } from '../../src/domain/history';
import { referenceContent } from '../helpers/reference-content';

const content = referenceContent();
const IDS = content.questions.map((q) => q.id);
const context: CostContext = { content, removableLineIds: ['scoping-engagement'] };
const now = new Date('2026-11-27T10:00:00Z');

function read(contents: ExportContents) {
  const text = encodeExportFile(contents, IDS, now);
  const decoded = decodeExportFile(text, text.length, IDS);
  if (!decoded.ok) throw new Error(decoded.message);
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

describe('planning a history import', () => {
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
  ])('$snapshots.length in the file, $current on the device', ({ current, snapshots, body }) => {
    const plan = planImport(read({ kind: 'history', snapshots }), context, IDS, { snapshots: current });
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
      { snapshots: 0 },
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
    const plan = planImport(read({ kind: 'session', session: { answers: {}, session: EMPTY_SESSION } }), context, IDS, {
      snapshots: 0,
    });
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
    const plan = planImport(read({ kind: 'session', session: { answers, session, cost } }), context, IDS, {
      snapshots: 0,
    });
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
          {
            snapshots: 0,
          },
        );
        if (plan.ok) expect(plan.kind === 'session' && plan.cost).not.toBeNull();
        else expect(plan.message).toMatch(/nothing was imported/);
      }),
      { numRuns: 2_000 },
    );
  });
});
