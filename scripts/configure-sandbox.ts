import type { Page } from 'playwright-core';
import { sandboxCredentials } from '../test/sandbox/credentials';

/**
 * Point every office at the sandbox with its credentials, through the product's own settings
 * message from an extension page — the way the options page saves them. For builds without the
 * C2 test hook (`npm run demo`, the hostile-page suite).
 */
export async function configureForSandbox(extensionPage: Page, baseUrl: string): Promise<void> {
  const offices = Object.fromEntries(
    Object.entries(sandboxCredentials).map(([id, credentials]) => [id, { enabled: true, baseUrl: `${baseUrl}/${id}`, credentials }]),
  );
  const answer = await extensionPage.evaluate((request) => chrome.runtime.sendMessage({ name: 'settings/save', request }), { offices });
  if (!answer?.ok) throw new Error(`Could not configure the extension: ${JSON.stringify(answer)}`);
}
