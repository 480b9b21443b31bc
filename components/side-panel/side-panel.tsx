import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PANEL_REQUEST_KEY, type PanelRequest } from '../../lib/background/side-panel';
import { i18n } from '../../lib/i18n';
import type { Reading } from '../../lib/messaging/reading';
import { Converter } from '../classification/converter';
import { TabBar } from '../common/tab-bar';
import { LookupView } from '../lookup/lookup-view';
import { LookupBox } from './lookup-box';
import { HistoryView, remember } from './history-view';
import { OnThisPage } from './on-this-page';
import { TermsTab } from '../terms/terms-tab';
import { WatchTab } from '../watch/watch-tab';

const TABS = ['lookup', 'page', 'watch', 'classes', 'history', 'terms'] as const;
type Tab = (typeof TABS)[number];

/** The side panel: a lookup box over the result, plus the numbers found on the current page. */
export function SidePanel() {
  const [tab, setTab] = useState<Tab>('lookup');
  const [query, setQuery] = useState<{ text: string; reading?: Reading }>({ text: '' });
  const [term, setTerm] = useState('');
  const [symbol, setSymbol] = useState('');
  const [watchVersion, setWatchVersion] = useState(0);

  // Requests from the context menu and the hover card arrive through storage.session.
  useEffect(() => {
    const apply = (request: PanelRequest | undefined) => {
      if (request?.mode === 'watch') {
        void browser.storage.session.remove(PANEL_REQUEST_KEY);
        setTab('watch');
        setWatchVersion((v) => v + 1);
        return;
      }
      if (!request?.text) return;
      // Taken once: a panel opened later must not replay an old selection over what the person types.
      void browser.storage.session.remove(PANEL_REQUEST_KEY);
      if (request.mode === 'terms') {
        setTerm(request.text);
        setTab('terms');
      } else if (request.mode === 'classify') {
        setSymbol(request.text);
        setTab('classes');
      } else {
        setQuery({ text: request.text, ...(request.reading && { reading: request.reading }) });
        setTab('lookup');
      }
    };
    void browser.storage.session.get(PANEL_REQUEST_KEY).then((got) => apply(got[PANEL_REQUEST_KEY] as PanelRequest | undefined));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes[PANEL_REQUEST_KEY]) apply(changes[PANEL_REQUEST_KEY].newValue as PanelRequest | undefined);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  const lookup = (text: string) => {
    setQuery({ text });
    setTab('lookup');
  };
  const open = (text: string, reading?: Reading) => {
    setQuery({ text, ...(reading && { reading }) });
    setTab('lookup');
  };
  const classify = (text: string) => {
    setSymbol(text);
    setTab('classes');
  };

  return (
    <main class="side-panel">
      <LookupBox value={query.text} onLookup={lookup} />
      <TabBar<Tab> tabs={TABS} current={tab} messagePrefix="panel_tab_" onSelect={setTab} />
      {tab === 'lookup' && (query.text ? <LookupView query={query} onLookup={lookup} onClassify={classify} onAnswer={remember} /> : <p class="muted">{i18n('panel_lookup_hint')}</p>)}
      {tab === 'classes' && <Converter text={symbol} />}
      {tab === 'history' && <HistoryView onOpen={open} />}
      {tab === 'watch' && <WatchTab key={watchVersion} onOpen={open} />}
      {tab === 'page' && <OnThisPage onSelect={lookup} />}
      {tab === 'terms' && <TermsTab term={term} />}
    </main>
  );
}
