/**
 * The decisions store against an in-memory localStorage: what it saves, when it clears its key,
 * and what it does with a saved value it cannot fully read.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '../../src/consts';
import { patience } from '../helpers/patience';

const KEY = STORAGE_KEYS.decisions.key;

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

async function freshStore(initial: Record<string, string> = {}) {
  const storage = memoryStorage(initial);
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
  const store = await import('../../src/stores/decisions');
  const notices = await import('../../src/stores/notices');
  store.initDecisions();
  return { storage, store, notices };
}

describe('decisions store', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('saves use cases and deployment answers under its key, and clears the key when empty', async () => {
    const { storage, store } = await freshStore();
    expect(storage.data.has(KEY)).toBe(false);
    const id = store.saveUseCase({ name: 'Invoice matching', description: '', answers: { path: 'known' } });
    store.answerDeploymentStep('regulatory', 'none');
    expect(JSON.parse(storage.data.get(KEY) ?? '{}')).toMatchObject({
      v: 1,
      useCases: [{ id, name: 'Invoice matching', answers: { path: 'known' } }],
      deployment: { answers: { regulatory: 'none' } },
    });
    store.removeUseCase(id as string);
    store.restartDeployment();
    expect(storage.data.has(KEY)).toBe(false);
  });

  it('changes a use case in place and refuses a note over the cap', async () => {
    const { store } = await freshStore();
    const id = store.saveUseCase({ name: 'A', description: '', answers: {} }) as string;
    expect(store.saveUseCase({ name: 'B', description: 'b', answers: { path: 'runtime' } }, id)).toBe(id);
    expect(store.setUseCaseNote(id, 'x'.repeat(5000))).toBe(false);
    expect(store.setUseCaseNote(id, 'Ask finance')).toBe(true);
    expect(store.$decisions.get()?.useCases).toEqual([
      { id, name: 'B', description: 'b', answers: { path: 'runtime' }, note: 'Ask finance' },
    ]);
  });

  it('keeps what it can read of a damaged value, says so, keeps the original aside and saves the cleaned-up form', async () => {
    const damaged = JSON.stringify({
      v: 1,
      useCases: [{ id: 'uc-a', name: 'Good', description: '', answers: {} }, { id: 'bad' }],
    });
    const { storage, store, notices } = await freshStore({ [KEY]: damaged });
    expect(store.$decisions.get()?.useCases.map((u) => u.name)).toEqual(['Good']);
    // The notice and the copy kept aside come from a module loaded only when this happens.
    // Long on purpose: the notice's module loads on demand, and a busy machine must not fail this.
    await vi.waitFor(() => expect(notices.$notices.get().map((n) => n.id)).toContain(`stored:${KEY}`), {
      timeout: patience(20_000),
    });
    expect(storage.data.get(STORAGE_KEYS.setAside.key)).toContain('uc-a');
    expect(JSON.parse(storage.data.get(KEY) ?? '{}').useCases).toHaveLength(1);
  });

  it('clears everything for a new session', async () => {
    const { storage, store } = await freshStore();
    store.saveUseCase({ name: 'A', description: '', answers: {} });
    store.setDeploymentNote('note');
    store.clearDecisions();
    expect(store.$decisions.get()).toEqual({ useCases: [], deployment: { answers: {}, note: '' } });
    expect(storage.data.has(KEY)).toBe(false);
  });
});
