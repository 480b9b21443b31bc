// Which ODP question answers a US number: an application is asked directly by its serial; a patent or
// a publication is first found by an ODP search (cached), which names its application.
import type { PatentRef } from '../../numbers';

export type OdpQuery = { kind: 'application'; appNo: string } | { kind: 'search'; q: string; what: string };

export function odpQueryOf(ref: PatentRef): OdpQuery | null {
  if (ref.country !== 'US') return null;
  if (ref.type === 'application') return /^[0-9]{8}$/.test(ref.number) ? { kind: 'application', appNo: ref.number } : null;
  if (ref.type === 'grant') {
    // Utility patents are bare digits in ODP; reissues, designs and plants keep their letters (RE48765, D645062).
    return /^(?:RE|D|PP)?[0-9]{4,8}$/.test(ref.number) ? { kind: 'search', q: `applicationMetaData.patentNumber:${ref.number}`, what: `patent ${ref.number}` } : null;
  }
  // Pre-grant publications: ODP writes US20150157873A1 (2025; the 2024 beta wrote "US 2015-0157873 A1").
  // [U] the search field is the one the replies carry; a kind-less number is matched by prefix.
  const m = /^((?:19|20)[0-9]{2})([0-9]{6})$/.exec(ref.number);
  if (!m) return null;
  const pub = `US${m[1]}0${m[2]}`;
  return { kind: 'search', q: `applicationMetaData.earliestPublicationNumber:${ref.kind ? pub + ref.kind : `${pub}*`}`, what: `publication ${pub}` };
}
