import type { OfficeId } from '../model/contracts';

/** What the options page needs to render an office's credential form — data, not per-office forms. */
export interface CredentialField {
  name: string; // key inside OfficeSettings.credentials (contract C2)
  secret: boolean; // masked in the UI, never echoed back
  labelKey: string; // _locales key
}

export interface OfficeMeta {
  id: OfficeId;
  nameKey: string; // _locales key of the display name
  defaultBaseUrl: string;
  credentials: CredentialField[];
  /** Where a user gets credentials; shown next to the form. */
  signupUrl: string;
  /** Host permission the service worker needs for the real office. */
  hostPattern: string;
  /** A warning shown beside the form (PEARL: an unofficial, unverified endpoint). */
  noteKey?: string;
}
