import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { readingSchema, type Reading } from '../messaging/reading';
import { writtenForm } from '../numbers/display';
import { findingsStore } from './findings';

/**
 * The document the Terms tab reads parallel text from: the one open in the side panel (the last
 * number it showed in full), else the current page's most mentioned document. Kept in
 * storage.session, so the panel and the C2 `terms` hook see the same one.
 */
export const PANEL_DOCUMENT_KEY = 'panelDocument';

const stored = v.object({ text: v.pipe(v.string(), v.maxLength(2_000)), reading: v.optional(readingSchema) });

export async function rememberPanelDocument(text: string, reading?: Reading): Promise<void> {
  await browser.storage.session.set({ [PANEL_DOCUMENT_KEY]: { text, ...(reading && { reading }) } });
}

export async function termsDocument(): Promise<{ text: string; reading?: Reading; from: 'panel' | 'page' } | undefined> {
  const got = v.safeParse(stored, (await browser.storage.session.get(PANEL_DOCUMENT_KEY))[PANEL_DOCUMENT_KEY]);
  if (got.success && got.output.text.trim()) return { ...got.output, from: 'panel' };
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return undefined;
  const items = (await findingsStore.get(tab.id)).items.filter((i) => i.docdb);
  const top = items.reduce<(typeof items)[number] | undefined>((best, i) => (!best || i.count > best.count ? i : best), undefined);
  return top ? { text: writtenForm(top).text, from: 'page' } : undefined;
}
