/**
 * The last real outcome with each office — a "Test connection" or a lookup that reached it — so the
 * options page shows Ready only after the office actually answered, and Failed with the office's
 * reason (issue 9 §5). Kept in storage.local: it must outlive the service worker; it holds no secret
 * (error messages are scrubbed by the transport before they get here).
 */
import type { ErrorKind, OfficeId, SourceOutcome } from '../model/contracts';
import type { KeyValueStore } from '../transport/storage-area';

export interface LastOutcome {
  ok: boolean;
  at: string;
  via: 'test' | 'lookup';
  kind?: ErrorKind;
  message?: string;
  resetsAt?: string;
}

export type OfficeHealth = Partial<Record<OfficeId, LastOutcome>>;

const KEY = 'officeHealth';

export function createOfficeHealth(store: KeyValueStore, now: () => Date = () => new Date()) {
  // Writes are chained so two offices answering at once do not overwrite each other's entry.
  let queue: Promise<unknown> = Promise.resolve();
  const update = (change: (all: OfficeHealth) => OfficeHealth) => {
    const next = queue.then(async () => store.set(KEY, change((await store.get<OfficeHealth>(KEY)) ?? {})));
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    all: async (): Promise<OfficeHealth> => (await store.get<OfficeHealth>(KEY)) ?? {},

    /** An outcome that says something about the connection: missing keys say nothing (the form shows
     *  that), and "not found" is the office answering. */
    record(outcome: SourceOutcome, via: LastOutcome['via']): Promise<void> {
      const { error } = outcome;
      if (error?.kind === 'no-credentials') return Promise.resolve();
      const entry: LastOutcome = error && error.kind !== 'not-found'
        ? { ok: false, at: now().toISOString(), via, kind: error.kind, message: error.message, ...(error.resetsAt && { resetsAt: error.resetsAt }) }
        : { ok: true, at: now().toISOString(), via };
      return update((all) => ({ ...all, [outcome.office]: entry }));
    },

    /** New credentials or a new address: the old outcome no longer tells anything. */
    forget(office: OfficeId): Promise<void> {
      return update(({ [office]: _old, ...rest }) => rest);
    },
  };
}

export type OfficeHealthStore = ReturnType<typeof createOfficeHealth>;
