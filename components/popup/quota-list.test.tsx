import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { useEnglishMessages } from '../lookup/fake-i18n';
import { QuotaList } from './quota-list';

beforeEach(useEnglishMessages);

describe('popup quota list', () => {
  it('shows per office the key and token state, calls left and the reset time, bytes for OPS', () => {
    const host = document.createElement('div');
    render(
      <QuotaList
        view={{
          offices: [
            { office: 'jpo', enabled: true, configured: true, token: { state: 'valid', expiresAt: '2026-11-25T03:00:00.000Z' } },
            { office: 'epo-ops', enabled: true, configured: true, token: { state: 'none' } },
            { office: 'uspto-odp', enabled: true, configured: false },
          ],
          rows: [
            { office: 'jpo', endpoint: 'app_progress', unit: 'calls', used: 3, limit: 400, remaining: 397, resetsAt: '2026-11-25T15:00:00.000Z' },
            { office: 'jpo', endpoint: 'cite_doc_info', unit: 'calls', used: 0, limit: 100, remaining: 100, resetsAt: '2026-11-25T15:00:00.000Z' },
            { office: 'epo-ops', endpoint: 'weekly', unit: 'bytes', used: 80513, limit: 4 * 1024 ** 3, remaining: 4 * 1024 ** 3 - 80513, resetsAt: '2026-11-30T00:00:00.000Z' },
          ],
        }}
      />,
      host,
    );
    const jpo = host.querySelector('[data-office="jpo"]')!;
    expect(jpo.querySelector('.token-state')?.textContent).toMatch(/signed in until/);
    expect(jpo.querySelectorAll('li')).toHaveLength(1); // unused endpoints folded away
    expect(jpo.querySelector('li')?.textContent).toMatch(/app_progress: 397 of 400 calls left · resets/);
    expect(host.querySelector('[data-office="epo-ops"] li')?.textContent).toMatch(/Weekly data: 79 KB of 4.00 GB used/);
    expect(host.querySelector('[data-office="uspto-odp"] .token-state')?.textContent).toBe('no key set');
  });
});
