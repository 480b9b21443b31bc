import type { OfficeMeta } from '../office-meta';

export const lensMeta: OfficeMeta = {
  id: 'lens',
  nameKey: 'office_lens',
  defaultBaseUrl: 'https://api.lens.org',
  credentials: [{ name: 'token', secret: true, labelKey: 'cred_lens_token' }],
  signupUrl: 'https://www.lens.org/lens/user/subscriptions#patent',
  hostPattern: 'https://api.lens.org/*',
};
