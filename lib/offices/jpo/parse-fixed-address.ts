import type { Sourced } from '../../model/provenance';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { BadResponse } from '../../transport/errors';
import { readEnvelope, str } from './envelope';

/** jpp_fixed_address → the J-PlatPat fixed link (`data.URL`, upper-case key — API-NOTES §1). Null for 107. */
export function parseJppFixedAddress(body: unknown, info: FetchInfo): Sourced<string> | null {
  const env = readEnvelope(body, 'jpp_fixed_address');
  if (!env.data) return null;
  const url = str(env.data, 'URL') || str(env.data, 'jplatpatUrl');
  // Only J-PlatPat links are passed on: the UI opens this URL, so a foreign host must never get through.
  if (!/^https:\/\/www\.j-platpat\.inpit\.go\.jp\//.test(url)) throw new BadResponse('jpo', `JPO jpp_fixed_address: unexpected URL "${url}"`);
  return { value: url, source: sourceOf('jpo', 'jpp_fixed_address', info) };
}
