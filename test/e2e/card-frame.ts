/**
 * The hover card's data lives in an extension frame (components/hover-card/hover-host.ts): tests
 * read it as a person sees it, through that frame, never through the page.
 */
import type { Frame, Page } from 'playwright-core';

/** The open (visible) card frame of a page, once it has rendered its number. */
export async function cardFrame(page: Page, timeoutMs = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (!/^chrome-extension:\/\/[a-p]{32}\/card\.html#/.test(frame.url()) || frame.isDetached()) continue;
      // A closed card's frame is hidden at once and removed a second later (hover-host.ts retire).
      if (!(await (await frame.frameElement().catch(() => null))?.isVisible().catch(() => false))) continue;
      if (await frame.locator('[data-field="normalised"], [data-state="expired"]').count().catch(() => 0)) return frame;
    }
    if (Date.now() > deadline) throw new Error('no card frame appeared');
    await page.waitForTimeout(50);
  }
}

/** Text of one field of the card (null while it is not there). */
export async function cardField(frame: Frame, name: string): Promise<string | null> {
  const el = frame.locator(`[data-field="${name}"]`);
  return (await el.count()) ? el.first().textContent() : null;
}

/** Wait until the card's lookup settled (no loading line). */
export async function cardSettled(frame: Frame, timeoutMs = 15_000): Promise<void> {
  await frame.locator('[data-state="loading"]').waitFor({ state: 'detached', timeout: timeoutMs });
}

/** Wait until `selector` is in the card, and return its text. */
export async function cardText(frame: Frame, selector: string, timeoutMs = 15_000): Promise<string> {
  const el = frame.locator(selector).first();
  await el.waitFor({ timeout: timeoutMs });
  return (await el.textContent()) ?? '';
}

/** The frame of the card the page shows now, or null when none is open. */
export function openCardFrames(page: Page): Frame[] {
  return page.frames().filter((f) => /\/card\.html#/.test(f.url()) && !f.isDetached());
}
