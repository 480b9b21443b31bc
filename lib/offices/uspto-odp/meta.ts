import type { OfficeMeta } from '../office-meta';

export const usptoOdpMeta: OfficeMeta = {
  id: 'uspto-odp',
  nameKey: 'office_uspto_odp',
  defaultBaseUrl: 'https://api.uspto.gov',
  credentials: [{ name: 'apiKey', secret: true, labelKey: 'cred_uspto_api_key' }],
  signupUrl: 'https://data.uspto.gov/apis/getting-started',
  hostPattern: 'https://api.uspto.gov/*',
};
