/**
 * The JPO's other answers (issue 10 §4), each asked only when the user opens its view — the JPO's
 * daily caps are 30–400 calls per endpoint: the register record of a JP patent (owners, expiry, next
 * annuity), the official J-PlatPat fixed address, and applicant code ↔ name.
 */
import type { OfficeId } from '../model/contracts';
import type { PatentRef } from '../numbers';
import { applicantByCode, applicantByName, jplatpatLink, registrationInfo } from '../offices/jpo/provider';
import type { JpoApplicantAttorney } from '../offices/jpo/parse-applicant';
import type { JpoRegistration } from '../offices/jpo/parse-registration';
import type { Sourced } from '../model/provenance';
import type { ProviderContext } from '../offices/provider';
import { NoCredentials, NotFound } from '../transport/errors';
import { applicationNumberOf } from '../offices/jpo/provider';
import { type OpdCiteClass, type OpdDocumentList, type OpdFamily, dossierCiteClass, dossierDocument, dossierDocuments, dossierFamily } from '../offices/jpo/opd/dossier';
import { base64 } from './base64';
import type { DocumentPayload } from './types';

export type JpoExtraRequest =
  | { kind: 'registration'; ref: PatentRef }
  | { kind: 'fixed-address'; ref: PatentRef }
  | { kind: 'applicant-by-code'; code: string }
  | { kind: 'applicant-by-name'; name: string }
  | { kind: 'dossier-family'; ref: PatentRef }
  | { kind: 'dossier-documents'; application: string }
  | { kind: 'dossier-citations'; application: string }
  | { kind: 'dossier-document'; application: string; id: string; format: 'pdf' | 'xml' };

export type JpoExtraAnswer =
  | { kind: 'registration'; value: JpoRegistration }
  | { kind: 'fixed-address'; value: Sourced<string> }
  | { kind: 'applicant-by-code'; value: Sourced<JpoApplicantAttorney> }
  | { kind: 'applicant-by-name'; value: Sourced<JpoApplicantAttorney[]> }
  | { kind: 'dossier-family'; value: OpdFamily }
  | { kind: 'dossier-documents'; value: OpdDocumentList }
  | { kind: 'dossier-citations'; value: OpdCiteClass }
  | { kind: 'dossier-document'; value: DocumentPayload };

export interface JpoExtrasDeps {
  context(office: OfficeId): ProviderContext;
  officeSettings(office: OfficeId): Promise<{ enabled: boolean; configured: boolean }>;
}

export async function jpoExtra(req: JpoExtraRequest, deps: JpoExtrasDeps): Promise<JpoExtraAnswer> {
  const settings = await deps.officeSettings('jpo');
  // Said before any call: these views exist only with the user's JPO keys.
  if (!settings.enabled || !settings.configured) throw new NoCredentials('jpo');
  const ctx = deps.context('jpo');
  switch (req.kind) {
    case 'registration': {
      const value = await registrationInfo(req.ref, ctx);
      if (!value) throw new NotFound('jpo', 'The JPO has no register record for this case (not registered)', { officeCode: '107' });
      return { kind: 'registration', value };
    }
    case 'fixed-address': {
      const value = await jplatpatLink(req.ref, ctx);
      if (!value) throw new NotFound('jpo', 'The JPO has no J-PlatPat fixed address for this case', { officeCode: '107' });
      return { kind: 'fixed-address', value };
    }
    case 'applicant-by-code': {
      const value = await applicantByCode(req.code, ctx);
      if (!value) throw new NotFound('jpo', `The JPO has no applicant with code ${req.code}`, { officeCode: '107' });
      return { kind: 'applicant-by-code', value };
    }
    case 'applicant-by-name':
      return { kind: 'applicant-by-name', value: await applicantByName(req.name, ctx) };
    case 'dossier-family':
      return { kind: 'dossier-family', value: await dossierFamily(req.ref, ctx, (ref) => applicationNumberOf(ref, ctx)) };
    case 'dossier-documents':
      return { kind: 'dossier-documents', value: await dossierDocuments(req.application, ctx) };
    case 'dossier-citations':
      return { kind: 'dossier-citations', value: await dossierCiteClass(req.application, ctx) };
    case 'dossier-document': {
      const file = await dossierDocument(req.application, req.id, req.format, ctx);
      return { kind: 'dossier-document', value: { fileName: file.fileName, mediaType: file.mediaType, base64: base64(file.bytes), fetchedAt: file.fetchedAt, ...(file.readable && { readable: file.readable }) } };
    }
  }
}
