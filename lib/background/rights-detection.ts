import { loadSettings, onSettingsChanged } from '../settings/store';
import { findNumbers } from '../numbers/find-numbers';
import { findRights } from '../numbers/rights';
import type { FoundNumber } from '../numbers/types';

/**
 * The page scan's engine call: patent numbers always, JP designs and trademarks only where the user
 * switched them on in options (off by default — issue 17 §4). The switch is read once and then kept
 * current by the settings' change event: scan batches arrive many a second.
 */
let rightsOn: Promise<boolean> | undefined;

function detectRights(): Promise<boolean> {
  if (!rightsOn) {
    rightsOn = loadSettings().then((s) => s.detection.rights, () => false);
    onSettingsChanged((s) => {
      rightsOn = Promise.resolve(s.detection.rights);
    });
  }
  return rightsOn;
}

export async function findOnPage(texts: readonly string[]): Promise<FoundNumber[][]> {
  const rights = await detectRights();
  return texts.map((t) => {
    const patents = findNumbers(t);
    if (!rights) return patents;
    const more = findRights(t);
    return more.length ? [...patents, ...more].sort((a, b) => a.start - b.start) : patents;
  });
}
