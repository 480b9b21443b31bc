// Viewer deep links, one row per viewer (../shared/fixtures/DEEP-LINKS.md; [U] rows are unverified
// there, so a broken template is a one-line fix here).
import { googleId } from './format/google';
import { toJpoNumber } from './format/jpo';
import { toKiprisNumber } from './format/offices';
import type { PatentRef } from './types';

export type Viewer = 'j-platpat' | 'espacenet' | 'epo-register' | 'google-patents' | 'patent-center' | 'global-dossier' | 'kipris' | 'patentscope' | 'lens';
export interface ViewerLink { viewer: Viewer; url: string }

const enc = encodeURIComponent;
const isUtility = (r: PatentRef): boolean => !!(r.kind && /^[UY]/.test(r.kind)) || !!r.docdb?.endsWith('.U');

/** J-PlatPat fixed address: law (1 patent, 2 utility model) + stage (0 application, 1 publication, 5 registration). */
function jplatpat(r: PatentRef): string | null {
  const j = toJpoNumber(r);
  if (!j) return null;
  const law = isUtility(r) ? 2 : 1;
  const stage = j.kind === 'application' ? 0 : j.kind === 'publication' ? 1 : 5;
  const id = j.kind === 'registration' ? j.number : `${j.number.slice(0, 4)}-${j.number.slice(4)}`;
  return `https://www.j-platpat.inpit.go.jp/c1801/PU/JP-${id}/${law}${stage}/ja`;
}

/** A design (law 3, DEEP-LINKS.md) or trademark (law 4, by the same pattern as the JPO's own trademark
 *  address …/TR/JP-2018-009480/<hash>/40/ja — [U] not checked in a browser) in the hash-free form. */
function jplatpatRight(r: PatentRef): string | null {
  if (!r.right) return null;
  const { law, number } = r.right;
  const id = number.length === 10 ? `${number.slice(0, 4)}-${number.slice(4)}` : number;
  return `https://www.j-platpat.inpit.go.jp/c1801/PU/JP-${id}/${law === 'design' ? 3 : 4}${number.length === 10 ? 0 : 5}/ja`;
}

/** Global Dossier takes applications in each office's own form: JP as Western year + 6-digit serial
 *  (an era application 特願平7-123456 is 1995123456, not DOCDB's 12345695), KR with its right code. */
function globalDossier(r: PatentRef): string | null {
  if (r.type !== 'application' || !/^(US|EP|JP|KR|CN)$/.test(r.country)) return null;
  const number = r.country === 'JP' ? toJpoNumber(r)?.number : r.country === 'KR' ? toKiprisNumber(r) : r.number;
  return number ? `https://globaldossier.uspto.gov/#/result/patent/${r.country}/${enc(number)}/1` : null;
}

/** WO publications open by their id; PCT applications through PATENTSCOPE's search by application
 *  number (field AN, the written PCT/CCyyyy/nnnnnn form) [U: template not checked in a browser]. */
function patentscope(r: PatentRef): string | null {
  if (r.country !== 'WO') return null;
  if (r.type === 'application') return r.original ? `https://patentscope.wipo.int/search/en/result.jsf?query=AN:${enc(r.original)}` : null;
  const g = r.type === 'publication' ? googleId({ ...r, kind: null }) : null;
  return g ? `https://patentscope.wipo.int/search/en/detail.jsf?docId=${g}` : null;
}

const ROWS: [Viewer, (r: PatentRef) => string | null][] = [
  ['j-platpat', jplatpat],
  ['espacenet', (r) => (r.type !== 'application' && r.epodoc ? `https://worldwide.espacenet.com/patent/search?q=pn%3D${enc(r.epodoc)}` : null)],
  ['epo-register', (r) => (r.country === 'EP' ? `https://register.epo.org/application?number=EP${r.number}&lng=en&tab=main` : null)],
  ['google-patents', (r) => { const g = googleId(r); return g ? `https://patents.google.com/patent/${g}/en` : null; }],
  ['patent-center', (r) => (r.country === 'US' && r.type === 'application' ? `https://patentcenter.uspto.gov/applications/${r.number}` : null)],
  ['global-dossier', globalDossier],
  ['kipris', (r) => { const k = toKiprisNumber(r); return k ? `https://www.kipris.or.kr/khome/search/searchResult.do?queryText=${k}` : null; }],
  ['patentscope', patentscope],
  ['lens', (r) => { const q = googleId(r) ?? r.epodoc; return q ? `https://www.lens.org/lens/search/patent/list?q=${enc(q)}` : null; }],
];

export function viewerLinks(ref: PatentRef): ViewerLink[] {
  // A design or trademark is in J-PlatPat alone: no patent database holds it.
  const right = jplatpatRight(ref);
  if (ref.right) return right ? [{ viewer: 'j-platpat', url: right }] : [];
  const out: ViewerLink[] = [];
  for (const [viewer, f] of ROWS) { const url = f(ref); if (url) out.push({ viewer, url }); }
  return out;
}
