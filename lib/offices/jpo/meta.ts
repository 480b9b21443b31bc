import type { OfficeMeta } from '../office-meta';

export const jpoMeta: OfficeMeta = {
  id: 'jpo',
  nameKey: 'office_jpo',
  defaultBaseUrl: 'https://ip-data.jpo.go.jp',
  credentials: [
    { name: 'id', secret: false, labelKey: 'cred_jpo_id' },
    { name: 'password', secret: true, labelKey: 'cred_jpo_password' },
  ],
  signupUrl: 'https://www.jpo.go.jp/system/laws/sesaku/data/api-provision.html',
  hostPattern: 'https://ip-data.jpo.go.jp/*',
};
