import type { ErrorKind, OfficeId } from '../model/contracts';

/**
 * The error taxonomy every office failure maps into (architecture.md, lib/transport).
 * Errors cross the message boundary as `OfficeErrorData` (class identity does not survive
 * structured cloning); the UI turns `kind` into one _locales message per kind.
 */
export interface OfficeErrorData {
  kind: ErrorKind;
  office: OfficeId;
  message: string; // English detail for logs and the "details" line; never contains a secret
  httpStatus?: number;
  resetsAt?: string; // quota
  retryAfterSeconds?: number; // rate limit
  /** Office's own code, e.g. JPO statusCode '203' or OPS 'CLIENT.InvalidReference'. */
  officeCode?: string;
  /** When this failure was seen, for one remembered from an earlier call (a cached "not found"). */
  asOf?: string;
}

type ErrorExtra = { httpStatus?: number; officeCode?: string; asOf?: string };

export class OfficeError extends Error {
  readonly kind: ErrorKind;
  readonly office: OfficeId;
  readonly httpStatus?: number;
  readonly officeCode?: string;
  readonly asOf?: string;

  constructor(kind: ErrorKind, office: OfficeId, message: string, extra: ErrorExtra = {}) {
    super(message);
    this.name = 'OfficeError';
    this.kind = kind;
    this.office = office;
    this.httpStatus = extra.httpStatus;
    this.officeCode = extra.officeCode;
    this.asOf = extra.asOf;
  }

  toData(): OfficeErrorData {
    return {
      kind: this.kind,
      office: this.office,
      message: this.message,
      ...(this.httpStatus !== undefined && { httpStatus: this.httpStatus }),
      ...(this.officeCode !== undefined && { officeCode: this.officeCode }),
      ...(this.asOf !== undefined && { asOf: this.asOf }),
    };
  }
}

/** Missing or rejected credentials (JPO 212, OPS invalid_client, ODP 403, KIPRIS 30 …). */
export class AuthError extends OfficeError {
  constructor(office: OfficeId, message: string, extra?: ErrorExtra) {
    super('auth', office, message, extra);
    this.name = 'AuthError';
  }
}

export class NoCredentials extends OfficeError {
  constructor(office: OfficeId) {
    super('no-credentials', office, `No credentials are set for ${office}`);
    this.name = 'NoCredentials';
  }
}

export class QuotaExceeded extends OfficeError {
  readonly resetsAt: string;
  constructor(office: OfficeId, message: string, resetsAt: Date, extra?: ErrorExtra) {
    super('quota', office, message, extra);
    this.name = 'QuotaExceeded';
    this.resetsAt = resetsAt.toISOString();
  }
  override toData(): OfficeErrorData {
    return { ...super.toData(), resetsAt: this.resetsAt };
  }
}

export class RateLimited extends OfficeError {
  readonly retryAfterSeconds: number;
  constructor(office: OfficeId, message: string, retryAfterSeconds: number, extra?: ErrorExtra) {
    super('rate-limit', office, message, extra);
    this.name = 'RateLimited';
    this.retryAfterSeconds = retryAfterSeconds;
  }
  override toData(): OfficeErrorData {
    return { ...super.toData(), retryAfterSeconds: this.retryAfterSeconds };
  }
}

export class NotFound extends OfficeError {
  constructor(office: OfficeId, message: string, extra?: ErrorExtra) {
    super('not-found', office, message, extra);
    this.name = 'NotFound';
  }
}

export class OfficeDown extends OfficeError {
  constructor(office: OfficeId, message: string, extra?: ErrorExtra) {
    super('office-down', office, message, extra);
    this.name = 'OfficeDown';
  }
}

export class BadResponse extends OfficeError {
  constructor(office: OfficeId, message: string, extra?: ErrorExtra) {
    super('bad-response', office, message, extra);
    this.name = 'BadResponse';
  }
}

export function isOfficeError(error: unknown): error is OfficeError {
  return error instanceof OfficeError;
}
