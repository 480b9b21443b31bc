/**
 * The terms a person translated (issue 15 §1c): newest first, one entry per term and language, with
 * the equivalents PEARL gave and the ones the person noted from the parallel text — a personal
 * glossary in the extension's IndexedDB, exported as CSV or TBX.
 */
import { openDB, type IDBPDatabase } from 'idb';

export interface Equivalent {
  lang: string;
  term: string;
  /** 'pearl' = a PEARL concept's term (with its id and score); 'you' = noted by the person. */
  from: 'pearl' | 'you';
  conceptId?: string;
  reliability?: number;
}

export interface TermHistoryEntry {
  key: string;
  term: string;
  lang: string;
  /** The document whose parallel text was open, in its written form. */
  document?: string;
  equivalents: Equivalent[];
  count: number;
  at: string;
}

export const TERM_HISTORY_LIMIT = 1000;
const STORE = 'terms';

export const termKey = (term: string, lang: string) => `${lang}:${term.normalize('NFKC').trim().toLowerCase()}`;

const sameEquivalent = (a: Equivalent, b: Equivalent) => a.lang === b.lang && a.term.toLowerCase() === b.term.toLowerCase();

export function termHistoryStore(name = 'patentpeek-terms', now = () => new Date()) {
  let db: Promise<IDBPDatabase> | undefined;
  const open = () =>
    (db ??= openDB(name, 1, {
      upgrade(d) {
        d.createObjectStore(STORE, { keyPath: 'key' }).createIndex('at', 'at');
      },
    }));

  async function update(key: string, change: (e: TermHistoryEntry | undefined) => TermHistoryEntry | undefined): Promise<TermHistoryEntry | undefined> {
    const tx = (await open()).transaction(STORE, 'readwrite');
    const next = change((await tx.store.get(key)) as TermHistoryEntry | undefined);
    if (next) await tx.store.put(next);
    let count = await tx.store.count();
    for (let cursor = await tx.store.index('at').openCursor(); cursor && count > TERM_HISTORY_LIMIT; cursor = await cursor.continue()) {
      await cursor.delete();
      count--;
    }
    await tx.done;
    return next;
  }

  return {
    /** A term was looked up: to the top, counted, with any new PEARL equivalents merged in. */
    record(term: string, lang: string, extra: { document?: string; equivalents?: Equivalent[] } = {}): Promise<TermHistoryEntry | undefined> {
      const clean = term.normalize('NFKC').trim();
      return update(termKey(clean, lang), (old) => {
        const equivalents = [...(old?.equivalents ?? [])];
        for (const e of extra.equivalents ?? []) if (!equivalents.some((o) => sameEquivalent(o, e))) equivalents.push(e);
        return {
          key: termKey(clean, lang),
          term: clean,
          lang,
          ...((extra.document ?? old?.document) && { document: extra.document ?? old?.document }),
          equivalents,
          count: (old?.count ?? 0) + 1,
          at: now().toISOString(),
        };
      });
    },
    /** The person's own equivalent, read off the parallel text. */
    note(key: string, equivalent: { lang: string; term: string }): Promise<TermHistoryEntry | undefined> {
      const e: Equivalent = { lang: equivalent.lang, term: equivalent.term.trim(), from: 'you' };
      return update(key, (old) => (old && e.term ? { ...old, equivalents: [...old.equivalents.filter((o) => !sameEquivalent(o, e)), e] } : old));
    },
    async list(): Promise<TermHistoryEntry[]> {
      return ((await (await open()).getAllFromIndex(STORE, 'at')) as TermHistoryEntry[]).reverse();
    },
    async remove(key: string): Promise<void> {
      await (await open()).delete(STORE, key);
    },
    async clear(): Promise<void> {
      await (await open()).clear(STORE);
    },
  };
}

export type TermHistoryStore = ReturnType<typeof termHistoryStore>;
