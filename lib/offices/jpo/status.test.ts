import { describe, expect, it } from 'vitest';
import { statusWords } from '../../model/status-words';
import { parseAppProgress } from './parse-progress';
import type { JpoCaseFacts } from './parse-progress';
import { parseRegistrationInfo } from './parse-registration';
import { deriveJpoStatus } from './status';
import { FETCHED, fixtureJson } from './test-fixtures';

const source = { office: 'jpo' as const, endpoint: 'app_progress', fetchedAt: FETCHED.fetchedAt };
const now = new Date('2026-11-25T00:00:00Z');
const doc = (date: string, code: string, description: string) => ({ date, code, description, numberType: '01' });

describe('JPO plain-words status', () => {
  it('the recorded patent is granted, with the registration beside it', () => {
    const p = parseAppProgress(fixtureJson('app_progress.2020123456.json'), FETCHED)!;
    const s = deriveJpoStatus(p.facts, p.biblio.source, now);
    expect(s).toEqual({ state: 'granted', officeDetail: '登録 特許第7533889号 2024-08-05（存続期間満了予定 2040-07-20）', since: '2024-08-05', source });
    expect(statusWords(s.state)).toBe('Granted');
  });

  it('uses registration_info provenance when it was fetched', () => {
    const p = parseAppProgress(fixtureJson('app_progress.2020123456.json'), FETCHED)!;
    const r = parseRegistrationInfo(fixtureJson('registration_info.2020123456.json'), FETCHED);
    expect(deriveJpoStatus(p.facts, p.biblio.source, now, r).source.endpoint).toBe('registration_info');
  });

  it('the same patent after its term is expired', () => {
    const p = parseAppProgress(fixtureJson('app_progress.2020123456.json'), FETCHED)!;
    expect(deriveJpoStatus(p.facts, source, new Date('2040-07-21T00:00:00Z'))).toMatchObject({ state: 'expired', since: '2040-07-20' });
  });

  it('the recorded trademark ended in 拒絶査定 → refused', () => {
    const tm = parseAppProgress(fixtureJson('trademark.app_progress.2024123456.json'), FETCHED)!;
    expect(deriveJpoStatus(tm.facts, source, now)).toMatchObject({ state: 'refused', officeDetail: '拒絶査定 2026-01-13', since: '2026-01-13' });
  });

  const base: JpoCaseFacts = { applicationNumber: '2024000001', filingDate: '2024-01-05', documents: [doc('2024-01-05', 'A63', '特許願')] };
  it.each<[string, JpoCaseFacts, string]>([
    ['right ended before its term (annuities unpaid)', { ...base, registrationNumber: '7000001', expireDate: '2042-01-05', disappearanceDate: '2025-03-01' }, 'lapsed'],
    ['right ended at its term', { ...base, registrationNumber: '7000001', expireDate: '2025-01-05', disappearanceDate: '2025-01-05' }, 'expired'],
    ['examination requested', { ...base, documents: [...base.documents, doc('2023-01-10', 'A621', '出願審査請求書')] }, 'pending-examination'],
    ['refusal reasons answered, still pending', { ...base, documents: [...base.documents, doc('2023-01-10', 'A621', '出願審査請求書'), doc('2024-01-10', 'A131', '拒絶理由通知書'), doc('2024-03-10', 'A53', '意見書')] }, 'pending-examination'],
    ['refused, then appealed', { ...base, documents: [...base.documents, doc('2024-06-10', 'A02', '拒絶査定'), doc('2024-09-10', 'X', '拒絶査定不服審判請求書')] }, 'pending'],
    ['withdrawn', { ...base, documents: [...base.documents, doc('2022-05-10', 'A7', '出願取下書')] }, 'withdrawn'],
    ['abandoned', { ...base, documents: [...base.documents, doc('2022-05-10', 'A7', '出願放棄書')] }, 'abandoned'],
    ['decision to grant, fee not yet paid', { ...base, documents: [...base.documents, doc('2023-01-10', 'A621', '出願審査請求書'), doc('2024-07-09', 'A01', '特許査定')] }, 'granted'],
    ['no examination request within 3 years', { ...base, filingDate: '2020-01-05' }, 'withdrawn'],
    ['published, examination not yet requested', { ...base, publicationDate: '2023-07-06' }, 'published'],
    ['just filed', base, 'pending'],
    ['nothing known', { applicationNumber: '2026000001', documents: [] }, 'unknown'],
  ])('%s', (_name, facts, state) => {
    const s = deriveJpoStatus(facts, source, now);
    expect(s.state).toBe(state);
    expect(s.source).toBe(source);
    if (state !== 'unknown') expect(s.officeDetail.length).toBeGreaterThan(0);
  });
});
