/**
 * getAdvancedSearch → hits: each item's application number (13 digits) as a reference, with its title.
 * An empty search is resultCode 00 with no items (or KIPRIS's code 20, "no results": a NotFound the
 * saved-search runner reads as zero hits).
 */
import type { DocRef } from '../../model/patent';
import { krApplicationRef } from './numbers';
import { node, nodes, parseKiprisXml, text } from './xml';

export interface KiprisSearchPage {
  total: number;
  hits: { ref: DocRef; title?: string }[];
}

export function parseKiprisSearch(body: unknown): KiprisSearchPage {
  const response = parseKiprisXml(body, 'getAdvancedSearch');
  const items = nodes(node(node(response.body).items).item);
  const hits = items.flatMap((item) => {
    const appNo = text(item.applicationNumber).replace(/-/g, '');
    if (!/^\d{13}$/.test(appNo)) return [];
    const title = text(item.inventionTitle);
    return [{ ref: krApplicationRef(appNo), ...(title && { title }) }];
  });
  const total = Number.parseInt(text(node(response.count).totalCount), 10);
  return { total: Number.isFinite(total) ? total : hits.length, hits };
}
