import { browser } from 'wxt/browser';
import { openPanelUi } from '../../lib/background/side-panel';
import { i18n } from '../../lib/i18n';
import { QuotaPanel } from './quota-panel';
import { SiteToggle } from './site-toggle';

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
      <QuotaPanel />
    </main>
  );
}
