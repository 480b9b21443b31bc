import type { JpoExtraAnswer } from '../../lib/lookup/jpo-extras';

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
  dossier(kind: Extract<JpoExtraAnswer['kind'], `dossier-${string}`>, args?: DossierArgs): Promise<JpoExtraAnswer>;
}
