import type { RefLike } from '../../model/ref-like';
import type { TipoQueryKey } from './endpoints';

/**
 * A TW ref → the TIPO query that names it (FORMATS.md §2.7, API-NOTES-2.md §2): grants by their
 * certificate number with its letter (I invention, M utility model, D design), publications by their
 * 9-digit Western-year number, applications by the ROC-year number (9 digits: year, type, serial; or
 * the older 8). `applclass` (1 invention, 2 utility model, 3 design) follows the letter or the type digit.
 */
export interface TipoQuery {
  key: TipoQueryKey;
  value: string;
  applclass: string;
}

export function tipoQueryOf(ref: RefLike): TipoQuery | null {
  if (ref.country !== 'TW' || ref.right) return null;
  const n = /^TW\.([A-Z]?[0-9]{6,9})(?:\.[A-Z][0-9]?)?$/.exec(ref.docdb ?? '')?.[1];
  if (!n) return null;
  if (ref.type === 'grant') {
    const m = /^([IMD])([0-9]{6,7})$/.exec(n);
    return m ? { key: 'patentno', value: n, applclass: m[1] === 'I' ? '1' : m[1] === 'M' ? '2' : '3' } : null;
  }
  if (ref.type === 'publication') return /^[0-9]{9}$/.test(n) ? { key: 'publishno', value: n, applclass: '1' } : null;
  // ROC year (2–3 digits) + type digit + serial: 106123456 → type 1; 8-digit 06202104 → type 2.
  const app = /^([0-9]{2,3})([123])([0-9]{5})$/.exec(n);
  return app ? { key: 'applno', value: n, applclass: app[2] ?? '1' } : null;
}
