import { send } from '../../lib/messaging/client';
import { i18n } from '../../lib/i18n';
import { problemText } from '../common/problem-text';
import { useAsync } from '../common/use-async';
import { QuotaList } from './quota-list';

/** The popup's quota section (the lead mounts this); reads `quota/get` each time the popup opens. */
export function QuotaPanel() {
  const [state] = useAsync(() => send('quota/get', {}), []);
  if (state.state === 'loading') return <p class="muted">{i18n('common_loading')}</p>;
  if (state.state === 'error') return <p class="bad">{problemText(state.error)}</p>;
  return <QuotaList view={state.value} />;
}
