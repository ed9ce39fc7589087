import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costInputProblems, defaultCostInputs } from '../../src/domain/cost';
import {
  MAX_STORED_COST_LENGTH,
  costCodec,
  decodeCostSection,
  decodeStoredCost,
  defaultScenarioNames,
  encodeCostSection,
  encodeStoredCost,
  initialCostState,
  isReferenceCost,
  parseScenarioName,
  secondScenarioInUse,
  type CostContext,
  type CostState,
} from '../../src/domain/cost-state';
import { loadPageText } from '../helpers/load-content';
import { REMOVABLE, content, context, lineIds, stateArb } from './cost-arbitraries';

const defaults = defaultCostInputs(content);
const section = (overrides: Record<string, unknown> = {}, scenario: Record<string, unknown> = {}) => ({
  v: 1,
  at: 0,
  cur: 'USD',
  rate: 1,
  s: [{ n: 'As planned', w: 1, g: 1, i: 'ref', d: 'public-cloud', x: [], o: {}, ...scenario }],
  ...overrides,
});

/** Everything a decoded state must satisfy, whatever it was decoded from. */
function expectUsable(state: CostState): void {
  expect(state.scenarios).toHaveLength(2);
  for (const scenario of state.scenarios) {
    expect(costInputProblems(content, scenario.inputs)).toEqual([]);
    expect(parseScenarioName(scenario.name)).toEqual({ ok: true, value: scenario.name });
    for (const id of scenario.inputs.excluded) expect(REMOVABLE).toContain(id);
    expect(Object.getPrototypeOf(scenario.inputs.overrides)).toBe(Object.prototype);
    for (const id of Object.keys(scenario.inputs.overrides)) expect(lineIds).toContain(id);
  }
  expect([0, 1]).toContain(state.active);
  expect(content.assumptions.currencies.map((c) => c.code)).toContain(state.currency.code);
  expect(state.currency.ratePerUsd).toBeGreaterThan(0);
  if (state.currency.code === 'USD') expect(state.currency.ratePerUsd).toBe(1);
}

describe('cost state codec', () => {
  it('round-trips every valid state through storage and through a share-link section', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(decodeStoredCost(encodeStoredCost(state, context), context)).toEqual({
          state,
          problem: null,
          dropped: [],
        });
        const viaLink = JSON.parse(JSON.stringify(encodeCostSection(state, context))) as unknown;
        expect(decodeCostSection(viaLink, context).state).toEqual(state);
      }),
      { numRuns: 2000 },
    );
  });

  it('starts with two reference scenarios named in the cost page’s words, in US dollars', () => {
    const text = loadPageText('cost', content);
    expect(initialCostState(context)).toEqual({
      scenarios: [
        { name: text['scenario-name-first'], inputs: defaults },
        { name: text['scenario-name-second'], inputs: defaults },
      ],
      active: 0,
      currency: { code: 'USD', ratePerUsd: 1 },
    });
  });

  it('treats nothing stored as a fresh start without a problem', () => {
    expect(decodeStoredCost(null, context)).toEqual({ state: null, problem: null, dropped: [] });
  });

  it.each([
    ['not JSON', '{oops', 'unreadable'],
    ['a string', '"hello"', 'unreadable'],
    ['an array', '[1,2]', 'unreadable'],
    ['null', 'null', 'unreadable'],
    ['no version', '{"s":[]}', 'unreadable'],
    ['a newer version', JSON.stringify(section({ v: 2 })), 'unsupported-version'],
    ['the version as text', JSON.stringify(section({ v: '1' })), 'unsupported-version'],
    ['too long', 'x'.repeat(MAX_STORED_COST_LENGTH + 1), 'too-long'],
    ['deeply nested JSON', `${'['.repeat(8000)}${']'.repeat(8000)}`, 'unreadable'],
  ])('drops %s', (_, text, problem) => {
    expect(decodeStoredCost(text, context)).toEqual({ state: null, problem, dropped: [] });
  });

  it.each<
    [string, Record<string, unknown>, Record<string, unknown>, Partial<CostState['scenarios'][0]['inputs']>, string[]]
  >([
    ['a count above 20', {}, { w: 21 }, { workflows: 1 }, ['scenario 1: workflows']],
    ['a negative count', {}, { g: -1 }, { agents: 1 }, ['scenario 1: agents']],
    ['a fractional count', {}, { w: 1.5 }, { workflows: 1 }, ['scenario 1: workflows']],
    ['a count beyond safe integers', {}, { w: 2 ** 53 + 2 }, { workflows: 1 }, ['scenario 1: workflows']],
    ['a count as text', {}, { g: '3' }, { agents: 1 }, ['scenario 1: agents']],
    ['an unknown deployment', {}, { d: 'moon' }, { deployment: 'public-cloud' }, ['scenario 1: deployment']],
    [
      'huge tasks per month',
      {},
      { i: { t: 1e30, m: 'fast' } },
      { inference: { mode: 'reference' } },
      ['scenario 1: inference'],
    ],
    [
      'an unknown model tier (the volume is kept)',
      {},
      { i: { t: 500, m: 'quantum' } },
      { inference: { mode: 'volume', tasksPerMonth: 500, modelTier: 'frontier' } },
      ['scenario 1: model tier'],
    ],
    [
      'a protected line left out (only removable lines can be)',
      {},
      { x: ['governance-evaluation', 'scoping-engagement', 'scoping-engagement'] },
      { excluded: ['scoping-engagement'] },
      ['scenario 1: excluded line 1', 'scenario 1: excluded line 2'],
    ],
    [
      'quotes with hostile keys, bad ranges and unknown lines',
      {},
      {
        o: JSON.parse(
          '{"__proto__":[1,2],"constructor":[1,2],"operations":[50000,60000],"inference":[9,1],"nope":[1,2],"data-platform":[1.5,2]}',
        ) as unknown,
      },
      { overrides: { operations: { low: 50_000, high: 60_000 } } },
      [
        'scenario 1: a quote',
        'scenario 1: a quote',
        'scenario 1: quote for inference',
        'scenario 1: a quote',
        'scenario 1: quote for data-platform',
      ],
    ],
  ])('keeps the rest of a scenario with %s', (_, top, scenario, expected, dropped) => {
    // Through JSON text, as from storage or a link (a "__proto__" key stays an own property).
    const result = decodeCostSection(JSON.parse(JSON.stringify(section(top, scenario))), context);
    expect(result.state?.scenarios[0].inputs).toEqual({ ...defaults, ...expected });
    expect(result.dropped).toEqual(dropped);
    expectUsable(result.state as CostState);
  });

  it('never copies a __proto__ key into the decoded quotes', () => {
    const text = `{"v":1,"s":[{"n":"A","w":1,"g":1,"i":"ref","d":"public-cloud","x":[],"o":{"__proto__":{"polluted":true},"operations":[1,2]}}]}`;
    const { state } = decodeStoredCost(text, context);
    const overrides = state?.scenarios[0].inputs.overrides as Record<string, unknown>;
    expect(Object.keys(overrides)).toEqual(['operations']);
    expect(Object.getPrototypeOf(overrides)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('fills a missing or broken second scenario with the reference and the default name', () => {
    const { state, dropped } = decodeCostSection(section({ s: [section().s[0], 'junk', { n: 'extra' }] }), context);
    expect(state?.scenarios[1]).toEqual({ name: context.scenarioNames[1], inputs: defaults });
    expect(dropped).toEqual(['1 extra scenario(s)', 'scenario 2']);
  });

  it.each([
    ['an unknown currency', { cur: 'XYZ', rate: 2 }, { code: 'USD', ratePerUsd: 1 }, ['currency']],
    ['a zero rate', { cur: 'EUR', rate: 0 }, { code: 'EUR', ratePerUsd: 0.92 }, ['exchange rate']],
    ['a huge rate', { cur: 'EUR', rate: 1e9 }, { code: 'EUR', ratePerUsd: 0.92 }, ['exchange rate']],
    ['a rate as text', { cur: 'EUR', rate: '0.9' }, { code: 'EUR', ratePerUsd: 0.92 }, ['exchange rate']],
    ['USD at another rate', { cur: 'USD', rate: 3 }, { code: 'USD', ratePerUsd: 1 }, []],
    ['an edited rate', { cur: 'EUR', rate: 0.95 }, { code: 'EUR', ratePerUsd: 0.95 }, []],
  ])('decodes the currency with %s', (_, top, currency, dropped) => {
    const decoded = decodeCostSection(section(top), context);
    expect(decoded.state?.currency).toEqual(currency);
    expect(decoded.dropped).toEqual(dropped);
  });

  it('never throws and always yields usable state on 10,000 random or hostile values', () => {
    const number = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constantFrom(-1, 0, 1, 1.5, 20, 21, 2 ** 53, 2 ** 53 + 2, 1e30, -0, Number.MAX_VALUE),
    );
    const id = fc.oneof(fc.constantFrom(...lineIds, '__proto__', 'constructor', 'prototype', 'toString'), fc.string());
    const scenario = fc.record(
      {
        n: fc.oneof(fc.string(), number, fc.constant('\u0000bad')),
        w: fc.oneof(number, fc.string()),
        g: fc.oneof(number, fc.string()),
        i: fc.oneof(
          fc.constant('ref'),
          fc.record({ t: number, m: fc.oneof(fc.constantFrom('fast', 'frontier'), fc.string()) }),
          fc.jsonValue(),
        ),
        d: fc.oneof(fc.constantFrom('public-cloud', 'on-prem'), fc.string()),
        x: fc.oneof(fc.array(id), fc.jsonValue()),
        o: fc.oneof(fc.dictionary(id, fc.oneof(fc.tuple(number, number), fc.jsonValue())), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const hostile = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record(
          {
            v: fc.constantFrom(1, 1, 1, 2, '1', 0, null),
            at: fc.oneof(fc.constantFrom(0, 1), fc.jsonValue()),
            cur: fc.oneof(fc.constantFrom('USD', 'EUR', 'GBP'), fc.jsonValue()),
            rate: fc.oneof(number, fc.jsonValue()),
            s: fc.oneof(fc.array(scenario, { maxLength: 4 }), fc.jsonValue()),
          },
          { requiredKeys: ['v'] },
        )
        .map((v) => JSON.stringify(v)),
      fc.constant('{"v":1,"__proto__":{"v":2},"s":[{"__proto__":{"w":3},"o":{"__proto__":[1,2]}}]}'),
      fc.nat({ max: 20_000 }).map((depth) => `{"v":1,"s":${'['.repeat(depth)}${']'.repeat(depth)}}`),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const decoded = decodeStoredCost(text, context);
        if (decoded.state) expectUsable(decoded.state);
        else expect(decoded.problem === null ? text : decoded.problem).toBeTruthy();
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('the default scenario names', () => {
  const text = loadPageText('cost', content);
  /** The same content with the default names worded otherwise, as an editor might. */
  const reworded: CostContext = {
    ...context,
    scenarioNames: defaultScenarioNames({ ...text, 'scenario-name-first': 'Plan A', 'scenario-name-second': 'Plan B' }),
  };
  const scenario = (n: string, w = 1) => ({ n, w, g: 1, i: 'ref', d: defaults.deployment, x: [], o: {} });
  /** A state stored before the names moved to content: the untouched reference, named in the old English. */
  const oldStored = { v: 1, at: 0, cur: 'USD', rate: 1, s: [scenario('As planned'), scenario('Narrowed')] };

  it('come from the cost page’s words: other words, other names', () => {
    expect(context.scenarioNames).toEqual([text['scenario-name-first'], text['scenario-name-second']]);
    expect(initialCostState(reworded).scenarios.map((s) => s.name)).toEqual(['Plan A', 'Plan B']);
    // A stored scenario without a usable name gets the default its place has in the words.
    const { state } = decodeCostSection({ ...oldStored, s: [scenario(''), 'junk'] }, reworded);
    expect(state?.scenarios.map((s) => s.name)).toEqual(['Plan A', 'Plan B']);
    expect(
      costCodec(reworded)
        .empty()
        .scenarios.map((s) => s.name),
    ).toEqual(['Plan A', 'Plan B']);
  });

  it('reads a state stored under the old English names exactly as before', () => {
    const decoded = decodeCostSection(oldStored, context);
    expect(decoded).toEqual({ state: initialCostState(context), problem: null, dropped: [] });
    const state = decoded.state!;
    // Still the untouched reference programme, with the second scenario hidden, and stored as it was.
    expect(isReferenceCost(state, context)).toBe(true);
    expect(secondScenarioInUse(state, context)).toBe(false);
    expect(JSON.parse(encodeStoredCost(state, context))).toEqual(oldStored);
  });

  it('keeps stored names as stored when the content words the defaults otherwise', () => {
    const { state, dropped } = decodeCostSection(oldStored, reworded);
    expect(dropped).toEqual([]);
    expect(state?.scenarios.map((s) => s.name)).toEqual(['As planned', 'Narrowed']);
    // The names are the user's data now, so the state is no longer the fresh one: the second scenario
    // shows, and a share link would ask before replacing it (src/domain/cost-state.ts explains).
    expect(isReferenceCost(state!, reworded)).toBe(false);
    expect(secondScenarioInUse(state!, reworded)).toBe(true);
    expect(JSON.parse(encodeStoredCost(state!, reworded))).toEqual(oldStored);
  });

  it('hides an untouched second scenario and shows a changed one, whatever the defaults are called', () => {
    for (const ctx of [context, reworded]) {
      const fresh = initialCostState(ctx);
      expect(secondScenarioInUse(fresh, ctx)).toBe(false);
      const [first, second] = fresh.scenarios;
      expect(secondScenarioInUse({ ...fresh, scenarios: [first, { ...second, name: 'Lean' }] }, ctx)).toBe(true);
      const changed = { ...second, inputs: { ...second.inputs, workflows: 3 } };
      expect(secondScenarioInUse({ ...fresh, scenarios: [first, changed] }, ctx)).toBe(true);
      // Renaming or editing the first scenario does not bring up the second.
      const renamedFirst = { ...first, name: 'Lean', inputs: { ...first.inputs, workflows: 3 } };
      expect(secondScenarioInUse({ ...fresh, scenarios: [renamedFirst, second] }, ctx)).toBe(false);
    }
  });
});

describe('the stored codec merging two tabs', () => {
  const codec = costCodec(context);
  const same = (a: CostState, b: CostState) => encodeStoredCost(a, context) === encodeStoredCost(b, context);

  it('keeps every part one tab changed when the other changed nothing (the plan too)', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (base, changed) => {
        expect(same(codec.merge(base, base, changed), changed)).toBe(true);
        expect(same(codec.merge(base, changed, base), changed)).toBe(true);
      }),
    );
  });
});
