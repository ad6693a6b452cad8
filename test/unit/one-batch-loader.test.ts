import { describe, expect, it } from 'vitest';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { loadInOneBatch } from '../../src/build/one-batch-loader.ts';

type Entry = ReturnType<DataStore['values']>[number];

/** A store that records when entries reach it, standing in for Astro's (whose writes to disk follow its sets). */
function recordingStore(initial: Entry[] = []) {
  const entries = new Map(initial.map((entry) => [entry.id, entry]));
  const log: string[] = [];
  const store: DataStore & { addAssetImports: (assets: string[], file: string) => void } = {
    get: ((id: string) => entries.get(id)) as DataStore['get'],
    has: (id) => entries.has(id),
    set: (entry) => {
      log.push(`set ${entry.id}`);
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id) => {
      log.push(`delete ${id}`);
      entries.delete(id);
    },
    clear: () => entries.clear(),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    addModuleImport: (file) => log.push(`module ${file}`),
    addAssetImports: (assets, file) => log.push(`assets ${assets.join()} ${file}`),
  };
  return { store, entries, log };
}

const entry = (id: string, digest = id): Entry => ({ id, data: { title: id }, digest });

/** Runs a loader the way Astro does, with only the store it needs. */
async function load(loader: Loader, store: DataStore) {
  await loader.load({ store } as unknown as LoaderContext);
}

describe('loadInOneBatch', () => {
  it('gives the store every new entry at the end, in one run, and reads see them meanwhile', async () => {
    const { store, log, entries } = recordingStore([entry('old')]);
    const seen: string[] = [];
    const loader = loadInOneBatch({
      name: 'test',
      load: async ({ store: batch }) => {
        batch.set(entry('a'));
        await new Promise((resolve) => setTimeout(resolve, 1));
        batch.set(entry('b'));
        seen.push(`during: ${log.length} reached the store`);
        seen.push(`get a: ${batch.get('a')?.digest}; has b: ${batch.has('b')}; keys: ${batch.keys().sort().join()}`);
        seen.push(
          `values: ${batch
            .values()
            .map((e) => e.id)
            .sort()
            .join()}; entries: ${batch.entries().length}`,
        );
      },
    });
    await load(loader, store);
    expect(seen).toEqual(['during: 0 reached the store', 'get a: a; has b: true; keys: a,b,old', 'values: a,b,old; entries: 3']);
    expect(log).toEqual(['set a', 'set b']);
    expect([...entries.keys()].sort()).toEqual(['a', 'b', 'old']);
  });

  it('deletes at once, including an entry still waiting, and forwards imports untouched', async () => {
    const { store, log, entries } = recordingStore([entry('gone'), entry('kept')]);
    const loader = loadInOneBatch({
      name: 'test',
      load: async ({ store: batch }) => {
        batch.set(entry('brief'));
        batch.delete('brief');
        batch.delete('gone');
        batch.addModuleImport('content/jobs/kept.md');
        (batch as typeof store).addAssetImports(['./logo.svg'], 'content/companies/a.md');
      },
    });
    await load(loader, store);
    expect(log).toEqual(['delete brief', 'delete gone', 'module content/jobs/kept.md', 'assets ./logo.svg content/companies/a.md']);
    expect([...entries.keys()]).toEqual(['kept']);
  });

  it('passes later changes straight through, as the dev server’s watcher makes them', async () => {
    const { store, log } = recordingStore();
    let later: DataStore | undefined;
    const loader = loadInOneBatch({
      name: 'test',
      load: async ({ store: batch }) => {
        batch.set(entry('first'));
        later = batch;
      },
    });
    await load(loader, store);
    later?.set(entry('edited'));
    expect(log).toEqual(['set first', 'set edited']);
    expect(later?.get('edited')?.digest).toBe('edited');
  });

  it('hands over what was loaded even when the loader fails, and the failure still reaches Astro', async () => {
    const { store, log } = recordingStore();
    const loader = loadInOneBatch({
      name: 'test',
      load: async ({ store: batch }) => {
        batch.set(entry('a'));
        throw new Error('bad file');
      },
    });
    await expect(load(loader, store)).rejects.toThrow('bad file');
    expect(log).toEqual(['set a']);
  });
});
