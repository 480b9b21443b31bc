import type { OfficeMeta } from '../office-meta';

export const tipoMeta: OfficeMeta = {
  id: 'tipo',
  nameKey: 'office_tipo',
  defaultBaseUrl: 'https://cloud.tipo.gov.tw/S220/opdataapi',
  credentials: [{ name: 'token', secret: true, labelKey: 'cred_tipo_token' }],
  signupUrl: 'https://cloud.tipo.gov.tw/S220/opdata',
  hostPattern: 'https://cloud.tipo.gov.tw/*',
};
