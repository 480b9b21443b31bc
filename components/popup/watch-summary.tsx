import { browser } from 'wxt/browser';
import { openSidePanel } from '../../lib/background/side-panel';
import { i18n } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import { useAsync } from '../common/use-async';

/** One line in the popup: what changed in the watchlists since the user last looked, and a way there. */
export function WatchSummary() {
  const [state] = useAsync(() => send('watch/summary', {}), []);
  if (state.state !== 'done' || state.value.cases === 0) return null;
  const { unseen, cases } = state.value;
  const open = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await openSidePanel(tab?.id, { mode: 'watch', text: '' });
    window.close();
  };
  return (
    <section class="watch-summary row" data-unseen={unseen}>
      <span class={unseen > 0 ? 'warn' : 'muted'}>{unseen > 0 ? i18n('popup_watch_unseen', [String(unseen), String(cases)]) : i18n('popup_watch_none', [String(cases)])}</span>
      <button type="button" class="link" data-action="open-watchlist" onClick={() => void open()}>{i18n('popup_watch_open')}</button>
    </section>
  );
}
