import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readJpoHtml, readJpoXml } from './read-document';

// Recorded JPO bundles (fixtures/SOURCES.md): the refusal reason, the decision and the applicant's papers of 2020123456.
const bundle = (name: string) => unzipSync(readFileSync(path.join(import.meta.dirname, 'fixtures', name)));
const sjis = new TextDecoder('shift_jis');
const firstXml = (files: Record<string, Uint8Array>) => sjis.decode(Object.entries(files).find(([p]) => p.endsWith('.xml'))![1]);

describe('readable JPO documents', () => {
  it('a refusal reason: title, dates and examiner, headed sections, paragraphs, the articles', () => {
    const doc = readJpoXml(firstXml(bundle('app_doc_cont_refusal_reason.2020123456.zip')), 'x');
    expect(doc.title).toBe('拒絶理由通知書');
    expect(doc.facts).toEqual(expect.arrayContaining([{ label: '出願番号 / Application', value: '2020123456' }, { label: '日付 / Date', value: '2024-02-20' }]));
    expect(doc.blocks.filter((b) => b.kind === 'item').map((b) => b.text)).toContain('第２９条第２項（進歩性）');
    expect(doc.blocks.some((b) => b.kind === 'heading' && b.text.startsWith('●理由１'))).toBe(true);
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs[0]?.text).toMatch(/^この出願は、次の理由によって拒絶をすべきものです。/);
    expect(paragraphs.length).toBeGreaterThan(5);
  });

  it('a decision lists its cited documents', () => {
    const files = bundle('app_doc_cont_refusal_reason_decision.2020123456.zip');
    const decision = Object.entries(files).filter(([p]) => p.endsWith('.xml')).map(([, b]) => readJpoXml(sjis.decode(b), 'x')).find((d) => d.blocks.some((b) => b.kind === 'item' && /特開|特表|国際公開|米国/.test(b.text)));
    expect(decision).toBeDefined();
    expect(decision!.blocks.filter((b) => b.kind === 'item').length).toBeGreaterThanOrEqual(3);
  });

  it('opinions and amendments read too, with their claims', () => {
    const files = bundle('app_doc_cont_opinion_amendment.2020123456.zip');
    const docs = Object.entries(files).filter(([p]) => p.endsWith('.xml')).map(([, b]) => readJpoXml(sjis.decode(b), '意見書'));
    expect(docs.every((d) => d.blocks.length > 0)).toBe(true);
    expect(docs.some((d) => d.blocks.some((b) => /請求項/.test(b.text)))).toBe(true);
  });

  it('never carries markup: a hostile document becomes inert text', () => {
    const doc = readJpoXml('<?xml version="1.0"?><jp:x xmlns:jp="j"><jp:document-name>T</jp:document-name><p>a<br/>&lt;form action=x&gt;<img src="x"/>b</p></jp:x>', 'x');
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: 'a\n<form action=x>b' }]);
    const html = readJpoHtml('<html><body><FONT SIZE="6">拒絶理由通知書</FONT><script>alert(1)</script><p>本文&amp;続き</p><form><input name=p></form></body></html>', '拒絶理由通知書');
    expect(html.blocks).toEqual([{ kind: 'paragraph', text: '拒絶理由通知書本文&続き' }]);
  });
});
