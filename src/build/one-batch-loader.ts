/**
 * A content loader that hands Astro's data store its entries in one batch.
 *
 * Astro writes the whole store to disk whenever new entries pause for half a
 * second, and writes it again at once if entries arrived meanwhile. On a big
 * board one write takes seconds, so after the first pause the writes ran back
 * to back through the whole sync, each one hashing and comparing everything
 * stored so far: the content sync grew with the square of the board
 * (docs/performance.md, "Content sync"). Here each load keeps
 * its new entries aside and gives them to the store in one synchronous run
 * at the end, so the store is written once. Reads during the load see the
 * entries kept aside; changes after it (the dev server's file watcher) pass
 * straight through.
 */
import type { DataStore, Loader } from 'astro/loaders';

type Entry = ReturnType<DataStore['values']>[number];

export function loadInOneBatch(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const batch = batchedStore(context.store);
      try {
        await loader.load({ ...context, store: batch.store });
      } finally {
        batch.flush();
      }
    },
  };
}

/** The store a loader sees during its load, and `flush` to hand over what it set and pass through from then on. */
function batchedStore(target: DataStore): { store: DataStore; flush: () => void } {
  const pending = new Map<string, Entry>();
  let batching = true;
  const merged = () => new Map([...target.entries(), ...pending.entries()]);
  const batched: Partial<DataStore> = {
    get: ((id: string) => pending.get(id) ?? target.get(id)) as DataStore['get'],
    has: (id) => pending.has(id) || target.has(id),
    set: (entry) => {
      pending.set(entry.id, entry);
      return true;
    },
    delete: (id) => {
      pending.delete(id);
      target.delete(id);
    },
    clear: () => {
      pending.clear();
      target.clear();
    },
    keys: () => [...new Set([...target.keys(), ...pending.keys()])],
    entries: () => [...merged()],
    values: () => [...merged().values()],
  };
  // Anything else the loader calls (asset and module imports) goes to Astro's store as it is.
  const store = new Proxy(target, {
    get: (store, name, receiver) =>
      batching && typeof name === 'string' && name in batched ? batched[name as keyof DataStore] : Reflect.get(store, name, receiver),
  });
  const flush = () => {
    batching = false;
    for (const entry of pending.values()) target.set(entry);
    pending.clear();
  };
  return { store, flush };
}
