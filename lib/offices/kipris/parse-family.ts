/**
 * getAppNoPatFamInfoSearch → the DOCDB simple family: each member's publication and application
 * (fields docdbFamilyID, applicationCountryCode/Number/Date, publicationCountryCode/Number/Date —
 * API-NOTES-2.md §1). Kind codes are not sent, so references carry none; an empty family is null.
 */
import type { Family, FamilyMember } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import { kiprisDocRef } from './numbers';
import { isoDate, node, nodes, parseKiprisXml, text } from './xml';

export function parseKiprisFamily(body: unknown, source: Provenance): Family | null {
  const response = parseKiprisXml(body, 'getAppNoPatFamInfoSearch');
  const items = nodes(node(node(response.body).items).item);
  const members: FamilyMember[] = items.flatMap((it) => {
    const publication = kiprisDocRef(text(it.publicationCountryCode), text(it.publicationNumber), 'publication');
    const application = kiprisDocRef(text(it.applicationCountryCode), text(it.applicationNumber), 'application');
    const ref = publication ?? application;
    if (!ref) return [];
    const filing = isoDate(it.applicationDate);
    const published = isoDate(it.publicationDate);
    return [{
      ref,
      ...(application && { application }),
      dates: { ...(filing && { filing }), ...(published && { publication: published }) },
      ...(text(it.docdbFamilyID) && { familyId: text(it.docdbFamilyID) }),
    }];
  });
  if (members.length === 0) return null;
  return { kind: 'simple', ...(members[0]!.familyId && { familyId: members[0]!.familyId }), members, source };
}
