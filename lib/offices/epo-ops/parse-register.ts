import type { Bibliographic, DocRef, LegalEvent, Party } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { BadResponse } from '../../transport/errors';
import { type Node, all, attr, childText, isoDate, one, parseOpsXml, path, text } from './xml';

/**
 * EP Register (`/register/publication/epodoc/{n}/{biblio|events|procedural-steps|upp}` and `/register/search`).
 * Every register-document carries `ep-patent-statuses` (code + text + change date), the base of the EP status.
 */
export interface RegisterStatus {
  code: string;
  text: string;
  date?: string;
}

export interface ProceduralStep {
  code: string;
  description: string;
  date?: string;
  /** Other texts of the step (e.g. YEAR "03" for renewal fees). */
  details: Record<string, string>;
  phase?: string;
}

export interface RegisterRecord {
  /** Newest first. */
  statuses: RegisterStatus[];
  biblio?: Bibliographic;
  events: LegalEvent[];
  steps: ProceduralStep[];
  designatedStates: string[];
  /** States where the patent lapsed (lapsed-in-country), with dates. */
  lapsedIn: { country: string; date?: string }[];
  source: Provenance;
}

export function parseRegister(body: unknown, info: FetchInfo, endpoint = 'register'): RegisterRecord[] {
  const root = path(parseOpsXml(body, endpoint), 'world-patent-data', 'register-search');
  if (!root) throw new BadResponse('epo-ops', `OPS ${endpoint}: no register-search in the reply`);
  const source = sourceOf('epo-ops', endpoint, info);
  return all(one(root, 'register-documents'), 'register-document').map((d) => registerDocument(d, source));
}

/** register/search: the total hit count besides the records. */
export function parseRegisterSearch(body: unknown, info: FetchInfo): { total: number; records: RegisterRecord[] } {
  const root = path(parseOpsXml(body, 'register-search'), 'world-patent-data', 'register-search');
  const total = Number.parseInt(attr(root, 'total-result-count'), 10);
  return { total: Number.isFinite(total) ? total : 0, records: parseRegister(body, info, 'register-search') };
}

function registerDocument(d: Node, source: Provenance): RegisterRecord {
  const statuses = all(one(d, 'ep-patent-statuses'), 'ep-patent-status')
    .map((s): RegisterStatus => {
      const date = isoDate(attr(s, 'change-date'));
      return { code: attr(s, 'status-code'), text: text(s), ...(date && { date }) };
    })
    // Register search hits carry an empty placeholder status (change-date="" status-code="").
    .filter((s) => s.code || s.text)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const bib = one(d, 'bibliographic-data');
  const events = all(d, 'events-data')
    .flatMap((e) => all(e, 'dossier-event'))
    .map((e): LegalEvent => ({
      date: isoDate(childText(one(e, 'event-date'), 'date')) ?? '',
      code: childText(e, 'event-code'),
      description: childText(e, 'event-text'),
      officeText: childText(e, 'event-text'),
      country: 'EP',
      source,
    }))
    .sort((a, b) => b.date.localeCompare(a.date));
  const steps = all(one(d, 'procedural-data'), 'procedural-step').map((s): ProceduralStep => {
    const texts = all(s, 'procedural-step-text');
    const description = text(texts.find((t) => attr(t, 'step-text-type') === 'STEP_DESCRIPTION') ?? texts[0]);
    const details: Record<string, string> = {};
    for (const t of texts) if (attr(t, 'step-text-type') !== 'STEP_DESCRIPTION') details[attr(t, 'step-text-type') || 'text'] = text(t);
    const date = isoDate(childText(all(s, 'procedural-step-date')[0], 'date'));
    const phase = attr(s, 'procedure-step-phase');
    return { code: childText(s, 'procedural-step-code'), description, ...(date && { date }), details, ...(phase && phase !== 'undefined' && { phase }) };
  });
  return {
    statuses,
    ...(bib && { biblio: registerBiblio(bib, source) }),
    events,
    steps,
    // Each block carries a change date; the newest one is the current state.
    designatedStates: all(path(newest(all(bib, 'designation-of-states')), 'designation-pct', 'regional'), 'country').map((c) => text(c)),
    lapsedIn: all(newest(all(bib, 'term-of-grant')), 'lapsed-in-country').map((l) => {
      const date = isoDate(childText(l, 'date'));
      return { country: childText(l, 'country'), ...(date && { date }) };
    }),
    source,
  };
}

/** Register biblio: the newest applicant set (each `applicants` block carries a change date), EN title. */
function registerBiblio(bib: Node, source: Provenance): Bibliographic {
  const pubs = all(bib, 'publication-reference').map((p) => one(p, 'document-id'));
  const latest = pubs[pubs.length - 1];
  const first = pubs[0];
  const refOf = (id: Node | undefined): DocRef | undefined => {
    if (!id) return undefined;
    const country = childText(id, 'country');
    const number = childText(id, 'doc-number');
    const kind = childText(id, 'kind');
    if (!country || !number) return undefined;
    const grant = kind.startsWith('B');
    return { raw: `${country}${number}${kind}`, country, type: grant ? 'grant' : 'publication', docdb: kind ? `${country}.${number}.${kind}` : `${country}.${number}`, epodoc: `${country}${number}` };
  };
  const ref = refOf(first) ?? { raw: '', country: 'EP', type: 'publication' as const, docdb: null, epodoc: null };
  const titles: Record<string, string> = {};
  for (const t of all(bib, 'invention-title')) titles[attr(t, 'lang') || 'und'] ??= text(t);
  const applicantsBlocks = all(one(bib, 'parties'), 'applicants').sort((a, b) => attr(b, 'change-date').localeCompare(attr(a, 'change-date')));
  const parties: Party[] = [
    ...all(applicantsBlocks[0], 'applicant').map((a) => partyOf(a, 'applicant')),
    ...all(one(one(bib, 'parties'), 'inventors'), 'inventor').map((a) => partyOf(a, 'inventor')),
    ...all(one(one(bib, 'parties'), 'agents'), 'agent').map((a) => partyOf(a, 'agent')),
  ].filter((p) => p.name);
  const appId = path(bib, 'application-reference', 'document-id');
  const filing = isoDate(childText(appId, 'date'));
  const publication = isoDate(childText(first, 'date'));
  const grantRef = refOf(latest);
  const grant = grantRef?.type === 'grant' ? isoDate(childText(latest, 'date')) : undefined;
  const appNo = childText(appId, 'doc-number');
  const numbers = [
    ...(appNo ? [{ type: 'application' as const, ref: { raw: `EP${appNo}`, country: 'EP', type: 'application' as const, docdb: `EP.${appNo}.A`, epodoc: null } }] : []),
    ...(grantRef && grantRef !== ref && grantRef.type === 'grant' ? [{ type: 'grant' as const, ref: grantRef }] : []),
  ];
  return {
    ref,
    title: titles.en ?? Object.values(titles)[0] ?? '',
    titles,
    parties,
    dates: { ...(filing && { filing }), ...(publication && { publication }), ...(grant && { grant }) },
    numbers,
    source,
  };
}

function newest(blocks: Node[]): Node | undefined {
  return [...blocks].sort((a, b) => attr(b, 'change-date').localeCompare(attr(a, 'change-date')))[0];
}

function partyOf(node: Node, role: Party['role']): Party {
  const book = one(node, 'addressbook');
  const country = childText(one(book, 'address'), 'country');
  return { name: childText(book, 'name'), role, ...(country && { country }) };
}
