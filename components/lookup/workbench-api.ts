import type { JpoExtraAnswer } from '../../lib/lookup/jpo-extras';
import type { TipoAnnuity } from '../../lib/offices/tipo/parse';

/** One Portal Dossier asks: a family member (OPD's dotted number), one of its documents and its format. */
export interface DossierArgs {
  member?: string;
  id?: string;
  format?: 'pdf' | 'xml';
}
import type { TimelineAnswer } from '../../lib/lookup/types';

/** What the side panel's deeper views ask for, each only when opened (LookupView binds them to the query). */
export interface WorkbenchApi {
  timeline(): Promise<TimelineAnswer>;
  jpo(kind: JpoExtraAnswer['kind'], value?: string): Promise<JpoExtraAnswer>;
  /** TIPO's annuity record of a TW patent. */
  tipoAnnuity(): Promise<TipoAnnuity | null>;
  dossier(kind: Extract<JpoExtraAnswer['kind'], `dossier-${string}`>, args?: DossierArgs): Promise<JpoExtraAnswer>;
}
