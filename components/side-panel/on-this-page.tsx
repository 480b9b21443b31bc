import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import type { TabFindings } from '../../lib/model/findings';
import { copyText } from '../common/copy-text';
import { displayNumber, findingsCsv, groupByOffice } from './findings-csv';
import { saveBlob } from '../common/save-blob';
import { problemText } from '../common/problem-text';
import { askForNotificationsOnce } from '../watch/notify-permission';
import { typeName } from '../hover-card/card-text';

export interface FindingsSource {
  /** The active tab's findings now, and a subscription to changes (returns the unsubscribe). */
  load(): Promise<TabFindings | null>;
  watch(onChange: () => void): () => void;
}

const messagingSource: FindingsSource = {
  async load() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : send('findings/get', { tabId: tab.id });
  },
  watch(onChange) {
    // The background mirrors each tab's findings into storage.session (findings-store.ts).
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && Object.keys(changes).some((k) => k.startsWith('findings:'))) onChange();
    };
    const onTab = () => onChange();
    browser.storage.onChanged.addListener(onStorage);
    browser.tabs.onActivated.addListener(onTab);
    return () => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.tabs.onActivated.removeListener(onTab);
    };
  },
};

/** "On this page" (issue 5 §4): the active tab's numbers, grouped by office, with counts, copy and CSV. */
export function OnThisPage({ onSelect, source = messagingSource }: { onSelect(text: string): void; source?: FindingsSource }) {
  const [findings, setFindings] = useState<TabFindings | null | undefined>(undefined);
  const [copied, setCopied] = useState(false);
  const [watched, setWatched] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () => void source.load().then((f) => live && setFindings(f), () => live && setFindings(null));
    refresh();
    const stop = source.watch(refresh);
    return () => {
      live = false;
      stop();
    };
  }, [source]);

  if (findings === undefined) return <p class="muted">{i18n('common_loading')}</p>;
  if (!findings || findings.items.length === 0) return <p class="muted" data-state="empty">{i18n('page_none')}</p>;
  const groups = groupByOffice(findings.items);
  const copyAll = () =>
    void copyText(findings.items.map(displayNumber).join('\n'), document.body).then(setCopied);
  const host = hostOf(findings.url);
  const watch = (texts: string[]) => {
    askForNotificationsOnce();
    void send('watch/add', { items: texts.map((text) => ({ text })) }).then(
      (r) => setWatched(i18n('watch_add_result', [String(r.added.length), String(r.duplicates.length)])),
      (e: unknown) => setWatched(problemText(e)),
    );
  };
  return (
    <section class="on-this-page">
      <div class="row">
        <p class="muted" data-field="summary">
          {i18n('page_summary', [String(findings.items.length), String(groups.length)])}
          {!findings.settled && ` ${i18n('page_scanning')}`}
        </p>
        {findings.truncatedAt && (
          <p class="muted small" data-state="truncated">
            {i18n('page_truncated', [String(findings.truncatedAt.itemsPerFrame), String(findings.truncatedAt.frames)])}
          </p>
        )}
        <button type="button" data-action="copy-all" onClick={copyAll}>
          {copied ? i18n('page_copied') : i18n('page_copy_all')}
        </button>
        <button type="button" data-action="csv" onClick={() => saveBlob(new Blob([findingsCsv(findings.items)], { type: 'text/csv;charset=utf-8' }), `patentpeek-${host}.csv`)}>
          {i18n('page_export_csv')}
        </button>
        <button type="button" data-action="watch-all" onClick={() => watch(groups.flatMap(([, items]) => items.map((i) => i.shown)))}>
          ☆ {i18n('page_watch_all')}
        </button>
        {watched && <span class="small" data-field="watched">{watched}</span>}
      </div>
      {groups.map(([country, items]) => (
        <details open key={country} data-office={country}>
          <summary>
            {country} <span class="muted">({items.length})</span>
          </summary>
          <ul>
            {items.map(({ item, shown }) => (
              <li key={`${item.type}:${shown}`}>
                <button type="button" class="link" title={item.raw} onClick={() => onSelect(shown)}>
                  {shown}
                </button>{' '}
                <span class="muted">
                  {typeName(item.type, item.right)}
                  {item.count > 1 && ` ×${item.count}`}
                </span>{' '}
                <button type="button" class="link small" data-action="watch" title={i18n('watch_star_add_hint')} onClick={() => watch([shown])}>☆</button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

/** The page's host for the file name; 'page' when the address does not parse. */
function hostOf(url: string | null): string {
  try {
    return url ? new URL(url).hostname || 'page' : 'page';
  } catch {
    return 'page';
  }
}
