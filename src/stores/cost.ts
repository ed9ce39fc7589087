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
  decodeCostSection,
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
import { costDifferences, shareOutcome, type CostDifferencesText } from '../domain/share-choice';
import { fillSlots } from '../domain/fill-slots';
import type { IslandText } from '../schemas/page-wording';
import {
  decodeShareFragment,
  encodeShareFragment,
  isPackedShareFragment,
  isShareFragment,
  type DecodedShare,
} from '../domain/share-codec';
import { createPersistentStore, registerUnsavedSource, reportUnsaved, type PersistentStore } from './persistent-store';
import { browserBackend, type StorageBackend } from './storage';
import { dismissNotice, showNotice } from './notices';

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

  function openShared(shared: CostState, dropped: number, onSettled: () => void, text: CostShareText): void {
    const { state, context: ctx } = loaded();
    // Which scenario each side was editing is not part of the plan.
    const samePlan = (a: CostState, b: CostState) =>
      JSON.stringify(encodeCostSection({ ...a, active: 0 }, ctx)) ===
      JSON.stringify(encodeCostSection({ ...b, active: 0 }, ctx));
    const outcome = shareOutcome(state, shared, isReferenceCost(state, ctx), samePlan);
    const droppedNote =
      dropped === 0
        ? ''
        : ` ${dropped === 1 ? text['link-dropped-one'] : fillSlots(text['link-dropped-many'], { count: dropped })}`;
    if (outcome !== 'ask') {
      if (outcome === 'adopt') replace(shared);
      onSettled();
      showNotice({
        id: 'share-link',
        tone: dropped > 0 ? 'warning' : 'info',
        message: (outcome === 'same' ? text['link-same'] : text['link-opened']) + droppedNote,
      });
      return;
    }
    showNotice({
      id: 'share-link',
      tone: 'warning',
      dismissible: false,
      message: text['link-differs'] + droppedNote,
      details: costDifferences(state, shared, text),
      actions: [
        {
          kind: 'run',
          label: text['link-replace'],
          run: () => {
            replace(shared);
            onSettled();
            showNotice({
              id: 'share-link',
              tone: 'info',
              message: text['link-replaced'],
            });
          },
        },
        {
          kind: 'run',
          label: text['link-keep'],
          run: () => {
            onSettled();
            dismissNotice('share-link');
            showNotice({
              id: 'share-link',
              tone: 'info',
              message: text['link-kept'],
            });
          },
        },
      ],
    });
  }

  function openFragment(fragment: string, onSettled: () => void, text: CostShareText): void {
    // A version 2 link (the results' link with documents and decisions) is read by its own module.
    if (isPackedShareFragment(fragment)) {
      void import('../domain/share-link').then(({ decodeShareLink }) =>
        decodeShareLink(fragment, []).then((shared) => openDecoded(shared, onSettled, text)),
      );
      return;
    }
    openDecoded(decodeShareFragment(fragment, []), onSettled, text);
  }

  function openDecoded(shared: DecodedShare, onSettled: () => void, text: CostShareText): void {
    const ctx = loaded().context;
    // A link without a cost section (a diagnostic link) is not for this page.
    if (shared.payload && shared.payload.cost === undefined) return;
    const section = shared.payload ? decodeCostSection(shared.payload.cost, ctx) : null;
    if (!section?.state) {
      onSettled();
      const unsupported =
        section?.problem === 'unsupported-version' || shared.problems[0]?.kind === 'unsupported-version';
      showNotice({
        id: 'share-link',
        tone: 'warning',
        message: unsupported ? text['link-unsupported'] : text['link-unreadable'],
      });
      return;
    }
    openShared(section.state, section.dropped.length, onSettled, text);
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
     * reference programme too: it is what the page shows). Then deals with a share link. Safe to
     * call again.
     */
    initCost(costContext: CostContext, fragment: string, options: InitCostOptions = {}): void {
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
      if (!isShareFragment(fragment)) return;
      if (!options.text) throw new Error('initCost: opening a share link needs the page’s words (options.text)');
      openFragment(fragment, options.onShareSettled ?? (() => undefined), options.text);
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
    /** The share fragment (with leading '#') for both scenarios and the currency; no answers. */
    costShareFragment(): string {
      const { state, context: ctx } = loaded();
      // Question ids only matter for an answers section, which a cost link does not carry.
      return `#${encodeShareFragment({ cost: encodeCostSection(state, ctx) }, [])}`;
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
