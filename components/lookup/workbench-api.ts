import type { JpoExtraAnswer } from '../../lib/lookup/jpo-extras';
import type { TimelineAnswer } from '../../lib/lookup/types';

/** What the side panel's deeper views ask for, each only when opened (LookupView binds them to the query). */
export interface WorkbenchApi {
  timeline(): Promise<TimelineAnswer>;
  jpo(kind: JpoExtraAnswer['kind'], value?: string): Promise<JpoExtraAnswer>;
}
