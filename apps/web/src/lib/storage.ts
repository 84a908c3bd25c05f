// A small key-value seam over localStorage, so the outbox and identity logic can be tested
// in node with an in-memory store, and a browser with storage disabled still works.

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function memoryStorage(): KeyValueStore {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

let fallback: KeyValueStore | null = null;

/** localStorage when the browser allows it, otherwise a per-tab memory store. */
export function browserStorage(): KeyValueStore {
  try {
    const storage = globalThis.localStorage;
    if (storage) {
      const probe = "stackboard:probe";
      storage.setItem(probe, "1");
      storage.removeItem(probe);
      return storage;
    }
  } catch {
    // Private mode or disabled storage: fall through to memory.
  }
  fallback ??= memoryStorage();
  return fallback;
}

export function readJson(store: KeyValueStore, key: string): unknown {
  const raw = store.getItem(key);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

export function writeJson(store: KeyValueStore, key: string, value: unknown): void {
  try {
    store.setItem(key, JSON.stringify(value));
  } catch {
    // Quota exceeded: the in-memory copy still works for this tab.
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
