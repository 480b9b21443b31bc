import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEnglishMessages } from './fake-i18n';
import type { LookupDetails } from '../../lib/lookup/types';
import { LookupResultView } from './lookup-result';

const source = { office: 'jpo' as const, endpoint: 'app_progress', fetchedAt: '2026-11-25T01:00:00.000Z' };
const ref = { raw: '特願2020-123456', country: 'JP', type: 'application' as const, docdb: 'JP.2020123456.A', epodoc: 'JP20200123456' };

function details(patch: Partial<LookupDetails> = {}, summaryPatch: Partial<LookupDetails['summary']> = {}): LookupDetails {
  return {
    summary: { input: '特願2020-123456', ref, sources: [{ office: 'jpo', ok: true }], status: { label: 'Granted', detail: '登録', office: 'jpo', asOf: source.fetchedAt }, ...summaryPatch },
    status: { state: 'granted', officeDetail: '登録', source },
    biblio: { ref, title: '発明の名称', parties: [{ name: 'ACME株式会社', role: 'applicant' }], dates: { filing: '2020-07-01' }, source: { ...source, stale: true } },
    family: { kind: 'inpadoc', members: [{ ref: { raw: 'EP2400812A1', country: 'EP', type: 'publication', docdb: 'EP.2400812.A1', epodoc: 'EP2400812' }, dates: {} }], source: { ...source, office: 'epo-ops', endpoint: 'family' } },
    documentOffices: ['jpo'],
    gaps: {},
    ...patch,
  };
}

const noDocs = { list: async () => [], get: async () => ({ fileName: '', mediaType: '', base64: '', fetchedAt: '' }) };
let host: HTMLElement;
afterEach(() => host?.remove());
beforeEach(useEnglishMessages);

function mount(d: LookupDetails, onLookup: (t: string) => void = () => {}) {
  host = document.createElement('div');
  document.body.append(host);
  render(<LookupResultView details={d} onLookup={onLookup} documents={noDocs} />, host);
  return host;
}

async function click(el: Element | null) {
  (el as HTMLElement).click();
  await new Promise((r) => setTimeout(r, 0));
}

describe('lookup result view', () => {
  it('shows the plain-words status, the office detail and where it came from', () => {
    const el = mount(details());
    expect(el.querySelector('.status-label')?.textContent).toContain('Granted');
    expect(el.querySelector('.status-detail')?.textContent).toBe('登録');
    expect(el.querySelector('.as-of')?.getAttribute('data-endpoint')).toBe('app_progress');
    expect(el.querySelectorAll('[data-tab]')).toHaveLength(8);
    expect(el.querySelector('.viewer-links [data-viewer="j-platpat"]')?.getAttribute('href')).toMatch(/^https:\/\/www\.j-platpat\.inpit\.go\.jp\//);
  });

  it('marks a stale copy on the biblio tab', async () => {
    const el = mount(details());
    await click(el.querySelector('[data-tab="biblio"]'));
    expect(el.querySelector('.biblio-title')?.textContent).toBe('発明の名称');
    expect(el.querySelector('.as-of')?.getAttribute('data-stale')).toBe('true');
  });

  it('heads the answer with the office form, DOCDB and EPODOC beside it (issue 9 §4)', () => {
    const el = mount(details());
    expect(el.querySelector('h2.lookup-ref')?.textContent).toBe('特願2020-123456');
    expect(el.querySelector('[data-field="docdb"]')?.textContent).toBe('JP.2020123456.A');
    expect(el.querySelector('[data-field="epodoc"]')?.textContent).toBe('JP20200123456');
    expect(el.querySelector('.viewer-links [data-viewer="global-dossier"]')?.getAttribute('href')).toContain('/JP/2020123456/');
  });

  it('offers the other readings with the reason; each looks up by a form that reads as that reading', async () => {
    const pub = { ...ref, type: 'publication' as const };
    const asked: string[] = [];
    const el = mount(details({}, { ref: pub, readings: [pub, ref], ambiguity: 'docdb-shape' }), (t) => asked.push(t));
    expect(el.querySelector('h2.lookup-ref')?.textContent).toBe('特開2020-123456');
    expect(el.querySelector('.readings')?.textContent).toContain('DOCDB writes');
    await click(el.querySelector('[data-action="reading"]'));
    expect(asked).toEqual(['特願2020-123456']);
  });

  it('family members start a new lookup', async () => {
    const asked: string[] = [];
    const el = mount(details(), (t) => asked.push(t));
    await click(el.querySelector('[data-tab="family"]'));
    await click(el.querySelector('button.ref'));
    expect(asked).toEqual(['EP 2 400 812 A1']);
  });

  it('shows one message per failed office with its kind', () => {
    const el = mount(
      details({}, {
        sources: [
          { office: 'jpo', ok: false, error: { kind: 'quota', message: 'daily cap', resetsAt: '2026-11-25T15:00:00.000Z' } },
          { office: 'epo-ops', ok: false, error: { kind: 'no-credentials', message: 'No credentials are set for epo-ops' } },
        ],
      }),
    );
    const errors = [...el.querySelectorAll('.source-error')];
    expect(errors.map((e) => e.getAttribute('data-kind'))).toEqual(['quota', 'no-credentials']);
    expect(errors[0]?.textContent).toMatch(/Quota used up\. It resets .*2026/);
    expect(errors[1]?.textContent).toContain('No API key is set');
  });

  it('says why the text is not a number', () => {
    const el = mount(details({}, { ref: null, reason: 'no digits', sources: [] }));
    expect(el.querySelector('.not-a-number')).not.toBeNull();
  });

  it('related cases from several endpoints: each relation in words, and one "as of" per endpoint', async () => {
    const tw = (n: string) => ({ raw: `TW ${n}`, country: 'TW', type: 'application' as const, docdb: `TW.${n}.A`, epodoc: null });
    const at = (endpoint: string) => ({ office: 'tipo' as const, endpoint, fetchedAt: source.fetchedAt });
    const el = mount(details({ related: [
      { relation: 'priority', ref: { raw: 'JP 2016-131234', country: 'JP', type: 'application', docdb: 'JP.2016131234.A', epodoc: null }, source: at('PatentPriority') },
      { relation: 'divisional', ref: tw('108100123'), source: at('PatentDivide') },
      { relation: 'twin', ref: tw('106209876'), source: at('PatentTwins') },
      { relation: 'twin', ref: tw('106209877'), source: at('PatentTwins') },
    ] }));
    await click(el.querySelector('[data-tab="related"]'));
    expect(el.querySelector('[data-relation="twin"]')?.textContent).toContain('twin (same-day invention + utility model)');
    expect([...el.querySelectorAll('.related-tab .as-of')].map((a) => a.getAttribute('data-endpoint'))).toEqual(['PatentPriority', 'PatentDivide', 'PatentTwins']);
  });
});
