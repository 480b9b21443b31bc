import { describe, expect, it } from 'vitest';
import { findNumbers } from './find-numbers';
import { googleId, refKey, toJpoNumber, toKiprisNumber, toOpsInput, toTipoNumber, toUsptoApplicationNumber, viewerLinks } from './index';
import type { PatentRef } from './types';

const ref = (text: string): PatentRef => {
  const f = findNumbers(text)[0];
  if (!f) throw new Error(`no number in ${text}`);
  return f;
};

describe('office formatters', () => {
  it.each([
    ['特開平7-234567', { kind: 'publication', number: '1995234567' }],
    ['特願平8-345678', { kind: 'application', number: '1996345678' }],
    ['特願2022-101234', { kind: 'application', number: '2022101234' }],
    ['特許第7345678号', { kind: 'registration', number: '7345678' }],
    ['特公平7-12345', null],
    ['US 10,123,456 B2', null],
  ])('JPO %s', (t, want) => expect(toJpoNumber(ref(t))).toEqual(want));

  it.each([
    ['EP 2 456 789 B1', { format: 'docdb', refType: 'publication', input: 'EP.2456789.B1' }],
    ['特許第7345678号', { format: 'epodoc', refType: 'publication', input: 'JP7345678' }],
    ['U.S. Appl. No. 18/012,345', { format: 'original', refType: 'application', input: 'US.(18/012,345)' }],
  ])('OPS %s', (t, want) => expect(toOpsInput(ref(t))).toEqual(want));

  it('USPTO ODP, KIPRIS, TIPO', () => {
    expect(toUsptoApplicationNumber(ref('U.S. Appl. No. 16/123,456'))).toBe('16123456');
    expect(toUsptoApplicationNumber(ref('US 10,123,456 B2'))).toBeNull();
    expect(toKiprisNumber(ref('출원번호 10-2020-0098765'))).toBe('1020200098765');
    expect(toKiprisNumber(ref('(11) 등록번호 10-2345678'))).toBe('1023456780000');   // §2.5 [25]
    expect(toTipoNumber(ref('TW I745678 B'))).toBe('I745678');
  });

  it('Google ids: US 4+7, WO 4+6, era letters kept', () => {
    expect(googleId(ref('US 2019/0345678 A1'))).toBe('US20190345678A1');
    expect(googleId(ref('WO 99/45678'))).toBe('WO1999045678');
    expect(googleId(ref('特開平7-234567'))).toBe('JPH07234567A');
  });

  it('refKey merges repeats and keeps applications apart', () => {
    expect(refKey(ref('EP 1 234 567 A1'))).toBe(refKey(ref('EP1234567B1')));
    expect(refKey(ref('特開2021-012345'))).not.toBe(refKey(ref('特願2021-012345')));
  });
});

describe('viewerLinks', () => {
  const links = (t: string) => Object.fromEntries(viewerLinks(ref(t)).map((l) => [l.viewer, l.url]));
  it('JP publication', () => {
    const l = links('特開2024-025536');
    expect(l['j-platpat']).toBe('https://www.j-platpat.inpit.go.jp/c1801/PU/JP-2024-025536/11/ja');   // DEEP-LINKS.md example
    expect(l['google-patents']).toBe('https://patents.google.com/patent/JP2024025536A/en');
    expect(l.espacenet).toBe('https://worldwide.espacenet.com/patent/search?q=pn%3DJP2024025536');
  });
  it('JP registrations and utility models', () => {
    expect(links('特許第7243802号')['j-platpat']).toBe('https://www.j-platpat.inpit.go.jp/c1801/PU/JP-7243802/15/ja');
    expect(links('実登3244847')['j-platpat']).toBe('https://www.j-platpat.inpit.go.jp/c1801/PU/JP-3244847/25/ja');
    expect(links('特願2021-208845')['j-platpat']).toBe('https://www.j-platpat.inpit.go.jp/c1801/PU/JP-2021-208845/10/ja');
  });
  it('EP application → Register', () => {
    expect(links('EP 19 205 846.3')['epo-register']).toBe('https://register.epo.org/application?number=EP19205846&lng=en&tab=main');
  });
  it('US application → Patent Center and Global Dossier', () => {
    const l = links('U.S. Appl. No. 16/123,456');
    expect(l['patent-center']).toBe('https://patentcenter.uspto.gov/applications/16123456');
    expect(l['global-dossier']).toBe('https://globaldossier.uspto.gov/#/result/patent/US/16123456/1');
    expect(l['google-patents']).toBeUndefined();
  });
  it('WO publication → Patentscope', () => {
    expect(links('WO 2018/162793 A1').patentscope).toBe('https://patentscope.wipo.int/search/en/detail.jsf?docId=WO2018162793');
  });
  it('JP applications → Global Dossier in the JPO form, era years as Western years (issue 9 §4)', () => {
    expect(links('特願2020-123456')['global-dossier']).toBe('https://globaldossier.uspto.gov/#/result/patent/JP/2020123456/1');
    expect(links('特願平7-123456')['global-dossier']).toBe('https://globaldossier.uspto.gov/#/result/patent/JP/1995123456/1');
    expect(links('特開2020-123456')['global-dossier']).toBeUndefined();
  });
  it('PCT application → PATENTSCOPE by application number', () => {
    expect(links('PCT/JP2020/012345').patentscope).toBe('https://patentscope.wipo.int/search/en/result.jsf?query=AN:PCT%2FJP2020%2F012345');
  });
  it('KR → KIPRIS', () => {
    expect(links('KR 10-2021-0045678 A').kipris).toContain('1020210045678');
  });
});
