/**
 * The cost calculator's state: two scenarios, the one being edited, the display currency.
 * Components call the actions exported here and never set the stores directly. Persisted under
 * STORAGE_KEYS.cost through the persistent store, the untouched reference programme included
 * (the report then says the estimate is the reference, not that it is missing). A share link with
 * a cost section is saved at once when this device holds only the reference programme, and
 * otherwise offered beside the device's own plan until the user chooses.
 */
import { atom } from 'nanostores';
import { STORAGE_KEYS } from '../consts';
import {
  costCodec,
  decodeStoredCost,
  encodeCostSection,
  initialCostState,
  isReferenceCost,
  parseScenarioName,
  type CostContext,
  type CostScenario,
  type CostState,
  type DisplayCurrency,
  type ScenarioIndex,
} from '../domain/cost-state';
import { isValidCostInputs } from '../domain/cost-inputs';
import type { CostDifferencesText } from '../domain/share-choice';
import type { IslandText } from '../schemas/page-wording';
import { isShareFragment } from '../domain/share-fragment';
import { createPersistentStore, registerUnsavedSource, reportUnsaved, type PersistentStore } from './persistent-store';
import { browserBackend, type StorageBackend } from './storage';

/** What the calculator says about a share link, from content/pages/cost.md (`text`). */
export type CostShareText = CostDifferencesText &
  Pick<
    IslandText<'cost'>,
    | 'link-dropped-one'
    | 'link-dropped-many'
    | 'link-same'
    | 'link-opened'
    | 'link-differs'
    | 'link-replace'
    | 'link-replaced'
    | 'link-keep'
    | 'link-kept'
    | 'link-unsupported'
    | 'link-unreadable'
    | 'link-for-diagnostic'
    | 'link-open-diagnostic'
  >;

export interface InitCostOptions {
  /** Called once a share link in the fragment has been dealt with (saved, declined or unreadable). */
  onShareSettled?: () => void;
  /** The page shows the estimate (the calculator): save it, the untouched reference included. */
  shown?: boolean;
  /** The words of the notices about a share link; needed only where a link can be opened. */
  text?: CostShareText;
}

export function createCostStore(backend: StorageBackend = browserBackend) {
  /** null until `initCost` has loaded what this device (or a share link) holds. */
  const $cost = atom<CostState | null>(null);
  /**
   * Bumped whenever the state is replaced from outside the form (loaded, opened from a link,
   * reset, a scenario copied, another tab's change), so the form shows the new values rather
   * than keep its own text.
   */
  const $costRevision = atom(0);
  let context: CostContext | undefined;
  let store: PersistentStore<CostState> | undefined;
  let stopMirror: (() => void) | undefined;

  function loaded(): { store: PersistentStore<CostState>; context: CostContext; state: CostState } {
    if (!store || !context) throw new Error('initCost must run before the cost actions');
    return { store, context, state: store.$value.get() };
  }

  const bump = () => $costRevision.set($costRevision.get() + 1);

  function replace(state: CostState): boolean {
    const ok = loaded().store.set(state);
    if (ok) bump();
    return ok;
  }

  const update = (change: (state: CostState) => CostState) => loaded().store.set(change(loaded().state));

  return {
    $cost,
    $costRevision,
    /**
     * On the calculator, as soon as its page is interactive, before the calculator's own code has
     * arrived: when this device holds no estimate, the reference programme the page already shows
     * is saved, so a visitor who moves on within that moment (to the report, say) keeps it. The
     * store is loaded later by initCost, which then finds this same reference. Nothing stored is
     * ever replaced, and nothing is written once the store is loaded.
     */
    keepShownReference(costContext: CostContext): void {
      if (store || backend.read(STORAGE_KEYS.cost.key) !== null) return;
      backend.write(STORAGE_KEYS.cost.key, costCodec(costContext).encode(initialCostState(costContext)));
    },
    /**
     * Loads the saved state once the island knows the content; on the calculator, saves it (the
     * reference programme too: it is what the page shows). Then deals with a share link: the
     * promise settles once the link has been read (saved, or offered beside this device's plan).
     * Safe to call again.
     */
    initCost(costContext: CostContext, fragment: string, options: InitCostOptions = {}): Promise<void> {
      // The calculator shows the estimate, so it saves it; other pages only read it.
      const shown = options.shown ?? false;
      if (!store) {
        context = costContext;
        const created = createPersistentStore<CostState>({
          key: STORAGE_KEYS.cost.key,
          codec: costCodec(costContext),
          store: 'cost',
          backend,
          onWriteFailed: () => reportUnsaved('session'),
          // Which scenario this tab edits is its own.
          keepLocal: (merged, mine) => ({ ...merged, active: mine.active }),
          onExternalChange: bump,
        });
        store = created;
        created.load();
        if (shown && created.storedText() === null) created.save();
        stopMirror = created.$value.subscribe((state) => $cost.set(state));
        registerUnsavedSource('cost', () => encodeCostSection(created.$value.get(), costContext));
        bump();
      }
      if (!isShareFragment(fragment)) return Promise.resolve();
      const { text } = options;
      if (!text) throw new Error('initCost: opening a share link needs the page’s words (options.text)');
      // Most visits carry no link: the code that opens one is loaded only for those that do.
      return import('./cost-link').then(({ openCostLink }) =>
        openCostLink(fragment, {
          state: () => loaded().state,
          context: loaded().context,
          replace,
          onSettled: options.onShareSettled ?? (() => undefined),
          text,
        }),
      );
    },
    /** Saves a scenario from the form. False, and nothing changes, unless it is valid. */
    updateScenario(index: ScenarioIndex, scenario: CostScenario): boolean {
      const { context: ctx } = loaded();
      const name = parseScenarioName(scenario.name);
      if (!name.ok || !isValidCostInputs(ctx.content, scenario.inputs)) return false;
      return update((state) => {
        const scenarios: [CostScenario, CostScenario] = [...state.scenarios];
        scenarios[index] = { name: name.value, inputs: scenario.inputs };
        return { ...state, scenarios };
      });
    },
    /** Switches the scenario the form edits. */
    editScenario(index: ScenarioIndex): void {
      if (loaded().state.active !== index) update((state) => ({ ...state, active: index }));
    },
    /** Marks the scenario the user calls their plan: the one the report and the PDF lead with. */
    choosePlan(index: ScenarioIndex): void {
      if ((loaded().state.plan ?? 0) !== index) update((state) => ({ ...state, plan: index }));
    },
    /** Replaces scenario `to` with a copy of scenario `from`'s inputs (keeping `to`'s name). */
    copyScenario(from: ScenarioIndex, to: ScenarioIndex): void {
      const { state } = loaded();
      const scenarios: [CostScenario, CostScenario] = [...state.scenarios];
      scenarios[to] = { name: state.scenarios[to].name, inputs: state.scenarios[from].inputs };
      replace({ ...state, scenarios });
    },
    setDisplayCurrency(currency: DisplayCurrency): void {
      const { state } = loaded();
      if (state.currency.code !== currency.code || state.currency.ratePerUsd !== currency.ratePerUsd)
        update((current) => ({ ...current, currency }));
    },
    /** Back to the reference programme in both scenarios (the caller confirms with the user first). */
    resetCost(): void {
      replace(initialCostState(loaded().context));
    },
    /** Replaces the whole state (an import). False when it would not fit storage. */
    replaceCost(state: CostState): boolean {
      return replace(state);
    },
    /** Whether a state would fit in storage (imports are refused otherwise). */
    costFits(state: CostState): boolean {
      return loaded().store.fits(state);
    },
    /** Clears the stored estimate, loaded or not (New session from any page). */
    clearCost(): void {
      // On the calculator the reference programme is what shows, so it is what is saved.
      if (store) replace(initialCostState(loaded().context));
      else backend.remove(STORAGE_KEYS.cost.key);
    },
    /** Whether the state is the untouched reference programme. */
    isReference(): boolean {
      const { state, context: ctx } = loaded();
      return isReferenceCost(state, ctx);
    },
    /**
     * The share fragment (with leading '#') for both scenarios and the currency; no answers. The
     * codec is loaded when a link is made: most visitors never make one.
     */
    costShareFragment(): Promise<string> {
      const { state, context: ctx } = loaded();
      const cost = encodeCostSection(state, ctx);
      // Question ids only matter for an answers section, which a cost link does not carry.
      return import('../domain/share-codec').then(({ encodeShareFragment }) => `#${encodeShareFragment({ cost }, [])}`);
    },
    /** Tests only: back to a store that has loaded nothing. */
    reset(): void {
      stopMirror?.();
      store?.reset();
      store = undefined;
      context = undefined;
      $cost.set(null);
    },
  };
}

const cost = createCostStore();

export const {
  $cost,
  $costRevision,
  keepShownReference,
  initCost,
  updateScenario,
  editScenario,
  choosePlan,
  copyScenario,
  setDisplayCurrency,
  resetCost,
  replaceCost,
  costFits,
  clearCost,
  costShareFragment,
} = cost;

/** Whether the loaded estimate is the untouched reference programme. */
export const isCostReference = cost.isReference;

/**
 * The estimate saved on this device, read without loading the calculator (History, "Save this
 * result"): null when the calculator was never opened here.
 */
export function readSavedCost(context: CostContext): CostState | null {
  return decodeStoredCost(browserBackend.read(STORAGE_KEYS.cost.key), context).state;
}
