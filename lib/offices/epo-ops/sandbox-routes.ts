// Which recorded OPS reply answers which document, for the sandbox (lib/offices/epo-ops/sandbox.ts).
// OPS returns the same document content whatever input format names it, so replies are keyed by the
// document (country + number + kind) and found from docdb or epodoc input alike.
import type { CatalogEntry } from '../../../test/sandbox/kit';

export type OpsService =
  | 'published-data/biblio' | 'published-data/abstract' | 'published-data/claims' | 'published-data/description'
  | 'published-data/full-cycle' | 'published-data/fulltext' | 'published-data/equivalents'
  | 'family' | 'family/biblio' | 'family/legal' | 'legal'
  | 'register/biblio' | 'register/events' | 'register/procedural-steps' | 'register/upp';

interface Doc { docdb: string; files: Partial<Record<OpsService, string>>; extra?: string[] }

const DOCS: Doc[] = [
  {
    docdb: 'EP.1000000.A1',
    files: {
      'published-data/biblio': 'biblio.epodoc.EP1000000.A1.xml',
      'published-data/abstract': 'abstract.epodoc.EP1000000.A1.xml',
      'published-data/claims': 'claims.docdb.EP1000000.A1.xml',
      'published-data/description': 'description.docdb.EP1000000.A1.xml',
      'published-data/full-cycle': 'full-cycle.epodoc.EP1000000.A1.xml',
      family: 'family.EP1000000A1.xml',
      legal: 'legal.EP1000000A1.xml',
    },
  },
  {
    docdb: 'EP.2400812.A1',
    files: {
      'published-data/biblio': 'biblio.docdb.EP2400812.A1.xml',
      'published-data/abstract': 'abstract.docdb.EP2400812.A1.xml',
      'published-data/claims': 'claims.docdb.EP2400812.A1.xml',
      'published-data/fulltext': 'fulltext-inquiry.docdb.EP2400812.A1.xml',
      'published-data/equivalents': 'equivalents.docdb.EP2400812.A1.xml',
      family: 'family.docdb.EP2400812.A1.xml',
      'family/biblio': 'family.biblio.EP2400812.A1.xml',
      'family/legal': 'family.legal.EP2400812.A1.xml',
      legal: 'legal.docdb.EP2400812.A1.xml',
      'register/biblio': 'register.biblio.epodoc.EP2400812.xml',
      'register/events': 'register.events.epodoc.EP2400812.xml',
      'register/procedural-steps': 'register.procedural-steps.epodoc.EP2400812.xml',
      'register/upp': 'register.upp.epodoc.EP2400812.xml',
    },
    extra: ['number-service/publication', 'published-data/images'],
  },
  { docdb: 'JP.2005533465.A', files: { 'published-data/biblio': 'biblio.docdb.JP2005533465.A.xml' } },
  { docdb: 'WO.2009085664.A2', files: { 'published-data/biblio': 'biblio.docdb.WO2009085664.A2.xml', family: 'family.WO2009085664.A2.xml' } },
];

interface Ref { cc: string; number: string; kind?: string }

/**
 * Reads a docdb or epodoc reference the way OPS does in the recorded requests: `EP.2400812.A1`,
 * `EP1000000.A1`, `EP1000000A1` (docdb, family cassette), `EP1000000` (epodoc, kind optional), with an
 * optional trailing date. Anything else is not a reference (404, like OPS's CLIENT.InvalidReference).
 */
export function parseOpsRef(input: string): Ref | null {
  const s = input.trim().toUpperCase();
  const dotted = /^([A-Z]{2})\.([A-Z0-9]+)(?:\.([A-Z]\d?))?(?:\.\d{8})?$/.exec(s);
  if (dotted) return { cc: dotted[1]!, number: dotted[2]!, kind: dotted[3] };
  const packed = /^([A-Z]{2})([A-Z0-9]*?\d)(?:\.?([A-Z]\d?))?(?:\.\d{8})?$/.exec(s);
  if (packed) return { cc: packed[1]!, number: packed[2]!, kind: packed[3] };
  return null;
}

/** The recorded reply file for a document and service, or null (OPS: 404 SERVER.EntityNotFound). */
export function findOpsDocument(service: OpsService, format: string, input: string, constituent?: string): string | null {
  if (format !== 'docdb' && format !== 'epodoc') return null;
  const ref = parseOpsRef(input);
  if (!ref) return null;
  const key: OpsService = constituent ? (`${service}/${constituent}` as OpsService) : service;
  const hits = DOCS.filter((d) => {
    const [cc, number, kind] = d.docdb.split('.');
    return cc === ref.cc && number === ref.number && (!ref.kind || ref.kind === kind) && d.files[key];
  });
  // Without a kind OPS answers when the number is unambiguous; the sandbox knows one kind per number.
  return hits.length === 1 ? hits[0]!.files[key]! : null;
}

export function opsCatalog(): CatalogEntry {
  return {
    numbers: [
      ...DOCS.map((d) => ({ docdb: d.docdb, type: 'publication' as const, endpoints: [...Object.keys(d.files), ...(d.extra ?? [])] })),
      // number-service conversions recorded for applications (docdb forms of the recorded inputs).
      { docdb: 'JP.2006147056.A', type: 'application', endpoints: ['number-service/application'] },
      { docdb: 'MD.20050130.A', type: 'application', endpoints: ['number-service/application'] },
      { docdb: 'US.92132197.A', type: 'application', endpoints: ['number-service/application'] },
      { docdb: 'GB.0204635.W', type: 'application', endpoints: ['number-service/application'] },
    ],
  };
}
