/**
 * getBibliographyDetailInfoSearch → the shared model: the bibliography (title from biblioSummaryInfo,
 * applicants, inventors, agents, dates, IPC), the legal-status history as events, the family's
 * application numbers, the prior-art numbers, and the Korean abstract and claims as the document's own
 * text. KIPRIS sometimes sends biblioSummaryInfo as `xsi:nil` (the recorded reply does):
 * `summaryMissing` tells the provider to ask once more.
 */
import type { Bibliographic, CaseStatus, Citation, Classification, DocRef, DocumentText, Family, LegalEvent, Party } from '../../model/patent';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { NotFound } from '../../transport/errors';
import { deriveKiprisStatus } from './status';
import { isNil, isoDate, node, nodes, parseKiprisXml, text, type Node } from './xml';
import { krApplicationRef } from './numbers';
import { priorArtCitations } from './parse-citations';

export interface KiprisCase {
  applicationNumber: string;
  summaryMissing: boolean;
  biblio: Bibliographic;
  status: CaseStatus;
  events: LegalEvent[];
  family?: Family;
  texts: DocumentText[];
  /** The prior-art numbers the bibliography lists (citationInfoV3 says more, where the key may ask it). */
  priorArt: Citation[];
}

const ENDPOINT = 'getBibliographyDetailInfoSearch';

function parties(list: Node[], role: Party['role']): Party[] {
  return list
    .map((p): Party => ({ name: text(p.name) || text(p.engName), role, ...(text(p.code) && { code: text(p.code) }), ...(text(p.country) && { country: text(p.country) }) }))
    .filter((p) => p.name);
}

export function parseKiprisBibliography(body: unknown, info: FetchInfo, requested: string): KiprisCase {
  const response = parseKiprisXml(body, ENDPOINT);
  const item = nodes(node(response.body).item)[0];
  if (!item) throw new NotFound('kipris', `KIPRIS Plus has no bibliography for application ${requested}`);
  const source = sourceOf('kipris', ENDPOINT, info);
  const summaries = nodes(node(item.biblioSummaryInfoArray).biblioSummaryInfo).filter((s) => !isNil(s));
  const summary = summaries[0] ?? {};
  const appNo = text(summary.applicationNumber).replace(/-/g, '') || requested;
  const ref: DocRef = krApplicationRef(appNo);

  const events: LegalEvent[] = nodes(node(item.legalStatusInfoArray).legalStatusInfo).flatMap((e) => {
    const date = isoDate(e.receiptDate);
    if (!date) return [];
    const ko = text(e.documentName);
    const en = text(e.documentEngName);
    const step = text(e.commonCodeName);
    return [{ date, code: text(e.receiptNumber), description: [en || ko, step && `— ${step}`].filter(Boolean).join(' '), officeText: ko || en, source }];
  });

  const classifications: Classification[] = nodes(node(item.ipcInfoArray).ipcInfo)
    .map((c) => text(c.ipcNumber))
    .filter(Boolean)
    .map((symbol) => ({ scheme: 'IPC', symbol }));

  const title = text(summary.inventionTitle) || text(summary.inventionTitleEng);
  const titles: Record<string, string> = {};
  if (text(summary.inventionTitle)) titles.ko = text(summary.inventionTitle);
  if (text(summary.inventionTitleEng)) titles.en = text(summary.inventionTitleEng);
  const abstract = nodes(node(item.abstractInfoArray).abstractInfo).map((a) => text(a.astrtCont)).find(Boolean);
  const dates = {
    ...(isoDate(summary.applicationDate) && { filing: isoDate(summary.applicationDate)! }),
    ...(isoDate(summary.openDate) && { publication: isoDate(summary.openDate)! }),
    ...(isoDate(summary.registerDate) && { grant: isoDate(summary.registerDate)! }),
  };
  const biblio: Bibliographic = {
    ref,
    title,
    ...(Object.keys(titles).length > 0 && { titles }),
    ...(abstract && { abstract, abstracts: { ko: abstract } }),
    parties: [
      ...parties(nodes(node(item.applicantInfoArray).applicantInfo), 'applicant'),
      ...parties(nodes(node(item.inventorInfoArray).inventorInfo), 'inventor'),
      ...parties(nodes(node(item.agentInfoArray).agentInfo), 'agent'),
    ],
    dates: Object.keys(dates).length > 0 ? dates : { ...(events[0] && { filing: events[0].date }) },
    classifications,
    source,
  };

  const familyNumbers = nodes(node(item.familyInfoArray).familyInfo).map((f) => text(f.familyApplicationNumber).replace(/-/g, '')).filter((n) => /^\d{13}$/.test(n));
  const family: Family | undefined = familyNumbers.length
    ? { kind: 'domestic', members: [ref, ...familyNumbers.map(krApplicationRef)].map((r) => ({ ref: r, application: r, dates: {} })), source }
    : undefined;

  const claims = nodes(node(item.claimInfoArray).claimInfo).map((c) => text(c.claim)).filter(Boolean);
  const texts: DocumentText[] = [
    ...(title && titles.ko ? [{ member: ref, part: 'title' as const, index: 0, lang: 'ko', text: titles.ko, source }] : []),
    ...(titles.en ? [{ member: ref, part: 'title' as const, index: 0, lang: 'en', text: titles.en, source }] : []),
    ...(abstract ? [{ member: ref, part: 'abstract' as const, index: 0, lang: 'ko', text: abstract, source }] : []),
    ...claims.map((claim, i) => ({ member: ref, part: 'claim' as const, index: Number(/^(\d+)\./.exec(claim)?.[1] ?? i + 1), lang: 'ko', text: claim.replace(/^\d+\.\s*/, ''), source })),
  ];

  return {
    applicationNumber: appNo,
    summaryMissing: summaries.length === 0,
    biblio,
    status: deriveKiprisStatus(events, text(summary.registerStatus), source),
    events,
    ...(family && { family }),
    texts,
    priorArt: priorArtCitations(item, source),
  };
}
