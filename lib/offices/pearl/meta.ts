import type { OfficeMeta } from '../office-meta';

// PEARL has no documented self-service API (../shared/fixtures/API-NOTES-2.md §4). The optional WIPO
// Business Partner Portal client id/secret drive the API path an unofficial wrapper describes; the
// options page says so beside the form. The web links need neither.
export const pearlMeta: OfficeMeta = {
  id: 'pearl',
  nameKey: 'office_pearl',
  defaultBaseUrl: 'https://api.wipo.int',
  credentials: [
    { name: 'clientId', secret: false, labelKey: 'cred_pearl_client_id' },
    { name: 'clientSecret', secret: true, labelKey: 'cred_pearl_client_secret' },
  ],
  signupUrl: 'https://www.wipo.int/en/web/business-partner-portal',
  hostPattern: 'https://api.wipo.int/*',
  noteKey: 'options_pearl_unofficial',
};
