/**
 * getAdvancedSearch → hits: each item's application number (13 digits) as a reference, with its title.
 * An empty search is resultCode 00 with no items (or KIPRIS's code 20, "no results": a NotFound the
 * saved-search runner reads as zero hits).
 */
import type { DocRef } from '../../model/patent';
import { krApplicationRef } from './numbers';
import { isoDate, node, nodes, parseKiprisXml, text } from './xml';

export interface KiprisHit {
  ref: DocRef;
  title?: string;
  applicant?: string;
  filing?: string;
  /** KIPRIS's status word (등록, 거절, 소멸 …), and the publication and registration with their dates. */
  registerStatus?: string;
  open?: { number: string; date?: string };
  register?: { number: string; date?: string };
}

export interface KiprisSearchPage {
  total: number;
  hits: KiprisHit[];
}

export function parseKiprisSearch(body: unknown): KiprisSearchPage {
  const response = parseKiprisXml(body, 'getAdvancedSearch');
  const items = nodes(node(node(response.body).items).item);
  const hits = items.flatMap((item) => {
    const appNo = text(item.applicationNumber).replace(/-/g, '');
    if (!/^\d{13}$/.test(appNo)) return [];
    const title = text(item.inventionTitle);
    const applicant = text(item.applicantName);
    const filing = isoDate(item.applicationDate);
    const status = text(item.registerStatus);
    const numbered = (n: unknown, d: unknown) => {
      const number = text(n);
      const date = isoDate(d);
      return number ? { number, ...(date && { date }) } : undefined;
    };
    const open = numbered(item.openNumber, item.openDate);
    const register = numbered(item.registerNumber, item.registerDate);
    return [{ ref: krApplicationRef(appNo), ...(title && { title }), ...(applicant && { applicant }), ...(filing && { filing }), ...(status && { registerStatus: status }), ...(open && { open }), ...(register && { register }) }];
  });
  const total = Number.parseInt(text(node(response.count).totalCount), 10);
  return { total: Number.isFinite(total) ? total : hits.length, hits };
}
