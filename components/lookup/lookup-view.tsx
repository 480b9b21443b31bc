import { browser } from 'wxt/browser';
import { send } from '../../lib/messaging/client';
import { i18n } from '../../lib/i18n';
import { problemText } from '../common/problem-text';
import { useAsync } from '../common/use-async';
import { LookupResultView } from './lookup-result';

/**
 * The side panel's lookup tab: asks the background for the details of `text` and renders them.
 * The lead mounts it under the lookup box; clicking a family member or citation calls `onLookup`.
 */
export function LookupView({ text, onLookup }: { text: string; onLookup: (text: string) => void }) {
  const [state] = useAsync(() => send('lookup/details', { text }), [text]);
  const openOptions = () => void browser.runtime.openOptionsPage();
  if (state.state === 'loading') return <p class="muted lookup-loading">{i18n('lookup_loading')}</p>;
  if (state.state === 'error') return <p class="bad lookup-failed">{problemText(state.error)}</p>;
  return (
    <LookupResultView
      details={state.value}
      onLookup={onLookup}
      onOpenOptions={openOptions}
      documents={{
        list: () => send('documents/list', { text }),
        get: (office, id) => send('documents/get', { text, office, id }),
      }}
    />
  );
}
