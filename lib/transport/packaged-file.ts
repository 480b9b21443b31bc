import { browser } from 'wxt/browser';

/**
 * A file shipped inside the extension (public/), read by the background: the one fetch that reaches
 * no office and needs no pipeline — no credentials, quota or cache — but still lives with the other
 * fetches, so every network call of the product is in lib/transport.
 */
export async function readPackagedGzipText(pathInPackage: string): Promise<string> {
  const response = await fetch(browser.runtime.getURL(pathInPackage as '/'));
  if (!response.ok || !response.body) throw new Error(`${pathInPackage}: HTTP ${response.status}`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
}
