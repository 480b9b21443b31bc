/**
 * Remove the user's credentials from any text PatentPeek keeps or shows: log URLs, cache keys,
 * error messages. By value, not only by parameter name, so a provider that forgets to name a
 * secret parameter (or an office that echoes a key in an error body) still leaks nothing
 * (issue 16 §5). Each value is also removed in its URL-encoded forms (`/ + =` in KIPRIS keys).
 */
export const REDACTED = 'REDACTED';

/** Values too short to be a real key would blank out ordinary text; real keys are far longer. */
const MIN_SECRET_LENGTH = 4;

export function secretValues(credentials: Record<string, string> | undefined): string[] {
  const values = new Set<string>();
  for (const value of Object.values(credentials ?? {})) {
    if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH) continue;
    values.add(value);
    values.add(encodeURIComponent(value));
    values.add(new URLSearchParams({ v: value }).toString().slice(2));
  }
  // Longest first, so a value never leaves a tail of a longer encoded form behind.
  return [...values].sort((a, b) => b.length - a.length);
}

export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out;
}
