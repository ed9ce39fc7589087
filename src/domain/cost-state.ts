/**
 * The cost calculator's state (two named scenarios, which one is being edited, the display
 * currency) and its codec for localStorage and share links. Both use the same versioned, compact
 * JSON section; share links carry it as the `c` section of the share payload (share-codec.ts).
 *
 * Decoding is lenient, like the diagnostic's: each part is checked on its own against the content,
 * a bad part falls back to its default and is reported, the valid rest is kept, and nothing ever
 * throws. Untrusted objects are never copied wholesale: every value kept is read field by field
 * into a fresh object, keyed only by ids the content defines, so "__proto__" and friends are
 * just more entries to drop.
 *
 * Imported by the client island: zod/mini only, keep it light.
 */
import * as z from 'zod/mini';
import type { Id, SiteContent } from './content-types';
import type { IslandText } from '../schemas/page-wording';
import {
  CostInputsLimits,
  costInputProblems,
  defaultCostInputs,
  type CostInputs,
  type CostOverride,
} from './cost-inputs';
import { jsonEqual, mergeField, mergeRecord, type StoredCodec } from './persistence';

export const COST_STATE_VERSION = 1;
/** Stored values above this size are refused unread; a full state is well under 2 KB. */
export const MAX_STORED_COST_LENGTH = 16 * 1024;
/** Longest scenario name; the name is shown in headings and table columns. */
export const MAX_SCENARIO_NAME_LENGTH = 40;
/** Exchange-rate bounds: above 0 (to the millionth the conversion works in) and at most 100,000. */
export const MIN_RATE = 0.000001;
export const MAX_RATE = 100_000;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export interface DisplayCurrency {
  /** ISO 4217 code of a currency in the content. */
  code: string;
  /** Units of it per US dollar. */
  ratePerUsd: number;
}

/** Why a scenario name is refused; the form puts it in the page's words (cost-form.ts). */
export type ScenarioNameProblem = 'empty' | 'too-long' | 'not-plain';

/** Scenario names are trimmed; empty, over-long or control characters are refused. */
export function parseScenarioName(
  raw: string,
): { ok: true; value: string } | { ok: false; problem: ScenarioNameProblem } {
  const name = raw.trim();
  if (name === '') return { ok: false, problem: 'empty' };
  if ([...name].length > MAX_SCENARIO_NAME_LENGTH) return { ok: false, problem: 'too-long' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F-\u009F]/.test(name)) return { ok: false, problem: 'not-plain' };
  return { ok: true, value: name };
}

export interface CostScenario {
  name: string;
  inputs: CostInputs;
}

export type ScenarioIndex = 0 | 1;

export interface CostState {
  /** Always two, so they can be compared side by side. */
  scenarios: readonly [CostScenario, CostScenario];
  /** The scenario the form is editing. */
  active: ScenarioIndex;
  /** The scenario the user marked "this is my plan": the one reports lead with (the first when absent). */
  plan?: ScenarioIndex;
  currency: DisplayCurrency;
}

/** What pricing an estimate needs from the content, plus which lines a visitor may leave out. */
export interface CostPricingContext {
  /** Only `costLines` and `assumptions` are used; the island passes empty questions and stages. */
  content: SiteContent;
  /** Lines with an "include" checkbox (the scoping engagement). Other lines can only be overridden. */
  removableLineIds: readonly Id[];
}

/** The cost page's words (content/pages/cost.md `text`) that name the two scenarios of a fresh state. */
export type ScenarioNameText = Pick<IslandText<'cost'>, 'scenario-name-first' | 'scenario-name-second'>;

/**
 * The names a fresh state gives the two scenarios, in the content's words. Only new state gets
 * them: a name already stored (this device, a share link, a session file) is the user's data and
 * is kept as stored, whatever the content says today. So a state saved when the defaults were
 * "As planned" and "Narrowed" keeps those names after the content renames the defaults.
 */
export type DefaultScenarioNames = readonly [string, string];

export function defaultScenarioNames(text: ScenarioNameText): DefaultScenarioNames {
  return [text['scenario-name-first'], text['scenario-name-second']];
}

/** Everything the calculator and its codec need from the content. */
export interface CostContext extends CostPricingContext {
  /**
   * What a fresh state names its scenarios (and a stored scenario whose name is missing or
   * unreadable), from `defaultScenarioNames`.
   */
  scenarioNames: DefaultScenarioNames;
}

export type CostDecodeProblem = 'unreadable' | 'unsupported-version' | 'too-long';

export interface DecodedCost {
  /** null when there was nothing usable at all. */
  state: CostState | null;
  /** Why nothing was usable, when `state` is null and something was there. */
  problem: CostDecodeProblem | null;
  /** Each part that was present but unusable and so was left at its default, e.g. "scenario 2: agents". */
  dropped: string[];
}

export function initialCostState(context: CostContext): CostState {
  const inputs = defaultCostInputs(context.content);
  return {
    scenarios: [
      { name: context.scenarioNames[0], inputs },
      { name: context.scenarioNames[1], inputs },
    ],
    active: 0,
    currency: { code: 'USD', ratePerUsd: 1 },
  };
}

// ---------------------------------------------------------------------------------------------
// Encoding. Short keys keep share links short; the shape is documented here and nowhere else:
//   { v: 1, at: 0|1, p: 0|1 (the user's plan; optional, 0 when absent), cur: "EUR", rate: 0.92, s: [scenario, scenario] }
//   scenario = { n: name, w: workflows, g: agents, i: "ref" | { t: tasksPerMonth, m: tierId },
//                d: deploymentId, x: [excluded line ids], o: { lineId: [low, high] } }

interface EncodedScenario {
  n: string;
  w: number;
  g: number;
  i: 'ref' | { t: number; m: Id };
  d: Id;
  x: Id[];
  o: Record<Id, [number, number]>;
}

function encodeScenario({ name, inputs }: CostScenario, lineIds: readonly Id[]): EncodedScenario {
  const o: Record<Id, [number, number]> = {};
  for (const id of lineIds) {
    const override = Object.hasOwn(inputs.overrides, id) ? inputs.overrides[id] : undefined;
    if (override) o[id] = [override.low, override.high];
  }
  return {
    n: name,
    w: inputs.workflows,
    g: inputs.agents,
    i:
      inputs.inference.mode === 'volume' ? { t: inputs.inference.tasksPerMonth, m: inputs.inference.modelTier } : 'ref',
    d: inputs.deployment,
    x: [...inputs.excluded],
    o,
  };
}

/** The JSON-ready section for storage and share links. */
export function encodeCostSection(state: CostState, context: CostPricingContext): Record<string, unknown> {
  const lineIds = context.content.costLines.map((line) => line.id);
  return {
    v: COST_STATE_VERSION,
    at: state.active,
    ...(state.plan === 1 ? { p: 1 } : {}),
    cur: state.currency.code,
    rate: state.currency.ratePerUsd,
    s: state.scenarios.map((scenario) => encodeScenario(scenario, lineIds)),
  };
}

export function encodeStoredCost(state: CostState, context: CostPricingContext): string {
  return JSON.stringify(encodeCostSection(state, context));
}

// ---------------------------------------------------------------------------------------------
// Decoding

/** A JSON object, checked by hand: z.record would copy entries, where "__proto__" sets a prototype. */
function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const EnvelopeSchema = z.object({
  v: z.unknown(),
  at: z.optional(z.unknown()),
  p: z.optional(z.unknown()),
  cur: z.optional(z.unknown()),
  rate: z.optional(z.unknown()),
  s: z.optional(z.unknown()),
});

const wholeUpTo =
  (max: number) =>
  (value: unknown): value is number =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;
const isCount = wholeUpTo(CostInputsLimits.maxCount);
const isTasks = wholeUpTo(CostInputsLimits.maxTasksPerMonth);
const isDollars = wholeUpTo(CostInputsLimits.maxDollars);

const isString = (value: unknown): value is string => typeof value === 'string';

/** Collects the names of dropped parts for one scenario. */
class Drops {
  readonly parts: string[] = [];
  constructor(private readonly prefix: string) {}
  add(part: string): void {
    this.parts.push(`${this.prefix}${part}`);
  }
}

function decodeInference(raw: unknown, context: CostPricingContext, drops: Drops): CostInputs['inference'] {
  if (raw === 'ref' || raw === undefined) {
    if (raw === undefined) drops.add('inference');
    return { mode: 'reference' };
  }
  const tiers = context.content.assumptions.modelTiers.map((tier) => tier.id);
  if (isJsonObject(raw) && isTasks(raw.t)) {
    if (isString(raw.m) && tiers.includes(raw.m)) return { mode: 'volume', tasksPerMonth: raw.t, modelTier: raw.m };
    drops.add('model tier');
    return { mode: 'volume', tasksPerMonth: raw.t, modelTier: context.content.assumptions.defaultModelTier };
  }
  drops.add('inference');
  return { mode: 'reference' };
}

function decodeExcluded(raw: unknown, context: CostPricingContext, drops: Drops): Id[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    drops.add('excluded lines');
    return [];
  }
  const excluded: Id[] = [];
  for (const id of raw as unknown[]) {
    if (isString(id) && context.removableLineIds.includes(id) && !excluded.includes(id)) excluded.push(id);
    else drops.add(`excluded line ${excluded.length + 1}`);
  }
  return excluded;
}

function decodeOverrides(raw: unknown, context: CostPricingContext, drops: Drops): Record<Id, CostOverride> {
  const overrides: Record<Id, CostOverride> = {};
  if (raw === undefined) return overrides;
  if (!isJsonObject(raw)) {
    drops.add('quotes');
    return overrides;
  }
  const lineIds = new Set(context.content.costLines.map((line) => line.id));
  for (const [id, value] of Object.entries(raw)) {
    // Only ids the content defines become keys, so no hostile key is ever assigned.
    if (!lineIds.has(id) || !Array.isArray(value) || value.length !== 2) {
      drops.add('a quote');
      continue;
    }
    const [low, high] = value as unknown[];
    if (!isDollars(low) || !isDollars(high) || low > high) {
      drops.add(`quote for ${id}`);
      continue;
    }
    overrides[id] = { low, high };
  }
  return overrides;
}

function decodeScenario(raw: unknown, index: ScenarioIndex, context: CostContext, dropped: string[]): CostScenario {
  const fallbackName = context.scenarioNames[index];
  const defaults = defaultCostInputs(context.content);
  const drops = new Drops(`scenario ${index + 1}: `);
  if (!isJsonObject(raw)) {
    if (raw !== undefined) dropped.push(`scenario ${index + 1}`);
    return { name: fallbackName, inputs: defaults };
  }
  const name = isString(raw.n) ? parseScenarioName(raw.n) : null;
  if (!name?.ok) drops.add('name');
  const count = (value: unknown, part: string, fallback: number) => {
    if (isCount(value)) return value;
    drops.add(part);
    return fallback;
  };
  const deployments = context.content.assumptions.deployments.map((d) => d.id);
  const deploymentOk = isString(raw.d) && deployments.includes(raw.d);
  if (!deploymentOk) drops.add('deployment');
  const inputs: CostInputs = {
    workflows: count(raw.w, 'workflows', defaults.workflows),
    agents: count(raw.g, 'agents', defaults.agents),
    inference: decodeInference(raw.i, context, drops),
    deployment: deploymentOk ? (raw.d as Id) : defaults.deployment,
    excluded: decodeExcluded(raw.x, context, drops),
    overrides: decodeOverrides(raw.o, context, drops),
  };
  // Belt and braces: anything the checks above missed must not reach the estimate.
  if (costInputProblems(context.content, inputs).length > 0) {
    dropped.push(`scenario ${index + 1}`);
    return { name: fallbackName, inputs: defaults };
  }
  dropped.push(...drops.parts);
  return { name: name?.ok ? name.value : fallbackName, inputs };
}

function decodeCurrency(cur: unknown, rate: unknown, context: CostPricingContext, dropped: string[]): DisplayCurrency {
  const currency = context.content.assumptions.currencies.find((c) => c.code === cur);
  if (!currency) {
    if (cur !== undefined) dropped.push('currency');
    return { code: 'USD', ratePerUsd: 1 };
  }
  if (currency.code === 'USD') return { code: 'USD', ratePerUsd: 1 };
  if (typeof rate === 'number' && Number.isFinite(rate) && rate >= MIN_RATE && rate <= MAX_RATE)
    return { code: currency.code, ratePerUsd: rate };
  dropped.push('exchange rate');
  return { code: currency.code, ratePerUsd: currency.ratePerUsd };
}

/** Reads a cost section (already parsed from JSON) from storage or a share link. Never throws. */
export function decodeCostSection(raw: unknown, context: CostContext): DecodedCost {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success || !isJsonObject(raw)) return { state: null, problem: 'unreadable', dropped: [] };
  const { v, at, p, cur, rate, s } = envelope.data;
  if (v !== COST_STATE_VERSION) return { state: null, problem: 'unsupported-version', dropped: [] };

  const dropped: string[] = [];
  let scenarios: unknown[] = [];
  if (Array.isArray(s)) {
    scenarios = s as unknown[];
    if (scenarios.length > 2) dropped.push(`${scenarios.length - 2} extra scenario(s)`);
  } else {
    dropped.push('scenarios');
  }
  const first = decodeScenario(scenarios[0], 0, context, dropped);
  const second = decodeScenario(scenarios[1], 1, context, dropped);
  let active: ScenarioIndex = 0;
  if (at === 1) active = 1;
  else if (at !== 0 && at !== undefined) dropped.push('active scenario');
  if (p !== 0 && p !== 1 && p !== undefined) dropped.push('your plan');
  return {
    state: {
      scenarios: [first, second],
      active,
      // Absent means the first scenario, so states saved before the choice existed read the same.
      ...(p === 1 ? { plan: 1 as const } : {}),
      currency: decodeCurrency(cur, rate, context, dropped),
    },
    problem: null,
    dropped,
  };
}

/** Reads the stored state; `null` text (nothing stored) is a fresh start without a problem. */
export function decodeStoredCost(text: string | null, context: CostContext): DecodedCost {
  if (text === null) return { state: null, problem: null, dropped: [] };
  if (text.length > MAX_STORED_COST_LENGTH) return { state: null, problem: 'too-long', dropped: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Malformed or absurdly deep JSON: either way there is nothing to keep.
    return { state: null, problem: 'unreadable', dropped: [] };
  }
  return decodeCostSection(json, context);
}

function mergeScenario(base: CostScenario, older: CostScenario, newer: CostScenario): CostScenario {
  const field = <K extends keyof CostInputs>(key: K): CostInputs[K] =>
    mergeField(base.inputs[key], older.inputs[key], newer.inputs[key], jsonEqual);
  return {
    name: mergeField(base.name, older.name, newer.name),
    inputs: {
      workflows: field('workflows'),
      agents: field('agents'),
      inference: field('inference'),
      deployment: field('deployment'),
      excluded: field('excluded'),
      overrides: mergeRecord(base.inputs.overrides, older.inputs.overrides, newer.inputs.overrides, jsonEqual),
    },
  };
}

/**
 * The codec the persistent store keeps the calculator with. Each input of each scenario merges
 * as a field (each quote on its own). Nothing is "empty": the untouched reference programme is
 * stored as what it is, so the report can say the estimate is the reference, not missing.
 */
export function costCodec(context: CostContext): StoredCodec<CostState> {
  return {
    maxLength: MAX_STORED_COST_LENGTH,
    empty: () => initialCostState(context),
    encode: (state) => encodeStoredCost(state, context),
    decode: (text) => {
      const { state, problem, dropped } = decodeStoredCost(text, context);
      if (problem) return { value: null, problem: { kind: problem === 'too-long' ? 'too-long' : 'unreadable' } };
      return { value: state, problem: dropped.length > 0 ? { kind: 'partial', count: dropped.length } : null };
    },
    merge: (base, older, newer) => {
      // Absent means the first scenario (see CostState.plan); only a 1 is written.
      const plan = mergeField(base.plan ?? 0, older.plan ?? 0, newer.plan ?? 0);
      return {
        scenarios: [
          mergeScenario(base.scenarios[0], older.scenarios[0], newer.scenarios[0]),
          mergeScenario(base.scenarios[1], older.scenarios[1], newer.scenarios[1]),
        ],
        active: mergeField(base.active, older.active, newer.active),
        ...(plan === 1 ? { plan } : {}),
        currency: mergeField(base.currency, older.currency, newer.currency, jsonEqual),
      };
    },
    isEmpty: () => false,
    equal: (a, b) => encodeStoredCost(a, context) === encodeStoredCost(b, context),
  };
}

/*
 * "Untouched" below means: what a fresh visit starts with today, its names included, so both rules
 * compare a scenario's name with the default name the content gives its place (`scenarioNames`),
 * never with fixed English. A stored state named with the content's default words, as every state
 * saved before the names moved to content is ("As planned", "Narrowed"), reads exactly as before.
 * If the content later renames the defaults, a state stored under the old words keeps them (they
 * are the user's data) and counts as renamed: the second scenario shows, and a share link asks
 * before replacing it rather than replacing it unasked. That errs on the side that loses nothing,
 * and needs no "renamed" flag in the stored format, so old links and files decode unchanged.
 */

/** Whether a state is the untouched reference programme (what a fresh visit shows). */
export function isReferenceCost(state: CostState, context: CostContext): boolean {
  return encodeStoredCost(state, context) === encodeStoredCost(initialCostState(context), context);
}

/**
 * Whether /cost/ shows the second scenario. The state always stores two (so the codec, share
 * links and merges stay as they are), but the page opens with one plan and offers the second on
 * request. Rather than store a "comparing" flag, it is derived: the second scenario is in use when
 * it is being edited, is the user's plan, or is no longer the untouched reference scenario a fresh
 * visit starts with (its inputs changed, or its name is not the content's default for it). "Compare with another scenario" copies the
 * plan into it and edits it, so it shows from that moment and after a reload. Editing only the
 * first scenario never brings up the second.
 */
export function secondScenarioInUse(state: CostState, context: CostContext): boolean {
  if (state.active === 1 || state.plan === 1) return true;
  const untouched = initialCostState(context).scenarios[1];
  const second = state.scenarios[1];
  return second.name !== untouched.name || !jsonEqual(second.inputs, untouched.inputs);
}
