import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LookupResult } from '../../lib/model/contracts';
import { useEnglishMessages } from '../lookup/fake-i18n';
import type { LookupState } from './card-result';
import { CardView } from './card-view';
import { readingOf } from './card-api';
import { normalisedOf } from './card-frame';
import { findNumbers } from '../../lib/numbers';

beforeEach(() => {
  useEnglishMessages();
  fakeBrowser.i18n.getUILanguage = () => 'en';
});

const found = { raw: 'US 10,123,456 B2', country: 'US', type: 'grant' as const, docdb: 'US.10123456.B2', epodoc: 'US10123456', number: '10123456', kind: 'B2', label: 'US 10,123,456 B2' };
const ref = { raw: found.raw, country: 'US', type: 'grant' as const, docdb: found.docdb, epodoc: found.epodoc };

function show(state: LookupState, onRetry = vi.fn()) {
  const host = document.createElement('div');
  render(
    <CardView found={found} normalised={normalisedOf(found).shown} links={[{ viewer: 'Espacenet', url: 'https://worldwide.espacenet.com/x' }]} state={state} pinned={false} copied={false}
      onCopy={vi.fn()} onPin={vi.fn()} onOpenPanel={vi.fn()} onClose={vi.fn()} onRetry={onRetry} />,
    host,
  );
  return host;
}
const result = (extra: Partial<LookupResult>): LookupState => ({ phase: 'done', result: { input: found.raw, ref, sources: [], ...extra } });

describe('hover card view', () => {
  it('always shows the number as written and normalised, office and type, and the viewers', () => {
    const host = show({ phase: 'loading' });
    expect(host.querySelector('[data-field="normalised"]')!.textContent).toBe('US 10,123,456 B2');
    expect(host.querySelector('[data-field="raw"]')).toBeNull();           // written as the office writes it
    expect(host.querySelector('[data-field="docdb"]')!.textContent).toContain('US.10123456.B2');
    expect(host.querySelector('[data-field="office"]')!.textContent).toMatch(/United States \(US\) · Grant/);
    expect(host.querySelector('a[data-viewer="Espacenet"]')!.getAttribute('rel')).toContain('noopener');
    expect(host.querySelector('[data-state="loading"]')).not.toBeNull();
  });

  it('says that keys are missing, or that nothing was found', () => {
    const noKeys = show(result({ sources: [{ office: 'uspto-odp', ok: false, error: { kind: 'no-credentials', message: 'x' } }] }));
    expect(noKeys.querySelector('[data-state="no-keys"]')).not.toBeNull();
    const notFound = show(result({ sources: [{ office: 'uspto-odp', ok: false, error: { kind: 'not-found', message: 'x' } }] }));
    expect(notFound.querySelector('[data-state="not-found"]')).not.toBeNull();
  });

  it('shows title, applicants, status, dates and family size', () => {
    const host = show(result({
      sources: [{ office: 'epo-ops', ok: true }, { office: 'uspto-odp', ok: false, error: { kind: 'quota', message: 'q', resetsAt: '2026-11-26T00:00:00Z' } }],
      status: { label: 'Granted', detail: 'in force', office: 'epo-ops', asOf: '2026-11-25T00:00:00Z' },
      biblio: { title: 'Widget', applicants: ['ACME', 'Foo'], dates: { filing: '2019-01-02', grant: '2021-03-04' } },
      family: [ref, ref, ref],
    }));
    expect(host.querySelector('[data-field="title"]')!.textContent).toBe('Widget');
    expect(host.querySelector('[data-field="applicants"]')!.textContent).toBe('ACME; Foo');
    expect(host.querySelector('[data-field="status"]')!.textContent).toMatch(/Granted — in force/);
    expect(host.querySelector('[data-field="dates"]')!.textContent).toMatch(/Filed.*2019.*Granted.*2021/);
    expect(host.querySelector('[data-field="family"]')!.textContent).toBe('Family: 3 members');
    expect(host.querySelector('[data-state="partial"]')!.textContent).toMatch(/quota used up until/);
  });

  it('shows a failed lookup with its reason and a retry button', () => {
    const onRetry = vi.fn();
    const host = show({ phase: 'failed', kind: 'rate-limit', message: 'slow down', retryAfterSeconds: 30 }, onRetry);
    expect(host.querySelector('[data-state="error"]')!.textContent).toMatch(/try again in 30 s/);
    host.querySelector<HTMLButtonElement>('[data-state="error"] button')!.click();
    expect(onRetry).toHaveBeenCalled();
  });

  it('carries the reading as found (no re-parse), shows and copies the office form', () => {
    const reading = readingOf({ ...found, raw: 'US 10,123,456\n B2' });
    expect(reading).toEqual({ ...found, raw: 'US 10,123,456 B2' });
    expect(normalisedOf(found)).toEqual({ shown: 'US 10,123,456 B2', copied: 'US 10,123,456 B2' });
  });

  it('an application copies as the application, an era number shows its Western year (issue 9 §4)', () => {
    const app = readingOf(findNumbers('特願2020-123456')[0]!);
    expect(normalisedOf(app).copied).toBe('特願2020-123456');
    const era = readingOf(findNumbers('特願平7-123456')[0]!);
    expect(normalisedOf(era)).toEqual({ shown: '特願平7-123456 (1995)', copied: '特願平7-123456' });
  });
});
