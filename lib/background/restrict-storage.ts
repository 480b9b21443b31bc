import { browser } from 'wxt/browser';

/**
 * Keys live in storage.local. Content scripts can read storage.local unless we restrict it, so we
 * restrict it to trusted contexts where the browser supports that (Chrome 102+ for session,
 * local since Chrome 140; Firefox has no setAccessLevel). The architecture does not depend on it:
 * no message ever returns a key and the content bundle has no storage code.
 */
export async function restrictStorageToTrustedContexts(): Promise<void> {
  for (const area of ['local', 'session'] as const) {
    const storage = browser.storage[area] as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
    try {
      await storage.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
    } catch {
      // Older Chrome: local storage cannot be restricted; nothing else to do.
    }
  }
}
