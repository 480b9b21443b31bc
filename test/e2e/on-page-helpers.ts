/**
 * Helpers for the on-page real-browser tests (issue 5): page URLs, comparing findings with the
 * Google Patents microdata, and reading the hover card inside its closed shadow root.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Match } from '../../lib/model/contracts';

export type Ref = Omit<Match, 'start' | 'end'>;

export const GOOGLE_PATENTS_PAGE = '/pages/google-patents/US20230418876A1-detail-bs4-prettified.html';

/** DOCDB without dots (US8781940B2), the form Google Patents' microdata uses; else EPODOC. */
export function compactOf(ref: Ref): string | null {
  return ref.docdb?.replace(/\./g, '') ?? ref.epodoc;
}

/** Does a finding name this microdata number (same document; a missing kind code on either side is fine)? */
export function sameDocument(ref: Ref, micro: string): boolean {
  // Google writes US pre-grant publications with 4+7 digits (US20230418876A1); DOCDB and EPODOC
  // use 4+6 (US2023418876), FORMATS.md §4 "DOCDB and EPODOC both use 4+6 digits".
  // Old WO publications likewise: Google WO2001048664A1, DOCDB/EPODOC keep yy+5 (WO0148664),
  // FORMATS.md §2.4.
  const m = micro.replace(/^US(\d{4})0(\d{6})(?=[A-Z])/, 'US$1$2').replace(/^WO(?:19|20)(\d{2})(\d{6})(?=[A-Z])/, (all, yy: string, n: string) =>
    Number(yy) < 4 || Number(yy) > 50 ? `WO${yy}${n.startsWith('0') ? n.slice(1) : n}` : all);
  const compact = compactOf(ref);
  if (compact === m) return true;
  return ref.epodoc !== null && m.startsWith(ref.epodoc) && /^[A-Z]\d?$/.test(m.slice(ref.epodoc.length));
}

/**
 * Evaluate an expression in the content script's isolated world (where the e2e build exposes
 * `__patentpeekCard` = { shadow, card } — the closed shadow root is invisible to the page world).
 */
export class IsolatedWorld {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly contexts: Map<number, { name: string; frameId: string; isDefault: boolean }>,
  ) {}

  static async attach(page: Page): Promise<IsolatedWorld> {
    const cdp = await page.context().newCDPSession(page);
    const contexts = new Map<number, { name: string; frameId: string; isDefault: boolean }>();
    cdp.on('Runtime.executionContextCreated', (e) => {
      const aux = e.context.auxData as { frameId: string; isDefault: boolean } | undefined;
      contexts.set(e.context.id, { name: e.context.name, frameId: aux?.frameId ?? '', isDefault: aux?.isDefault ?? false });
    });
    cdp.on('Runtime.executionContextDestroyed', (e) => contexts.delete(e.executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
    await cdp.send('Runtime.enable');
    return new IsolatedWorld(cdp, contexts);
  }

  /** Evaluate in every extension world of the page; return the first non-null result. */
  async eval<T>(expression: string): Promise<T | null> {
    for (const [id, ctx] of this.contexts) {
      if (ctx.isDefault || !ctx.name.includes('PatentPeek')) continue;
      const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', { expression, contextId: id, returnByValue: true, awaitPromise: true });
      if (exceptionDetails) throw new Error(`isolated eval failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      if (result.value !== null && result.value !== undefined) return result.value as T;
    }
    return null;
  }

  /** Poll until `expression` yields a non-null value. */
  async waitFor<T>(expression: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.eval<T>(expression);
      if (value !== null) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  names(): string[] {
    return [...this.contexts.values()].map((c) => c.name);
  }
}
