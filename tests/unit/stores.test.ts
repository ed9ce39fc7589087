/**
 * Every store through the persistent-store primitive, with an in-memory Storage and simulated
 * `storage` events: loading under what was done first, two tabs converging, share links asking
 * before they replace anything, the untouched reference estimate saved as such, invalid input
 * never committed, imports refused at the size storage would refuse, unreadable data kept aside,
 * and storage that refuses everything.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '../../src/consts';
import { createAssessmentStore } from '../../src/stores/assessment';
import { createCostStore } from '../../src/stores/cost';
import { createHistoryStore } from '../../src/stores/history';
import { createSessionStore } from '../../src/stores/session';
import { $notices, type Notice, type NoticeAction, type NoticeWords } from '../../src/stores/notices';
import { storageText } from '../../src/domain/storage-notice';
import { encodeShareFragment } from '../../src/domain/share-codec';
import { encodeCostSection, initialCostState, isReferenceCost, type CostState } from '../../src/domain/cost-state';
import { MAX_NOTE_LENGTH } from '../../src/domain/session-state';
import type { Snapshot } from '../../src/domain/history';
import { createTabs, MemoryStorage } from '../helpers/memory-storage';
import { QUESTION_IDS } from '../helpers/reference-content';
import { context } from './cost-arbitraries';
import { loadPageText } from '../helpers/load-content';
import { fillSlots } from '../../src/domain/fill-slots';
import { patience } from '../helpers/patience';

// The calculator's words for share-link notices, from content/pages/cost.md.
const costText = loadPageText('cost');
const assessmentText = loadPageText('assessment');

const IDS = [...QUESTION_IDS];
/** The questions as a page gives them to open a link: the reference content's labels. */
const QUESTIONS = IDS.map((id) => ({ id, label: `Label ${id}` }));
const ANSWERS = STORAGE_KEYS.answers.key;
const COST = STORAGE_KEYS.cost.key;
const SESSION = STORAGE_KEYS.session.key;
const HISTORY = STORAGE_KEYS.history.key;
const ASIDE = STORAGE_KEYS.setAside.key;

/** How long a test waits for a module loaded on demand: far more than it takes, even on a busy machine. */
const MODULE_LOAD_TIMEOUT_MS = patience(20_000);
const notice = (id: string): Notice | undefined => $notices.get().find((n) => n.id === id);
/**
 * Rare notices come from a module loaded on demand: wait for it. The wait is long on purpose:
 * vitest's default second was not enough once, for a first import beside the rest of `npm test`.
 */
const shown = (id: string) =>
  vi.waitFor(
    () => {
      if (!notice(id)) throw new Error(`no notice ${id} yet`);
    },
    { timeout: MODULE_LOAD_TIMEOUT_MS },
  );
/** A notice's words as the page shows them: the storage layer's from the diagnostic's file. */
const worded = (words: NoticeWords): string => (typeof words === 'string' ? words : storageText(words, assessmentText));
const action = (id: string, label: RegExp): NoticeAction => {
  const found = notice(id)?.actions?.find((a) => label.test(worded(a.label)));
  if (!found) throw new Error(`no action ${label} on notice ${id}`);
  return found;
};
const run = (a: NoticeAction) => {
  if (a.kind !== 'run') throw new Error('not a run action');
  a.run();
};
/** Runs an action that opens another address, and returns that address. */
const openedAt = (a: NoticeAction): string => {
  const assign = vi.fn<(url: string) => void>();
  vi.stubGlobal('window', { location: { assign } });
  try {
    run(a);
  } finally {
    vi.unstubAllGlobals();
  }
  expect(assign).toHaveBeenCalledOnce();
  return String(assign.mock.calls[0]![0]);
};
const storedAnswers = (storage: MemoryStorage) =>
  (JSON.parse(storage.getItem(ANSWERS) ?? '{"answers":{}}') as { answers: Record<string, string> }).answers;

beforeEach(() => $notices.set([]));
afterEach(() => $notices.set([]));

describe('assessment store', () => {
  it('merges stored answers under an answer given before it loaded', () => {
    const { storage, backends } = createTabs(1);
    storage.setItem(ANSWERS, JSON.stringify({ v: 1, answers: { [IDS[0]!]: 'n', [IDS[1]!]: 'y' }, at: IDS[2] }));
    const tab = createAssessmentStore(backends[0]);
    tab.answerQuestion(IDS[0]!, 'yes');
    tab.initAssessment(IDS, '');
    expect(tab.$assessment.get().answers).toEqual({ [IDS[0]!]: 'yes', [IDS[1]!]: 'yes' });
    expect(storedAnswers(storage)).toEqual({ [IDS[0]!]: 'y', [IDS[1]!]: 'y' });
  });

  it('never opens results for stored answers that are not complete', () => {
    const { storage, backends } = createTabs(1);
    storage.setItem(ANSWERS, JSON.stringify({ v: 1, answers: { [IDS[0]!]: 'y' }, at: '@results' }));
    const tab = createAssessmentStore(backends[0]);
    tab.initAssessment(IDS, '');
    expect(tab.$assessment.get().position).toEqual({ screen: 'check' });
  });

  it('two tabs converge answer by answer, even when both write before hearing of the other', () => {
    const { storage, backends, deliver } = createTabs(2);
    const a = createAssessmentStore(backends[0]);
    const b = createAssessmentStore(backends[1]);
    a.initAssessment(IDS, '');
    b.initAssessment(IDS, '');
    for (const id of IDS.slice(0, 5)) a.answerQuestion(id, 'yes');
    // B was opened earlier and has not heard of A's answers yet.
    b.answerQuestion(IDS[9]!, 'no');
    expect(Object.keys(storedAnswers(storage))).toHaveLength(6);
    deliver();
    expect(Object.keys(a.$assessment.get().answers)).toHaveLength(6);
    expect(b.$assessment.get().answers).toEqual(a.$assessment.get().answers);
  });

  it('keeps each tab on its own question when the other answers', () => {
    const { backends, deliver } = createTabs(2);
    const a = createAssessmentStore(backends[0]);
    const b = createAssessmentStore(backends[1]);
    a.initAssessment(IDS, '');
    b.initAssessment(IDS, '');
    a.goTo({ screen: 'question', questionId: IDS[6]! });
    b.answerQuestion(IDS[0]!, 'unsure');
    b.goTo({ screen: 'question', questionId: IDS[1]! });
    deliver();
    expect(a.$assessment.get().position).toEqual({ screen: 'question', questionId: IDS[6] });
    expect(a.$assessment.get().answers[IDS[0]!]).toBe('unsure');
  });

  it('last writer wins only on the same answer', () => {
    const { backends, deliver } = createTabs(2);
    const a = createAssessmentStore(backends[0]);
    const b = createAssessmentStore(backends[1]);
    a.initAssessment(IDS, '');
    b.initAssessment(IDS, '');
    a.answerQuestion(IDS[0]!, 'yes');
    b.answerQuestion(IDS[0]!, 'no');
    deliver();
    expect(a.$assessment.get().answers[IDS[0]!]).toBe('no');
    expect(b.$assessment.get().answers[IDS[0]!]).toBe('no');
  });

  describe('share links', () => {
    const link = (answers: Record<string, 'yes' | 'no' | 'unsure'>) => `#${encodeShareFragment({ answers }, IDS)}`;
    const all = (value: 'yes' | 'no') => Object.fromEntries(IDS.map((id) => [id, value]));

    it('are saved at once on a device with no answers, and open results when complete', async () => {
      const { storage, backends } = createTabs(1);
      const tab = createAssessmentStore(backends[0]);
      let settled = false;
      await tab.initAssessment(IDS, link(all('yes')), {
        onShareSettled: () => (settled = true),
        text: assessmentText,
        questions: QUESTIONS,
      });
      expect(settled).toBe(true);
      expect(Object.values(storedAnswers(storage))).toEqual(IDS.map(() => 'y'));
      expect(tab.$assessment.get().position).toEqual({ screen: 'results' });
      expect(notice('share-link')?.message).toMatch(/saved them on this device/);
    });

    it('ask before replacing different answers, summarise the difference, and keep both until chosen', async () => {
      const { storage, backends } = createTabs(1);
      storage.setItem(ANSWERS, JSON.stringify({ v: 1, answers: { [IDS[0]!]: 'n', [IDS[1]!]: 'y' }, at: '@check' }));
      const tab = createAssessmentStore(backends[0]);
      let settled = false;
      await tab.initAssessment(IDS, link({ [IDS[0]!]: 'yes', [IDS[1]!]: 'yes' }), {
        onShareSettled: () => (settled = true),
        text: assessmentText,
        questions: QUESTIONS,
      });
      expect(settled).toBe(false);
      expect(tab.$assessment.get().answers[IDS[0]!]).toBe('no');
      expect(storedAnswers(storage)[IDS[0]!]).toBe('n');
      expect(notice('share-link')?.details).toEqual([
        `Question 1, Label ${IDS[0]}: Yes in the link, No on this device`,
      ]);
      expect(notice('share-link')?.dismissible).toBe(false);
      // Answering meanwhile keeps the user's own work, and the choice is still open.
      tab.answerQuestion(IDS[2]!, 'yes');
      run(action('share-link', /Replace/));
      expect(settled).toBe(true);
      expect(storedAnswers(storage)).toEqual({ [IDS[0]!]: 'y', [IDS[1]!]: 'y' });
      expect(notice('share-link')?.message).toMatch(/replaced by the share link/);
    });

    it('keep mine leaves the device as it was', async () => {
      const { storage, backends } = createTabs(1);
      const before = JSON.stringify({ v: 1, answers: { [IDS[0]!]: 'n' }, at: '@check', view: 'step' });
      storage.setItem(ANSWERS, before);
      const tab = createAssessmentStore(backends[0]);
      await tab.initAssessment(IDS, link(all('yes')), { text: assessmentText, questions: QUESTIONS });
      run(action('share-link', /Keep my answers/));
      expect(storedAnswers(storage)).toEqual({ [IDS[0]!]: 'n' });
      expect(notice('share-link')?.message).toMatch(/Kept your own answers/);
    });

    it('say so when the link holds the same answers', async () => {
      const { storage, backends } = createTabs(1);
      storage.setItem(ANSWERS, JSON.stringify({ v: 1, answers: { [IDS[0]!]: 'y' }, at: '@check' }));
      const tab = createAssessmentStore(backends[0]);
      await tab.initAssessment(IDS, link({ [IDS[0]!]: 'yes' }), { text: assessmentText, questions: QUESTIONS });
      expect(notice('share-link')?.message).toMatch(/same answers/);
    });

    it('word their notices with the page file’s words, slots filled', async () => {
      const marked = Object.fromEntries(
        Object.entries(assessmentText).map(([key, value]) => [key, `«${key}» ${value}`]),
      ) as typeof assessmentText;
      const { storage, backends } = createTabs(1);
      storage.setItem(ANSWERS, JSON.stringify({ v: 1, answers: { [IDS[0]!]: 'n', [IDS[1]!]: 'u' }, at: '@check' }));
      const tab = createAssessmentStore(backends[0]);
      await tab.initAssessment(IDS, link({ [IDS[0]!]: 'yes', [IDS[1]!]: 'yes' }), {
        text: marked,
        questions: QUESTIONS,
      });
      expect(notice('share-link')?.message).toBe(
        `«link-answers-differ-many» ${fillSlots(assessmentText['link-answers-differ-many'], { count: 2 })}`,
      );
      expect(notice('share-link')?.details).toEqual([
        `«link-answer-differs» Question 1, Label ${IDS[0]}: «answer-yes» Yes in the link, «answer-no» No on this device`,
        `«link-answer-differs» Question 2, Label ${IDS[1]}: «answer-yes» Yes in the link, «answer-unsure» Not sure on this device`,
      ]);
      run(action('share-link', /^«link-answers-keep» Keep my answers$/));
      expect(notice('share-link')?.message).toBe(`«link-answers-kept» ${assessmentText['link-answers-kept']}`);

      // One question differing, a link that cannot be read, one of another version.
      const one = createTabs(1);
      one.storage.setItem(ANSWERS, JSON.stringify({ v: 1, answers: { [IDS[0]!]: 'n' }, at: '@check' }));
      await createAssessmentStore(one.backends[0]).initAssessment(IDS, link({ [IDS[0]!]: 'yes' }), {
        text: marked,
        questions: QUESTIONS,
      });
      expect(notice('share-link')?.message).toBe(
        `«link-answers-differ-one» ${assessmentText['link-answers-differ-one']}`,
      );
      await createAssessmentStore(createTabs(1).backends[0]).initAssessment(IDS, `${link({})}%%%`, {
        text: marked,
        questions: QUESTIONS,
      });
      expect(notice('share-link')?.message).toBe(`«link-unreadable» ${assessmentText['link-unreadable']}`);
      await createAssessmentStore(createTabs(1).backends[0]).initAssessment(IDS, link({ [IDS[0]!]: 'yes' }), {
        text: marked,
        questions: QUESTIONS,
      });
      expect(notice('share-link')?.message).toBe(`«link-answers-opened» ${assessmentText['link-answers-opened']}`);
      // A page that can open a link must give its words: none are made up here.
      expect(() => createAssessmentStore(createTabs(1).backends[0]).initAssessment(IDS, link({}))).toThrow(
        /needs the page’s words/,
      );
      // Nor are question names: a notice never falls back to ids.
      expect(() =>
        createAssessmentStore(createTabs(1).backends[0]).initAssessment(IDS, link({}), { text: marked }),
      ).toThrow(/needs every question’s label/);
    });
  });

  it('offers a cost estimate’s link on the calculator, the answers left as they are', async () => {
    const { storage, backends } = createTabs(1);
    storage.setItem(ANSWERS, JSON.stringify({ v: 1, answers: { [IDS[0]!]: 'n' }, at: '@check' }));
    const costLink = `#${encodeShareFragment({ cost: { v: 1 } }, [])}`;
    let settled = false;
    await createAssessmentStore(backends[0]).initAssessment(IDS, costLink, {
      text: assessmentText,
      questions: QUESTIONS,
      onShareSettled: () => (settled = true),
    });
    expect(storedAnswers(storage)).toEqual({ [IDS[0]!]: 'n' });
    expect(settled).toBe(true);
    expect(notice('share-link')?.message).toBe(assessmentText['link-for-cost']);
    expect(openedAt(action('share-link', /^Open it in the cost calculator$/))).toBe(`/cost/${costLink}`);
    // A link with nothing in it is not another page's: it could not be read.
    await createAssessmentStore(createTabs(1).backends[0]).initAssessment(IDS, `#${encodeShareFragment({}, IDS)}`, {
      text: assessmentText,
      questions: QUESTIONS,
    });
    expect(notice('share-link')?.message).toBe(assessmentText['link-unreadable']);
  });

  it('keeps unreadable stored answers aside instead of overwriting them, until discarded', async () => {
    const { storage, backends } = createTabs(1);
    storage.setItem(ANSWERS, '{not json');
    const tab = createAssessmentStore(backends[0]);
    tab.initAssessment(IDS, '');
    tab.answerQuestion(IDS[0]!, 'yes');
    // Nothing is written over it before the copy aside is made.
    expect(storage.getItem(ANSWERS)).toBe('{not json');
    await shown(`stored:${ANSWERS}`);
    expect(JSON.parse(storage.getItem(ASIDE)!)).toEqual({ v: 1, items: { [ANSWERS]: '{not json' } });
    // Said as facts, worded from the page's words.
    expect(notice(`stored:${ANSWERS}`)?.message).toEqual({
      kind: 'unreadable',
      store: 'answers',
      partsLeftOut: null,
      keptAside: true,
    });
    expect(worded(notice(`stored:${ANSWERS}`)!.message)).toBe(
      `${fillSlots(assessmentText['storage-unreadable'], { what: assessmentText['storage-name-answers'] })} ${assessmentText['storage-kept-aside']}`,
    );
    const download = action(`stored:${ANSWERS}`, /Download/);
    expect(download.kind === 'download' && download.text()).toBe('{not json');
    run(action(`stored:${ANSWERS}`, /Discard/));
    expect(storage.getItem(ASIDE)).toBeNull();
    expect(storedAnswers(storage)).toEqual({ [IDS[0]!]: 'y' });
  });

  it('writes nothing over unreadable data it could not set aside, until the user decides', async () => {
    const storage = new MemoryStorage();
    storage.setItem(ANSWERS, '{not json');
    storage.quota = storage.getItem(ANSWERS)!.length + ANSWERS.length + 10;
    const { backends } = createTabs(1, storage);
    const tab = createAssessmentStore(backends[0]);
    tab.initAssessment(IDS, '');
    await shown(`stored:${ANSWERS}`);
    tab.answerQuestion(IDS[0]!, 'yes');
    expect(storage.getItem(ANSWERS)).toBe('{not json');
    expect(tab.$assessment.get().answers[IDS[0]!]).toBe('yes');
    expect(worded(notice(`stored:${ANSWERS}`)!.message)).toContain(assessmentText['storage-not-kept-aside']);
    storage.quota = Infinity;
    run(action(`stored:${ANSWERS}`, /Discard/));
    expect(storedAnswers(storage)).toEqual({ [IDS[0]!]: 'y' });
  });

  it('works in memory when storage refuses, and offers a download of what is in memory', async () => {
    const storage = new MemoryStorage();
    storage.refuseWrites = true;
    const { backends } = createTabs(1, storage);
    const tab = createAssessmentStore(backends[0]);
    tab.initAssessment(IDS, '');
    tab.answerQuestion(IDS[0]!, 'yes');
    tab.answerQuestion(IDS[1]!, 'no');
    expect(tab.$assessment.get().answers).toEqual({ [IDS[0]!]: 'yes', [IDS[1]!]: 'no' });
    await shown('storage-unavailable');
    expect(worded(notice('storage-unavailable')!.message)).toBe(assessmentText['storage-unsaved-session']);
    const download = action('storage-unavailable', /Download/);
    expect(worded(download.label)).toBe(assessmentText['storage-download-session']);
    if (download.kind !== 'download') throw new Error('expected a download');
    const file = JSON.parse(await download.text()) as { kind: string; session: { answers: Record<string, string> } };
    expect(file.kind).toBe('session');
    expect(file.session.answers).toEqual({ [IDS[0]!]: 'y', [IDS[1]!]: 'n' });
  });
});

describe('session store', () => {
  it('keeps notes typed in two tabs, note by note', () => {
    const { storage, backends, deliver } = createTabs(2);
    const a = createSessionStore(backends[0]);
    const b = createSessionStore(backends[1]);
    a.initSession(IDS, '?mode=facilitator');
    b.initSession(IDS, '');
    a.setNote(IDS[0]!, 'Owner is Priya');
    a.setClientLabel('Acme');
    // Tab B (on /cost/) types the cost note before hearing of A.
    b.setNote('cost', 'Budget is fixed');
    deliver();
    const expected = { [IDS[0]!]: 'Owner is Priya', cost: 'Budget is fixed' };
    expect(a.$session.get().notes).toEqual(expected);
    expect(b.$session.get().notes).toEqual(expected);
    expect(b.$session.get().clientLabel).toBe('Acme');
    expect((JSON.parse(storage.getItem(SESSION)!) as { notes: unknown }).notes).toEqual(expected);
  });

  it('refuses a note over the cap, and a session whose encoding storage would refuse', () => {
    const { backends } = createTabs(1);
    const tab = createSessionStore(backends[0]);
    tab.initSession(IDS, '');
    expect(tab.setNote(IDS[0]!, 'x'.repeat(MAX_NOTE_LENGTH + 1))).toBe(false);
    // Control characters are escaped six to one in JSON: 11 notes at the length cap do not fit.
    const heavy = '\u0001'.repeat(MAX_NOTE_LENGTH);
    const notes = Object.fromEntries([...IDS, 'cost'].map((key) => [key, heavy]));
    const session = { facilitator: true, presentation: false, clientLabel: '', notes };
    expect(tab.fits(session)).toBe(false);
    expect(tab.replaceSession(session)).toBe(false);
    expect(tab.$session.get().notes).toEqual({});
  });
});

describe('cost store', () => {
  const section = (state: CostState) => encodeCostSection(state, context);
  const withWorkflows = (state: CostState, workflows: number, index: 0 | 1 = 0): CostState => {
    const scenarios: [CostState['scenarios'][0], CostState['scenarios'][1]] = [...state.scenarios];
    scenarios[index] = { ...scenarios[index], inputs: { ...scenarios[index].inputs, workflows } };
    return { ...state, scenarios };
  };

  it('saves the untouched reference estimate as the reference when the calculator shows it', () => {
    const { storage, backends } = createTabs(1);
    const tab = createCostStore(backends[0]);
    tab.initCost(context, '', { shown: true });
    const stored = storage.getItem(COST);
    expect(stored).toBe(JSON.stringify(section(initialCostState(context))));
    expect(isReferenceCost(tab.$cost.get()!, context)).toBe(true);
  });

  it('keeps the reference the calculator shows before its code has loaded; the store then finds it', () => {
    const { storage, backends } = createTabs(1);
    const tab = createCostStore(backends[0]);
    tab.keepShownReference(context);
    const reference = JSON.stringify(section(initialCostState(context)));
    expect(storage.getItem(COST)).toBe(reference);
    tab.initCost(context, '', { shown: true });
    expect(isReferenceCost(tab.$cost.get()!, context)).toBe(true);
    expect(storage.getItem(COST)).toBe(reference);
  });

  it('never replaces a stored estimate with the reference, nor writes once the store is loaded', () => {
    const { storage, backends } = createTabs(2);
    const other = createCostStore(backends[1]);
    other.initCost(context, '', { shown: true });
    other.replaceCost(withWorkflows(other.$cost.get()!, 3));
    const theirs = storage.getItem(COST);
    createCostStore(backends[0]).keepShownReference(context);
    expect(storage.getItem(COST)).toBe(theirs);

    storage.removeItem(COST);
    other.keepShownReference(context);
    expect(storage.getItem(COST)).toBeNull();
  });

  it('stores nothing when a page only reads it (report, history)', () => {
    const { storage, backends } = createTabs(1);
    createCostStore(backends[0]).initCost(context, '');
    expect(storage.getItem(COST)).toBeNull();
  });

  it('never commits invalid inputs', () => {
    const { storage, backends } = createTabs(1);
    const tab = createCostStore(backends[0]);
    tab.initCost(context, '', { shown: true });
    const before = storage.getItem(COST);
    const scenario = tab.$cost.get()!.scenarios[0];
    const tooMany = {
      ...scenario.inputs,
      inference: { mode: 'volume' as const, tasksPerMonth: 999_999_999_999, modelTier: 'standard' },
    };
    expect(tab.updateScenario(0, { name: scenario.name, inputs: tooMany })).toBe(false);
    expect(tab.updateScenario(0, { name: '  ', inputs: scenario.inputs })).toBe(false);
    expect(storage.getItem(COST)).toBe(before);
    expect(tab.$cost.get()!.scenarios[0]).toEqual(scenario);
  });

  it('two tabs converge field by field; the same field goes to the last writer', () => {
    const { backends, deliver } = createTabs(2);
    const a = createCostStore(backends[0]);
    const b = createCostStore(backends[1]);
    a.initCost(context, '', { shown: true });
    b.initCost(context, '', { shown: true });
    const s = a.$cost.get()!.scenarios[0];
    a.updateScenario(0, { ...s, inputs: { ...s.inputs, workflows: 3 } });
    b.updateScenario(0, { ...s, inputs: { ...s.inputs, agents: 4 } });
    deliver();
    for (const tab of [a, b]) {
      expect(tab.$cost.get()!.scenarios[0].inputs.workflows).toBe(3);
      expect(tab.$cost.get()!.scenarios[0].inputs.agents).toBe(4);
    }
    const revision = a.$costRevision.get();
    b.updateScenario(0, { ...s, inputs: { ...s.inputs, workflows: 5, agents: 4 } });
    a.updateScenario(0, { ...s, inputs: { ...s.inputs, workflows: 6, agents: 4 } });
    deliver();
    expect(a.$cost.get()!.scenarios[0].inputs.workflows).toBe(6);
    expect(b.$cost.get()!.scenarios[0].inputs.workflows).toBe(6);
    // B's form is told to show the change that came from the other tab.
    expect(b.$costRevision.get()).toBeGreaterThan(0);
    expect(a.$costRevision.get()).toBeGreaterThanOrEqual(revision);
  });

  it('a share link replaces only the reference programme at once; a plan of the user’s own is asked about', async () => {
    const fragment = (state: CostState) => `#${encodeShareFragment({ cost: section(state) }, [])}`;
    const shared = withWorkflows(initialCostState(context), 4);

    const fresh = createTabs(1);
    const first = createCostStore(fresh.backends[0]);
    await first.initCost(context, fragment(shared), { shown: true, text: costText });
    expect(first.$cost.get()!.scenarios[0].inputs.workflows).toBe(4);
    expect(fresh.storage.getItem(COST)).toBe(JSON.stringify(section(shared)));

    const own = createTabs(1);
    const mine = withWorkflows(initialCostState(context), 2);
    own.storage.setItem(COST, JSON.stringify(section(mine)));
    const second = createCostStore(own.backends[0]);
    let settled = false;
    await second.initCost(context, fragment(shared), {
      shown: true,
      text: costText,
      onShareSettled: () => (settled = true),
    });
    expect(second.$cost.get()!.scenarios[0].inputs.workflows).toBe(2);
    expect(notice('share-link')?.details).toEqual([
      'Scenario 1 (“As planned” here, “As planned” in the link): workflows differ',
    ]);
    expect(settled).toBe(false);
    run(action('share-link', /Replace/));
    expect(settled).toBe(true);
    expect(own.storage.getItem(COST)).toBe(JSON.stringify(section(shared)));
  });

  it('words its share-link notice with the page file’s words, slots filled', async () => {
    const fragment = `#${encodeShareFragment({ cost: section(withWorkflows(initialCostState(context), 4)) }, [])}`;
    const marked = Object.fromEntries(
      Object.entries(costText).map(([key, value]) => [key, `«${key}» ${value}`]),
    ) as typeof costText;
    const own = createTabs(1);
    own.storage.setItem(COST, JSON.stringify(section(withWorkflows(initialCostState(context), 2))));
    await createCostStore(own.backends[0]).initCost(context, fragment, { shown: true, text: marked });
    expect(notice('share-link')?.message).toBe(`«link-differs» ${costText['link-differs']}`);
    expect(notice('share-link')?.details).toEqual([
      `«link-scenario-differs» Scenario 1 (“As planned” here, “As planned” in the link): «part-workflows» workflows differ`,
    ]);
    expect(action('share-link', /«link-keep»/)).toBeDefined();
    // A page that can open a link must give its words: none are made up here.
    expect(() => createCostStore(createTabs(1).backends[0]).initCost(context, fragment, { shown: true })).toThrow(
      /needs the page’s words/,
    );
  });
  it('offers a link of answers on the diagnostic, the plan left as it is', async () => {
    const answersLink = `#${encodeShareFragment({ answers: { [IDS[0]!]: 'yes' } }, IDS)}`;
    const own = createTabs(1);
    own.storage.setItem(COST, JSON.stringify(section(withWorkflows(initialCostState(context), 2))));
    const store = createCostStore(own.backends[0]);
    let settled = false;
    await store.initCost(context, answersLink, { shown: true, text: costText, onShareSettled: () => (settled = true) });
    expect(store.$cost.get()!.scenarios[0].inputs.workflows).toBe(2);
    expect(settled).toBe(true);
    expect(notice('share-link')?.message).toBe(costText['link-for-diagnostic']);
    expect(openedAt(action('share-link', /^Open it in the diagnostic$/))).toBe(`/assessment/${answersLink}`);
    await createCostStore(createTabs(1).backends[0]).initCost(context, `#${encodeShareFragment({}, [])}`, {
      shown: true,
      text: costText,
    });
    expect(notice('share-link')?.message).toBe(costText['link-unreadable']);
  });
});

describe('history store', () => {
  const snapshot = (id: string, savedAt: string): Snapshot => ({
    id,
    savedAt,
    clientLabel: '',
    answers: { [IDS[0]!]: 'yes' },
    stageId: 'experimentation',
    stageName: 'Experimentation',
    score: 1,
    total: 10,
    cost: null,
  });

  it('saving an unchanged result twice adds it once', () => {
    const { backends } = createTabs(1);
    const tab = createHistoryStore(backends[0]);
    tab.initHistory(IDS);
    expect(tab.saveSnapshot(snapshot('a', '2026-01-01T10:00:00Z'))).toBe('saved');
    expect(tab.saveSnapshot(snapshot('b', '2026-01-01T10:01:00Z'))).toBe('unchanged');
    expect(tab.$history.get()).toHaveLength(1);
  });

  it('a result saved in one tab and one deleted in another both stick', () => {
    const { backends, deliver } = createTabs(2);
    const a = createHistoryStore(backends[0]);
    const b = createHistoryStore(backends[1]);
    a.initHistory(IDS);
    a.saveSnapshot(snapshot('old', '2026-01-01T10:00:00Z'));
    b.initHistory(IDS);
    a.saveSnapshot({ ...snapshot('new', '2026-01-02T10:00:00Z'), score: 2 });
    b.deleteSnapshot('old');
    deliver();
    expect(a.$history.get().map((s) => s.id)).toEqual(['new']);
    expect(b.$history.get().map((s) => s.id)).toEqual(['new']);
  });

  it('unreadable saved results are kept aside, not overwritten by the next save', async () => {
    const { storage, backends } = createTabs(1);
    storage.setItem(HISTORY, '{"v":1,"snapshots":"oops"');
    const tab = createHistoryStore(backends[0]);
    tab.initHistory(IDS);
    tab.saveSnapshot(snapshot('a', '2026-01-01T10:00:00Z'));
    expect(storage.getItem(HISTORY)).toBe('{"v":1,"snapshots":"oops"');
    await shown(`stored:${HISTORY}`);
    // Once it is safe aside, saving works again.
    expect(tab.$history.get().map((s) => s.id)).toEqual(['a']);
    expect(storage.getItem(HISTORY)).toContain('"id":"a"');
    expect(JSON.parse(storage.getItem(ASIDE)!)).toEqual({ v: 1, items: { [HISTORY]: '{"v":1,"snapshots":"oops"' } });
  });

  it('refuses what storage would refuse, and keeps in memory what storage failed to save', async () => {
    const storage = new MemoryStorage();
    const { backends } = createTabs(1, storage);
    const tab = createHistoryStore(backends[0]);
    tab.initHistory(IDS);
    const huge = Array.from({ length: 50 }, (_, i) => ({
      ...snapshot(`s${i}`, `2026-01-01T10:${String(i).padStart(2, '0')}:00Z`),
      clientLabel: 'x'.repeat(120),
      stageName: '\u0001'.repeat(120),
    }));
    expect(tab.historyFits(huge)).toBe(true);
    storage.refuseWrites = true;
    expect(tab.saveSnapshot(snapshot('m', '2026-02-01T10:00:00Z'))).toBe('memory-only');
    expect(tab.$history.get()).toHaveLength(1);
    await shown('storage-unavailable-history');
    expect(worded(notice('storage-unavailable-history')!.message)).toBe(assessmentText['storage-unsaved-history']);
    const download = action('storage-unavailable-history', /Download/);
    expect(worded(download.label)).toBe(assessmentText['storage-download-history']);
    if (download.kind !== 'download') throw new Error('expected a download');
    expect(await download.text()).toContain('"id": "m"');
  });
});
