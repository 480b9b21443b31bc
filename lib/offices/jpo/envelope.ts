import { BadResponse } from '../../transport/errors';
import { JPO_OK, isJpoEmptyStatus, jpoStatusError } from './errors';

/**
 * Every JPO JSON body is `{"result":{"statusCode","errorMessage","remainAccessCount","data"}}`, all strings
 * (API-NOTES §1). `data` is null for the empty codes 107/108/111; other error codes throw.
 */
export interface JpoEnvelope {
  statusCode: string;
  errorMessage: string;
  /** Calls left today for this endpoint (per endpoint, per ID). */
  remainAccessCount?: number;
  data: Record<string, unknown> | null;
}

export function readEnvelope(body: unknown, endpoint: string, now?: Date): JpoEnvelope {
  const text = typeof body === 'string' ? safeJson(body, endpoint) : body;
  if (typeof text !== 'object' || text === null || typeof (text as { result?: unknown }).result !== 'object') {
    throw new BadResponse('jpo', `JPO ${endpoint}: reply has no "result" envelope`);
  }
  const result = (text as { result: Record<string, unknown> }).result;
  if (result === null) throw new BadResponse('jpo', `JPO ${endpoint}: "result" is null`);
  const statusCode = String(result.statusCode ?? '');
  const errorMessage = typeof result.errorMessage === 'string' ? result.errorMessage : '';
  const remain = Number.parseInt(String(result.remainAccessCount ?? ''), 10);
  const base = { statusCode, errorMessage, ...(Number.isFinite(remain) && { remainAccessCount: remain }) };
  if (isJpoEmptyStatus(statusCode)) return { ...base, data: null };
  if (statusCode !== JPO_OK) throw jpoStatusError(statusCode, errorMessage, endpoint, now ? { now } : {});
  const data = result.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new BadResponse('jpo', `JPO ${endpoint}: statusCode 100 without a data object`, { officeCode: statusCode });
  }
  return { ...base, data: data as Record<string, unknown> };
}

function safeJson(text: string, endpoint: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BadResponse('jpo', `JPO ${endpoint}: reply is not JSON`);
  }
}

/** A string field ('' when absent); JPO sends every scalar as a string. */
export function str(data: Record<string, unknown>, key: string): string {
  const v = data[key];
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/** An array field of objects ([] when absent); throws when present but not an array. */
export function objects(data: Record<string, unknown>, key: string, endpoint: string): Record<string, unknown>[] {
  const v = data[key];
  if (v === undefined || v === null || v === '') return [];
  if (!Array.isArray(v)) throw new BadResponse('jpo', `JPO ${endpoint}: "${key}" is not a list`);
  return v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null);
}

/** YYYYMMDD → YYYY-MM-DD; undefined for '' or anything else. */
export function isoDate(yyyymmdd: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
