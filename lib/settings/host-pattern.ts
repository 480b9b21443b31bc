/**
 * The host permission a custom office address needs (Options → Advanced), as a match pattern:
 * scheme and host, any port and path (match patterns carry no port). Null when the text is not an
 * http(s) address.
 */
export function hostPatternOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}
