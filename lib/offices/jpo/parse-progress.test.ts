import { describe, expect, it } from 'vitest';
import { parseAppProgress } from './parse-progress';
import { FETCHED, fixtureJson } from './test-fixtures';

describe('parseAppProgress (app_progress / app_progress_simple)', () => {
  const p = parseAppProgress(fixtureJson('app_progress.2020123456.json'), FETCHED, { lang: 'en' });

  it('maps the recorded patent reply into biblio with provenance', () => {
    expect(p).not.toBeNull();
    const b = p!.biblio;
    expect(b.title).toBe('立体配線構造体の製造方法');
    expect(b.ref).toEqual({ raw: '特願2020-123456', country: 'JP', type: 'application', docdb: 'JP.2020123456.A', epodoc: 'JP20200123456' });
    expect(b.parties).toEqual([
      { name: 'メイショウ株式会社', role: 'applicant', code: '000114400' },
      { name: '渡辺　一豊', role: 'agent', code: '100076598' },
      { name: '渡辺　一成', role: 'agent', code: '100165607' },
      { name: '森合　透', role: 'agent', code: '100196690' },
    ]);
    expect(b.dates).toEqual({
      filing: '2020-07-20',
      publication: '2021-06-10',
      grant: '2024-08-05',
      priority: '2019-11-21',
      examinationRequest: '2023-04-19',
      expiry: '2040-07-20',
    });
    expect(b.numbers).toEqual([
      { type: 'publication', ref: { raw: '特開2021-090037', country: 'JP', type: 'publication', docdb: 'JP.2021090037.A', epodoc: 'JP2021090037' } },
      { type: 'grant', ref: { raw: '特許第7533889号', country: 'JP', type: 'grant', docdb: 'JP.7533889.B2', epodoc: 'JP7533889B2' } },
    ]);
    expect(b.source).toEqual({ office: 'jpo', endpoint: 'app_progress', fetchedAt: FETCHED.fetchedAt });
    expect(p!.remainAccessCount).toBe(787);
  });

  it('turns the domestic priority claim into a related case', () => {
    expect(p!.related).toEqual([
      { relation: 'priority', ref: expect.objectContaining({ docdb: 'JP.2019210418.A' }), date: '2019-11-21', source: p!.biblio.source },
    ]);
  });

  it('lists the document history as legal events with plain words beside the office text', () => {
    const events = p!.events;
    expect(events).toHaveLength(14); // 12 + 3 listed, A01 listed under both the application and the registration
    expect(events.find((e) => e.code === 'A131')).toMatchObject({ date: '2024-02-27', description: 'Notice of reasons for refusal', officeText: '拒絶理由通知書' });
    expect(events.find((e) => e.code === 'A01')).toMatchObject({ date: '2024-07-09', description: 'Decision to grant a patent', officeText: '特許査定' });
    expect(events.filter((e) => e.code === 'R150')).toHaveLength(1);
    const ja = parseAppProgress(fixtureJson('app_progress.2020123456.json'), FETCHED, { lang: 'ja' });
    expect(ja!.events.find((e) => e.code === 'A131')?.description).toBe('拒絶理由通知書');
  });

  it('keeps the facts status derivation needs', () => {
    expect(p!.facts).toMatchObject({ applicationNumber: '2020123456', registrationNumber: '7533889', registrationDate: '2024-08-05', expireDate: '2040-07-20', erasureIdentifier: '00' });
    expect(p!.facts.disappearanceDate).toBeUndefined();
    expect(p!.facts.documents.map((d) => d.code)).toContain('A621');
  });

  it('reads app_progress_simple (no priority block, same biblio)', () => {
    const s = parseAppProgress(fixtureJson('app_progress_simple.2020123456.json'), FETCHED, { endpoint: 'app_progress_simple' });
    expect(s!.biblio.title).toBe('立体配線構造体の製造方法');
    expect(s!.biblio.source.endpoint).toBe('app_progress_simple');
    expect(s!.related).toEqual([]);
    expect(s!.remainAccessCount).toBe(793);
    expect(s!.facts.registrationNumber).toBe('7533889');
  });

  it('returns null for statusCode 107 (no such application)', () => {
    expect(parseAppProgress(fixtureJson('app_progress.9999999999.status107-no-data.json'), FETCHED)).toBeNull();
  });

  it('reads the design and trademark variants of app_progress', () => {
    const design = parseAppProgress(fixtureJson('design.app_progress.2020015234.json'), FETCHED);
    expect(design!.biblio.title).toBe('球体転がし用積み木');
    expect(design!.facts.registrationNumber).toBe('1680736');
    expect(design!.events.find((e) => e.code === 'A01')?.officeText).toBe('登録査定');
    const tm = parseAppProgress(fixtureJson('trademark.app_progress.2024123456.json'), FETCHED);
    expect(tm!.biblio.title).toBe('メタンレス和牛');
    expect(tm!.facts.documents.map((d) => d.description)).toEqual(['商標登録願', '拒絶理由通知書', '拒絶査定']);
  });

  it('rejects a body without the envelope', () => {
    expect(() => parseAppProgress({ data: {} }, FETCHED)).toThrow(/envelope/);
    expect(() => parseAppProgress({ result: { statusCode: '100', data: { applicationNumber: 'x' } } }, FETCHED)).toThrow(/10 digits/);
  });
});
