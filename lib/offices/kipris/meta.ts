import type { OfficeMeta } from '../office-meta';

export const kiprisMeta: OfficeMeta = {
  id: 'kipris',
  nameKey: 'office_kipris',
  // KIPRIS Plus is served over plain http in every recorded client (../shared/fixtures/API-NOTES-2.md §1).
  defaultBaseUrl: 'http://plus.kipris.or.kr',
  credentials: [{ name: 'accessKey', secret: true, labelKey: 'cred_kipris_access_key' }],
  signupUrl: 'https://plus.kipris.or.kr/',
  hostPattern: 'http://plus.kipris.or.kr/*',
};
