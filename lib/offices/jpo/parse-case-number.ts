import type { DocRef } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { readEnvelope, str } from './envelope';
import { type JpoLaw, jpoEndpointKey } from './endpoints';
import { jpApplicationRef, jpPublicationRef, jpRegistrationRef, jpRightRef, woPublicationRef } from './numbers';

/** The numbers of one JP case: application ↔ publication ↔ registration (case_number_reference). */
export interface JpoCaseNumbers {
  applicationNumber: string;
  publicationNumber?: string;
  nationalPublicationNumber?: string;
  registrationNumber?: string;
  internationalPublicationNumber?: string;
  /** The same numbers as DocRefs (docdb/epodoc per ../shared/numbers/FORMATS.md). */
  refs: { application: DocRef; publication?: DocRef; nationalPublication?: DocRef; registration?: DocRef; internationalPublication?: DocRef };
  source: Provenance;
}

/** case_number_reference/{kind}/{no} → numbers; null for 107 (no such case). Numbers come in AD form (2021090037).
 *  A design or trademark has only application and registration numbers (API-NOTES-JPO-OPD §2.2). */
export function parseCaseNumberReference(body: unknown, info: FetchInfo, law: JpoLaw = 'patent'): JpoCaseNumbers | null {
  const endpoint = jpoEndpointKey('case_number_reference', law);
  const env = readEnvelope(body, endpoint);
  if (!env.data) return null;
  const d = env.data;
  const app = str(d, 'applicationNumber');
  if (!/^\d{10}$/.test(app)) return null;
  const pub = str(d, 'publicationNumber');
  const nat = str(d, 'nationalPublicationNumber');
  const reg = str(d, 'registrationNumber');
  const wo = str(d, 'internationalPublicationNumber');
  const woRef = wo ? woPublicationRef(wo) : undefined;
  if (law !== 'patent') {
    return {
      applicationNumber: app,
      ...(reg && { registrationNumber: reg }),
      refs: { application: jpRightRef(law, app), ...(/^\d{1,7}$/.test(reg) && { registration: jpRightRef(law, reg.padStart(7, '0')) }) },
      source: sourceOf('jpo', endpoint, info),
    };
  }
  return {
    applicationNumber: app,
    ...(pub && { publicationNumber: pub }),
    ...(nat && { nationalPublicationNumber: nat }),
    ...(reg && { registrationNumber: reg }),
    ...(wo && { internationalPublicationNumber: wo }),
    refs: {
      application: jpApplicationRef(app),
      ...(/^\d{10}$/.test(pub) && { publication: jpPublicationRef(pub) }),
      ...(/^\d{10}$/.test(nat) && { nationalPublication: { ...jpPublicationRef(nat), raw: `特表${nat.slice(0, 4)}-${nat.slice(4)}` } }),
      ...(reg && { registration: jpRegistrationRef(reg, Boolean(pub || nat)) }),
      ...(woRef && { internationalPublication: woRef }),
    },
    source: sourceOf('jpo', endpoint, info),
  };
}
