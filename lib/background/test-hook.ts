import type { OfficeId, OfficeSettings, TestHook } from '../model/contracts';
import { saveSettings, type SettingsPatch } from '../settings';
import { findingsForUrl } from './findings';
import { officeServices } from '../lookup/services';
import { classificationService } from './handlers/classification';
import { answerTerms } from './handlers/terms';
import { syncWatchAlarms, watchService } from './watch';

/**
 * Contract C2: the members of globalThis.__patentpeek that exist so far. Each member calls the same
 * service the product uses; members arrive with their features (never as stubs).
 */
export type PartialTestHook = Partial<TestHook> & Pick<TestHook, 'configure'>;

export function createTestHook(): PartialTestHook {
  return {
    async configure(s: { offices: Partial<Record<OfficeId, OfficeSettings>> }) {
      const patch: SettingsPatch = { offices: {} };
      for (const [id, office] of Object.entries(s.offices) as [OfficeId, OfficeSettings][]) {
        patch.offices![id] = {
          ...(office.enabled !== undefined && { enabled: office.enabled }),
          ...(office.baseUrl !== undefined && { baseUrl: office.baseUrl }),
          ...(office.credentials && { credentials: office.credentials }),
        };
      }
      await saveSettings(patch);
    },
    findings: (url: string) => findingsForUrl(url),
    lookup: (text: string) => officeServices().lookup.lookup(text),
    quota: () => officeServices().lookup.quota(),
    networkLog: () => officeServices().networkLog.entries(),
    /** Exactly the converter's answer, as the side panel shows it (contract ClassificationResult and more). */
    convertClassification: (symbol: string) => classificationService().convert(symbol),
    /** Exactly the Terms tab's answer: the same handler, the same document (the side panel's, else the page's). */
    terms: (text: string) => answerTerms({ text }),
    /** The Watchlist's own service: add as the lookup box takes numbers, the list the tab shows, one scheduled run. */
    watch: {
      async add(text: string, list?: string) {
        // C2 names lists freely: a list it names that does not exist yet is made (named by its id).
        const result = await watchService().add([{ text }], list, { createList: true });
        if (result.rejected.length > 0) throw new Error(result.rejected[0]!.reason);
        await syncWatchAlarms();
      },
      async list(list?: string) {
        return (await watchService().cases(list)).map((c) => ({
          ref: c.ref,
          lastChecked: c.lastChecked,
          ...(c.latest?.status && { status: { label: c.latest.status.label, detail: c.latest.status.detail, office: c.latest.status.office, asOf: c.latest.at } }),
        }));
      },
      runNow: (list?: string) => watchService().run(list ? { list } : {}),
    },
  };
}
