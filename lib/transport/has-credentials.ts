/** At least one credential field is filled in; a blank field counts as unset (also the popup's "key set"). */
export function hasCredentials(credentials: Record<string, string> = {}): boolean {
  return Object.values(credentials).some((v) => v.trim() !== '');
}
