// Small constructors shared by the office modules.
import { docdbOf } from './format/docdb';
import { epodocPub } from './format/epodoc';
import type { Hit, NumberType, PatentRef } from './types';

/** A publication or grant whose DOCDB/EPODOC follow §1.1 directly. */
export function pubRef(
  cc: string, type: NumberType, number: string, kind: string | null,
  implied?: string | null, label?: string,
): PatentRef {
  return { country: cc, type, number, kind, docdb: docdbOf(cc, number, kind), epodoc: epodocPub(cc, number, kind, implied), label };
}

export function hit(start: number, end: number, ref: PatentRef | null, pri: number): Hit | null {
  return ref ? { start, end, ref, pri } : null;
}

/** Type from a kind code when no label says otherwise: A… publication, other letters grant. */
export function typeOfKind(kind: string | null, dflt: NumberType): NumberType {
  if (!kind) return dflt;
  return kind.charAt(0) === 'A' ? 'publication' : 'grant';
}

export const digits = (s: string): string => s.replace(/[^0-9]/g, '');
export const pad = (s: string, n: number): string => s.padStart(n, '0');
/** Two-digit year → four digits; WO/PCT and others: 78–99 → 19xx, else 20xx (PatZilla's split, peers §4.1). */
export const yy4 = (yy: string): string => (Number(yy) >= 78 ? '19' : '20') + yy;
