import type { OfficeMeta } from '../office-meta';

// PEARL has no documented self-service API (../shared/fixtures/API-NOTES-2.md §4): the optional
// Business Partner Portal client id/secret is kept for when one is issued; links work without it.
export const pearlMeta: OfficeMeta = {
  id: 'pearl',
  nameKey: 'office_pearl',
  defaultBaseUrl: 'https://wipopearl.wipo.int',
  credentials: [
    { name: 'clientId', secret: false, labelKey: 'cred_pearl_client_id' },
    { name: 'clientSecret', secret: true, labelKey: 'cred_pearl_client_secret' },
  ],
  signupUrl: 'https://www3.wipo.int/wipopearl/',
  hostPattern: 'https://wipopearl.wipo.int/*',
};
