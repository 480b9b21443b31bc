import type { OfficeMeta } from '../office-meta';

export const epoOpsMeta: OfficeMeta = {
  id: 'epo-ops',
  nameKey: 'office_epo_ops',
  defaultBaseUrl: 'https://ops.epo.org/3.2',
  credentials: [
    { name: 'key', secret: false, labelKey: 'cred_epo_key' },
    { name: 'secret', secret: true, labelKey: 'cred_epo_secret' },
  ],
  signupUrl: 'https://developers.epo.org/',
  hostPattern: 'https://ops.epo.org/*',
};
