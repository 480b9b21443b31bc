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

export type JpoExtraRequest =
  | { kind: 'registration'; ref: PatentRef }
  | { kind: 'fixed-address'; ref: PatentRef }
  | { kind: 'applicant-by-code'; code: string }
  | { kind: 'applicant-by-name'; name: string };

export type JpoExtraAnswer =
  | { kind: 'registration'; value: JpoRegistration }
  | { kind: 'fixed-address'; value: Sourced<string> }
  | { kind: 'applicant-by-code'; value: Sourced<JpoApplicantAttorney> }
  | { kind: 'applicant-by-name'; value: Sourced<JpoApplicantAttorney[]> };

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
  }
}
