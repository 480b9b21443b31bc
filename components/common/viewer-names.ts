import type { Viewer } from '../../lib/numbers/links';

/**
 * Viewer names as the viewers write them (proper names, not translated), for the hover card and the
 * side panel alike. Partial: a viewer added in lib/numbers/links.ts shows under its id until named here.
 */
const VIEWER_NAMES: Partial<Record<Viewer, string>> = {
  'j-platpat': 'J-PlatPat',
  espacenet: 'Espacenet',
  'epo-register': 'EP Register',
  'google-patents': 'Google Patents',
  'patent-center': 'Patent Center',
  'global-dossier': 'Global Dossier',
  kipris: 'KIPRIS',
  patentscope: 'PATENTSCOPE',
  lens: 'Lens',
};

export function viewerName(viewer: Viewer): string {
  return VIEWER_NAMES[viewer] ?? viewer;
}
