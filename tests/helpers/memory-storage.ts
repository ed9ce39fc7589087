/**
 * An in-memory `Storage` shared by simulated tabs, for unit-testing the stores without a browser.
 * Each tab gets its own `StorageBackend`; a write by one tab queues a `storage` event for every
 * other tab, delivered only when the test calls `deliver()` — so tests can make both tabs edit
 * before either hears of the other, as happens in a real browser.
 */
import { storageBackend, type StorageBackend, type StorageEventSource } from '../../src/stores/storage';

export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  /** Total characters (keys and values) allowed; setItem throws QuotaExceededError beyond it. */
  quota = Infinity;
  /** When true, every setItem throws (private mode, disabled storage). */
  refuseWrites = false;

  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    const size = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (this.refuseWrites || size + key.length + value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, value);
  }
  /** A snapshot of everything stored, for assertions. */
  dump(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}

type Listener = (event: StorageEvent) => void;

class FakeWindow implements StorageEventSource {
  readonly listeners = new Set<Listener>();
  addEventListener(_type: 'storage', listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'storage', listener: Listener): void {
    this.listeners.delete(listener);
  }
}

export interface Tabs {
  storage: MemoryStorage;
  backends: StorageBackend[];
  /** Delivers the storage events queued so far, in order (a later write may queue more). */
  deliver(): void;
  /** How many events wait to be delivered. */
  pending(): number;
}

/** `count` tabs sharing one in-memory storage. */
export function createTabs(count: number, storage = new MemoryStorage()): Tabs {
  const windows = Array.from({ length: count }, () => new FakeWindow());
  const queue: { to: number; key: string | null; newValue: string | null }[] = [];
  const backends = windows.map((win, index) => {
    const tabStorage = new Proxy(storage, {
      get(target, property) {
        if (property === 'setItem')
          return (key: string, value: string) => {
            target.setItem(key, value);
            windows.forEach((_, to) => to !== index && queue.push({ to, key, newValue: value }));
          };
        if (property === 'removeItem')
          return (key: string) => {
            target.removeItem(key);
            windows.forEach((_, to) => to !== index && queue.push({ to, key, newValue: null }));
          };
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    return storageBackend(
      () => tabStorage,
      () => win,
    );
  });
  return {
    storage,
    backends,
    deliver() {
      while (queue.length > 0) {
        const event = queue.shift()!;
        for (const listener of windows[event.to]!.listeners)
          listener({ key: event.key, newValue: event.newValue } as StorageEvent);
      }
    },
    pending: () => queue.length,
  };
}
