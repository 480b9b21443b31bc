import { browser } from 'wxt/browser';
import { openPanelUi } from '../../lib/background/side-panel';
import { i18n } from '../../lib/i18n';
import { QuotaPanel } from './quota-panel';
import { SiteToggle } from './site-toggle';
import { WatchSummary } from './watch-summary';

/** The page's keys (lib/scan/keyboard-nav.ts), named where a user looks for them. */
function Shortcuts() {
  const keys: [string, string][] = [['Alt+Shift+N', 'popup_shortcut_next'], ['Alt+Shift+P', 'popup_shortcut_previous'], ['Esc', 'popup_shortcut_close']];
  return (
    <section class="shortcuts small" aria-label={i18n('popup_shortcuts_title')}>
      <h2 class="muted small">{i18n('popup_shortcuts_title')}</h2>
      <dl class="grid">
        {keys.map(([key, words]) => (
          <>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{i18n(words)}</dd>
          </>
        ))}
      </dl>
    </section>
  );
}

/** The action popup: quick switches and where to go next. */
export function Popup() {
  const openPanel = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await openPanelUi(tab?.id);
    window.close();
  };
  return (
    <main class="popup">
      <h1>{i18n('extName')}</h1>
      <SiteToggle />
      <div class="row">
        <button type="button" class="primary" id="open-panel" onClick={() => void openPanel()}>
          {i18n('popup_open_panel')}
        </button>
        <button type="button" id="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n('popup_options')}
        </button>
      </div>
      <WatchSummary />
      <QuotaPanel />
      <Shortcuts />
    </main>
  );
}
