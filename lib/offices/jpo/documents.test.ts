import { describe, expect, it } from 'vitest';
import { listDocuments, openDocument, parseDocumentId, readDocumentBundle } from './documents';
import { FETCHED, fixtureBytes, fixtureJson } from './test-fixtures';

describe('JPO document bundles', () => {
  it('lists the refusal notice with its title, drafting date and kind', () => {
    const docs = listDocuments(fixtureBytes('app_doc_cont_refusal_reason.2020123456.zip'), 'app_doc_cont_refusal_reason', FETCHED);
    expect(docs).toEqual([
      {
        id: 'app_doc_cont_refusal_reason/06124084096-jpntce.xml',
        path: '06124084096-jpntce.xml',
        title: '拒絶理由通知書',
        date: '2024-02-20',
        kind: 'refusal-reason',
        mediaType: 'application/xml',
        source: { office: 'jpo', endpoint: 'app_doc_cont_refusal_reason', fetchedAt: FETCHED.fetchedAt },
      },
    ]);
  });

  it('lists JPO-mailed documents: refusal reasons and the decision to grant', () => {
    const docs = listDocuments(fixtureBytes('app_doc_cont_refusal_reason_decision.2020123456.zip'), 'app_doc_cont_refusal_reason_decision', FETCHED);
    expect(docs.map((d) => [d.title, d.date, d.kind])).toEqual([
      ['拒絶理由通知書', '2024-02-20', 'refusal-reason'],
      ['特許査定', '2024-07-04', 'decision'],
    ]);
  });

  it('lists applicant-filed documents (opinion and amendment) from folder codes', () => {
    const docs = listDocuments(fixtureBytes('app_doc_cont_opinion_amendment.2020123456.zip'), 'app_doc_cont_opinion_amendment', FETCHED);
    expect(docs.map((d) => [d.path, d.title, d.kind, d.code])).toEqual([
      ['A523_52400900473/JPOXMLDOC01-jpbibl.xml', '手続補正書', 'amendment', 'A523'],
      ['A53_52400900476/JPOXMLDOC01-jpbibl.xml', '意見書', 'opinion', 'A53'],
    ]);
  });

  it('reads design and trademark HTM documents (Shift_JIS, era dates)', () => {
    const design = listDocuments(fixtureBytes('design.app_doc_cont_refusal_reason.2021019500.zip'), 'app_doc_cont_refusal_reason', FETCHED);
    expect(design.map((d) => [d.title, d.date, d.mediaType])).toEqual([['拒絶理由通知書', '2022-03-10', 'text/html']]);
    const amend = listDocuments(fixtureBytes('design.app_doc_cont_opinion_amendment.2021019500.zip'), 'app_doc_cont_opinion_amendment', FETCHED);
    expect(amend.map((d) => [d.title, d.date, d.kind])).toEqual([['手続補正書', '2022-03-24', 'amendment']]);
    const tm = listDocuments(fixtureBytes('trademark.app_doc_cont_refusal_reason_decision.2024123456.zip'), 'app_doc_cont_refusal_reason_decision', FETCHED);
    expect(tm.map((d) => [d.title, d.kind])).toEqual([
      ['拒絶理由通知書', 'refusal-reason'],
      ['拒絶査定', 'decision'],
    ]);
    expect(tm[1]?.date).toBe('2026-01-08');
    const tmr = listDocuments(fixtureBytes('trademark.app_doc_cont_refusal_reason.2024123456.zip'), 'app_doc_cont_refusal_reason', FETCHED);
    expect(tmr).toHaveLength(1);
  });

  it('opens one document: original Shift_JIS bytes and UTF-8 text with the declaration rewritten', () => {
    const zip = fixtureBytes('app_doc_cont_refusal_reason_decision.2020123456.zip');
    const doc = openDocument(zip, 'app_doc_cont_refusal_reason_decision/06124327784-jpntce.xml');
    expect(doc.fileName).toBe('06124327784-jpntce.xml');
    expect(doc.mediaType).toBe('application/xml');
    expect(doc.bytes.length).toBe(5583);
    expect(doc.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(doc.text).toContain('<invention-title>立体配線構造体の製造方法</invention-title>');
    const html = openDocument(fixtureBytes('design.app_doc_cont_refusal_reason.2021019500.zip'), '06322013724P.HTM');
    expect(html.text).toContain('charset=UTF-8');
    expect(html.text).toMatch(/意願２０２１.０１９５００/); // the dash decodes per WHATWG Shift_JIS
    expect(() => openDocument(zip, 'missing.xml')).toThrow(/not in the bundle/);
  });

  it('tells a ZIP from the JSON envelope: large-bundle URL, no document (108), no data (107)', () => {
    const zip = readDocumentBundle(fixtureBytes('app_doc_cont_refusal_reason.2020123456.zip'), 'application/zip', 'app_doc_cont_refusal_reason', FETCHED);
    expect(zip.kind).toBe('documents');
    const large = readDocumentBundle(fixtureJson('app_doc_cont_refusal_reason.large-bundle-url.reconstructed.json'), 'application/json', 'app_doc_cont_refusal_reason', FETCHED);
    expect(large).toEqual({ kind: 'download', url: 'https://ip-data.jpo.go.jp/download/docContRefusalReason_2020123456.zip', source: { office: 'jpo', endpoint: 'app_doc_cont_refusal_reason', fetchedAt: FETCHED.fetchedAt } });
    const asBytes = readDocumentBundle(fixtureBytes('app_doc_cont_refusal_reason.status108-no-document.reconstructed.json'), '', 'app_doc_cont_refusal_reason', FETCHED);
    expect(asBytes).toEqual({ kind: 'empty' });
    expect(readDocumentBundle(fixtureJson('app_progress.9999999999.status107-no-data.json'), 'application/json', 'app_doc_cont_refusal_reason', FETCHED)).toEqual({ kind: 'empty' });
    expect(() => readDocumentBundle(new Uint8Array([0x50, 0x4b, 1, 2]), 'application/zip', 'app_doc_cont_refusal_reason', FETCHED)).toThrow(/not a readable ZIP/);
  });

  it('parses document ids', () => {
    expect(parseDocumentId('app_doc_cont_opinion_amendment/A53_1/x.xml')).toEqual({ endpoint: 'app_doc_cont_opinion_amendment', path: 'A53_1/x.xml' });
    expect(parseDocumentId('other/x.xml')).toBeNull();
  });
});
