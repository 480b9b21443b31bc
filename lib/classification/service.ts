/**
 * The classification data, loaded once per background lifetime and only when a conversion is
 * asked for (never in a content script): the bundled asset, gunzipped in the browser, under any
 * files the user imported (kept in IndexedDB, parsed rows, so a restart does not re-validate them).
 */
import { openDB, type IDBPDatabase } from 'idb';
import { type Conversion, convert } from './convert';
import { type ClassRow, type Dataset, parseDatasetTsv } from './dataset';
import { type ImportedData, mergeImported } from './imported';

export const ASSET_PATH = '/classification/cpc-ipc-2022.08.tsv.gz';

interface StoredImport {
  titles?: { rows: ClassRow[]; name: string };
  concordance?: { entries: [string, string][]; name: string };
  at: string;
}

export interface ImportStore {
  load(): Promise<StoredImport | undefined>;
  save(value: StoredImport | undefined): Promise<void>;
}

export function idbImportStore(name = 'patentpeek-classification'): ImportStore {
  let db: Promise<IDBPDatabase> | undefined;
  const open = () => (db ??= openDB(name, 1, { upgrade: (d) => void d.createObjectStore('imports') }));
  return {
    load: async () => (await open()).get('imports', 'current') as Promise<StoredImport | undefined>,
    save: async (value) => {
      if (value) await (await open()).put('imports', value, 'current');
      else await (await open()).delete('imports', 'current');
    },
  };
}

export interface ClassificationDeps {
  bundledText(): Promise<string>;
  imports: ImportStore;
}

export function createClassificationService(deps: ClassificationDeps) {
  let bundled: Promise<Dataset> | undefined;
  let current: Promise<Dataset> | undefined;
  // A failed load is forgotten, so the next question tries again.
  const bundledData = () =>
    (bundled ??= deps.bundledText().then((text) => parseDatasetTsv(text)).catch((e: unknown) => {
      bundled = undefined;
      throw e;
    }));
  const dataset = () =>
    (current ??= Promise.all([bundledData(), deps.imports.load()]).then(([base, stored]) => mergeImported(base, importedOf(stored))).catch((e: unknown) => {
      current = undefined;
      throw e;
    }));

  return {
    async convert(text: string): Promise<Conversion> {
      return convert(await dataset(), text);
    },
    /** Replace the imported part (titles, concordance or both); the next answer uses it. */
    async setImports(imported: ImportedData | undefined): Promise<{ source: string }> {
      const previous = await deps.imports.load();
      const next: StoredImport | undefined = imported
        ? {
            ...(imported.titles ? { titles: imported.titles } : previous?.titles && { titles: previous.titles }),
            ...(imported.concordance ? { concordance: { entries: [...imported.concordance.map], name: imported.concordance.name } } : previous?.concordance && { concordance: previous.concordance }),
            at: new Date().toISOString(),
          }
        : undefined;
      await deps.imports.save(next);
      current = undefined;
      return { source: (await dataset()).source };
    },
    async source(): Promise<string> {
      return (await dataset()).source;
    },
  };
}

function importedOf(stored: StoredImport | undefined): ImportedData {
  if (!stored) return {};
  return {
    ...(stored.titles && { titles: stored.titles }),
    ...(stored.concordance && { concordance: { map: new Map(stored.concordance.entries), name: stored.concordance.name } }),
  };
}

export type ClassificationService = ReturnType<typeof createClassificationService>;
