import type { NumberType } from '../../model/contracts';
import type { Bibliographic, Classification, DocRef, LegalEvent, Party, RelatedCase } from '../../model/patent';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { BadResponse } from '../../transport/errors';
import { documentWords } from './document-codes';
import { isoDate, objects, readEnvelope, str } from './envelope';
import { type JpoLaw, jpoEndpointKey } from './endpoints';
import { jpCaseApplicationRef, jpEraPublicationRef, jpPublicationRef, jpRegistrationRef, jpRightRef, woPublicationRef } from './numbers';
import { parseDivisionalData, parsePriorityData } from './parse-related';

/** One entry of `bibliographyInformation[].documentList[]`: what was filed or mailed, and when. */
export interface JpoProgressDocument {
  date?: string;
  code: string;
  description: string;
  /** numberType of the owning block: 01 application, 02 publication, 06 registration … (code table 03020). */
  numberType: string;
  documentNumber?: string;
}

/** The facts status derivation reads (status.ts). */
export interface JpoCaseFacts {
  /** Which of the JPO's APIs the case belongs to (absent: patent): the words of its status differ (特許第 / 意匠登録第 / 商標登録第). */
  law?: JpoLaw;
  applicationNumber: string;
  filingDate?: string;
  publicationDate?: string;
  registrationNumber?: string;
  registrationDate?: string;
  expireDate?: string;
  disappearanceDate?: string;
  erasureIdentifier?: string;
  documents: JpoProgressDocument[];
}

export interface JpoProgress {
  biblio: Bibliographic;
  related: RelatedCase[];
  events: LegalEvent[];
  facts: JpoCaseFacts;
  remainAccessCount?: number;
}

/**
 * app_progress / app_progress_simple (and the design/trademark app_progress, which share the envelope and
 * the core fields) → model. Returns null for the empty status codes (107 "該当するデータがありません").
 */
export function parseAppProgress(
  body: unknown,
  info: FetchInfo,
  opts: { endpoint?: 'app_progress' | 'app_progress_simple'; lang?: 'en' | 'ja'; law?: JpoLaw } = {},
): JpoProgress | null {
  const endpoint = opts.endpoint ?? 'app_progress';
  const law = opts.law ?? 'patent';
  const env = readEnvelope(body, jpoEndpointKey(endpoint, law));
  if (!env.data) return null;
  const d = env.data;
  const source = sourceOf('jpo', jpoEndpointKey(endpoint, law), info);
  const appNo = str(d, 'applicationNumber');
  if (!/^\d{10}$/.test(appNo)) throw new BadResponse('jpo', `JPO ${endpoint}: applicationNumber "${appNo}" is not 10 digits`);

  const parties: Party[] = objects(d, 'applicantAttorney', endpoint).map((p) => ({
    name: str(p, 'name'),
    // applicantAttorneyClass 1 = applicant, 2 = attorney/agent (fixtures/app_progress.2020123456.json: the company is 1, the patent attorneys 2).
    role: str(p, 'applicantAttorneyClass') === '1' ? 'applicant' : 'agent',
    ...(str(p, 'applicantAttorneyCd') && { code: str(p, 'applicantAttorneyCd') }),
  }));

  const documents = objects(d, 'bibliographyInformation', endpoint).flatMap((block) =>
    objects(block, 'documentList', endpoint).map((doc): JpoProgressDocument => ({
      ...(isoDate(str(doc, 'legalDate')) && { date: isoDate(str(doc, 'legalDate')) }),
      code: str(doc, 'documentCode'),
      description: str(doc, 'documentDescription'),
      numberType: str(block, 'numberType'),
      ...(str(doc, 'documentNumber') && { documentNumber: str(doc, 'documentNumber') }),
    })),
  );

  const hasPublication = Boolean(str(d, 'ADPublicationNumber') || str(d, 'publicationNumber') || str(d, 'ADNationalPublicationNumber'));
  const numbers: { type: NumberType; ref: DocRef }[] = [];
  const pub = publicationOf(d);
  if (pub) numbers.push({ type: 'publication', ref: pub });
  const regNo = str(d, 'registrationNumber');
  if (regNo) numbers.push({ type: 'grant', ref: law === 'patent' ? jpRegistrationRef(regNo, hasPublication) : jpRightRef(law, regNo.padStart(7, '0')) });
  const wo = str(d, 'internationalPublicationNumber');
  const woRef = wo ? woPublicationRef(wo) : undefined;
  if (woRef) numbers.push({ type: 'publication', ref: woRef });

  // A design's or trademark's priority is a foreign design or mark, not a patent document: not related here.
  const priority = endpoint === 'app_progress' && law === 'patent' ? parsePriorityData(d, source) : [];
  const divisional = endpoint === 'app_progress' && law === 'patent' ? parseDivisionalData(d, source) : [];
  const priorityDates = priority.map((r) => r.date).filter((x): x is string => Boolean(x)).sort();
  const examRequest = documents.find((x) => x.code === 'A621' || x.description.includes('審査請求'))?.date;
  const dates = {
    ...(isoDate(str(d, 'filingDate')) && { filing: isoDate(str(d, 'filingDate')) }),
    ...(isoDate(str(d, 'publicationDate')) && { publication: isoDate(str(d, 'publicationDate')) }),
    ...(isoDate(str(d, 'registrationDate')) && { grant: isoDate(str(d, 'registrationDate')) }),
    ...(priorityDates[0] && { priority: priorityDates[0] }),
    ...(examRequest && { examinationRequest: examRequest }),
    ...(isoDate(str(d, 'expireDate')) && { expiry: isoDate(str(d, 'expireDate')) }),
  };

  // Design and trademark app_progress name the subject designArticle / trademarkForDisplay (fixtures design./trademark.).
  const title = str(d, 'inventionTitle') || str(d, 'designArticle') || str(d, 'trademarkForDisplay');
  const classifications = rightClasses(d, law);
  const biblio: Bibliographic = {
    ref: jpCaseApplicationRef(law, appNo),
    title,
    titles: { ja: title },
    parties,
    dates,
    numbers,
    ...(classifications.length > 0 && { classifications }),
    source,
  };

  const lang = opts.lang ?? 'en';
  // The same document can be listed under the application and the registration block (A01 特許査定 in the
  // recorded reply); one event each.
  const seen = new Set<string>();
  const events: LegalEvent[] = documents
    .filter((x) => x.date && !seen.has(`${x.date}|${x.code}|${x.description}`) && seen.add(`${x.date}|${x.code}|${x.description}`))
    .map((x) => ({
      date: x.date as string,
      code: x.code,
      description: documentWords(x.code, x.description, lang),
      officeText: x.description,
      country: 'JP',
      source,
    }));

  const facts: JpoCaseFacts = {
    law,
    applicationNumber: appNo,
    ...(dates.filing && { filingDate: dates.filing }),
    ...(dates.publication && { publicationDate: dates.publication }),
    ...(regNo && { registrationNumber: regNo }),
    ...(dates.grant && { registrationDate: dates.grant }),
    ...(dates.expiry && { expireDate: dates.expiry }),
    ...(isoDate(str(d, 'disappearanceDate')) && { disappearanceDate: isoDate(str(d, 'disappearanceDate')) }),
    ...(str(d, 'erasureIdentifier') && { erasureIdentifier: str(d, 'erasureIdentifier') }),
    documents,
  };

  return {
    biblio,
    related: [...priority, ...divisional],
    events,
    facts,
    ...(env.remainAccessCount !== undefined && { remainAccessCount: env.remainAccessCount }),
  };
}

/** A design's Japanese design class (designClass E2112); a trademark's Nice classes with their goods and services. */
function rightClasses(d: Record<string, unknown>, law: JpoLaw): Classification[] {
  if (law === 'design') {
    const symbol = str(d, 'designClass');
    return symbol ? [{ scheme: 'other', symbol, title: '日本意匠分類' }] : [];
  }
  if (law !== 'trademark') return [];
  return objects(d, 'goodsServiceInformation', 'trademark.app_progress')
    .filter((g) => str(g, 'goodsServiceClass'))
    .map((g) => ({ scheme: 'other', symbol: `第${str(g, 'goodsServiceClass')}類`, title: str(g, 'goodsServiceName') }));
}

/** AD form first (ADPublicationNumber 2021090037); the era form (publicationNumber 503090037) as fallback. */
function publicationOf(d: Record<string, unknown>): DocRef | undefined {
  const ad = str(d, 'ADPublicationNumber') || str(d, 'ADNationalPublicationNumber');
  if (/^\d{10}$/.test(ad)) return jpPublicationRef(ad);
  const era = str(d, 'publicationNumber') || str(d, 'nationalPublicationNumber');
  return era ? jpEraPublicationRef(era) : undefined;
}
