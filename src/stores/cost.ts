/**
 * The cost calculator's state: two scenarios, the one being edited, the display currency.
 * Components call the actions exported here and never set the stores directly. Persisted under
 * STORAGE_KEYS.cost; a share link with a cost section, when present, replaces it (with a notice).
 */
import { atom } from 'nanostores';
import { STORAGE_KEYS } from '../consts';
import type { DisplayCurrency } from '../domain/cost-state';
import {
  decodeCostSection,
  decodeStoredCost,
  encodeStoredCost,
  encodeCostSection,
  initialCostState,
  type CostContext,
  type CostScenario,
  type CostState,
  type DecodedCost,
  type ScenarioIndex,
} from '../domain/cost-state';
import { decodeShareFragment, encodeShareFragment, isShareFragment } from '../domain/share-codec';
import { readStored, removeStored, writeStored } from './storage';
import { showNotice } from './notices';

/** null until `initCost` has loaded what this device (or a share link) holds. */
export const $cost = atom<CostState | null>(null);

/**
 * Bumped whenever the state is replaced from outside the form (loaded, opened from a link, reset,
 * a scenario copied), so the form knows to show the new values rather than keep its own text.
 */
export const $costRevision = atom(0);

let context: CostContext | undefined;
let unsubscribePersistence: (() => void) | undefined;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function current(): CostState {
  const state = $cost.get();
  if (!state || !context) throw new Error('initCost must run before the cost actions');
  return state;
}

function replace(state: CostState): void {
  $cost.set(state);
  $costRevision.set($costRevision.get() + 1);
}

/**
 * Loads the saved state (or a share link's) once the island knows the content, then keeps
 * localStorage in step. Safe to call again; later calls re-read.
 */
export function initCost(costContext: CostContext, fragment: string): void {
  context = costContext;
  unsubscribePersistence?.();
  const pristine = encodeStoredCost(initialCostState(costContext), costContext);
  const persist = (state: CostState | null) => {
    if (!state) return;
    const encoded = encodeStoredCost(state, costContext);
    // The reference programme is what a fresh visit shows anyway; keep the device clean.
    if (encoded === pristine) removeStored(STORAGE_KEYS.cost.key);
    else if (encoded !== readStored(STORAGE_KEYS.cost.key)) writeStored(STORAGE_KEYS.cost.key, encoded);
  };
  replace(loadInitialState(costContext, fragment));
  // Saved at once, not at the next change: an estimate opened from a link must survive a reload,
  // and a saved value with unreadable parts is replaced by its cleaned-up form.
  persist($cost.get());
  unsubscribePersistence = $cost.listen(persist);
}

function loadInitialState(costContext: CostContext, fragment: string): CostState {
  const stored = decodeStoredCost(readStored(STORAGE_KEYS.cost.key), costContext);
  if (stored.problem || stored.dropped.length > 0) {
    if (stored.problem) removeStored(STORAGE_KEYS.cost.key);
    showNotice({
      id: 'stored-cost',
      tone: 'info',
      message: stored.state
        ? `${plural(stored.dropped.length, 'part', 'parts')} of the estimate saved on this device could not be read and ${stored.dropped.length === 1 ? 'was' : 'were'} reset to the reference programme. Everything else is as you left it.`
        : 'The estimate saved on this device could not be read, so the calculator starts from the reference programme.',
    });
  }
  const base = stored.state ?? initialCostState(costContext);
  if (!isShareFragment(fragment)) return base;

  const shared = decodeShareFragment(fragment, []);
  // A link without a cost section (a diagnostic link) is not for this page.
  if (shared.payload && shared.payload.cost === undefined) return base;
  const section: DecodedCost = shared.payload
    ? decodeCostSection(shared.payload.cost, costContext)
    : {
        state: null,
        problem: shared.problems[0]?.kind === 'unsupported-version' ? 'unsupported-version' : 'unreadable',
        dropped: [],
      };
  if (!section.state) {
    showNotice({
      id: 'share-link',
      tone: 'warning',
      message:
        section.problem === 'unsupported-version'
          ? 'This share link comes from a different version of Readiness and could not be opened. Your own estimate is unchanged.'
          : 'This share link could not be read — it may have been cut short when copied. Your own estimate is unchanged.',
    });
    return base;
  }
  const count = section.dropped.length;
  showNotice({
    id: 'share-link',
    tone: count > 0 ? 'warning' : 'info',
    message:
      count > 0
        ? `Opened an estimate from a share link. ${plural(count, 'part', 'parts')} of the link could not be read and ${count === 1 ? 'was' : 'were'} set to the reference programme instead.`
        : 'Opened an estimate from a share link. It replaces any estimate on this device and is saved here only.',
  });
  return section.state;
}

/** Saves a valid scenario from the form (name and inputs). */
export function updateScenario(index: ScenarioIndex, scenario: CostScenario): void {
  const state = current();
  const scenarios: [CostScenario, CostScenario] = [...state.scenarios];
  scenarios[index] = scenario;
  $cost.set({ ...state, scenarios });
}

/** Switches the scenario the form edits. */
export function editScenario(index: ScenarioIndex): void {
  const state = current();
  if (state.active !== index) $cost.set({ ...state, active: index });
}

/** Marks the scenario the user calls their plan: the one the report and the PDF lead with. */
export function choosePlan(index: ScenarioIndex): void {
  const state = current();
  if ((state.plan ?? 0) !== index) $cost.set({ ...state, plan: index });
}

/** Replaces scenario `to` with a copy of scenario `from`'s inputs (keeping `to`'s name). */
export function copyScenario(from: ScenarioIndex, to: ScenarioIndex): void {
  const state = current();
  const scenarios: [CostScenario, CostScenario] = [...state.scenarios];
  scenarios[to] = { name: state.scenarios[to].name, inputs: state.scenarios[from].inputs };
  replace({ ...state, scenarios });
}

export function setDisplayCurrency(currency: DisplayCurrency): void {
  const state = current();
  if (state.currency.code !== currency.code || state.currency.ratePerUsd !== currency.ratePerUsd)
    $cost.set({ ...state, currency });
}

/** Back to the reference programme in both scenarios (the caller confirms with the user first). */
export function resetCost(): void {
  current();
  removeStored(STORAGE_KEYS.cost.key);
  replace(initialCostState(context as CostContext));
}

/** The share fragment (with leading '#') for both scenarios and the currency; no answers. */
export function costShareFragment(): string {
  // Question ids only matter for an answers section, which a cost link does not carry.
  return `#${encodeShareFragment({ cost: encodeCostSection(current(), context as CostContext) }, [])}`;
}
