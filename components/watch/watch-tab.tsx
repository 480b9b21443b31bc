import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import type { WatchOverview } from '../../lib/messaging/protocol';
import type { Reading } from '../../lib/messaging/reading';
import { TabBar } from '../common/tab-bar';
import { problemText } from '../common/problem-text';
import { AnalyticsView } from './analytics-view';
import { DeadlinesView } from './deadlines-view';
import { SavedSearches } from './saved-searches';
import { WatchCases } from './watch-cases';

const VIEWS = ['cases', 'searches', 'deadlines', 'analytics'] as const;
type View = (typeof VIEWS)[number];

export interface WatchProps {
  overview: WatchOverview;
  /** Something changed in the background: read the overview again. */
  refresh(): void;
  onOpen(text: string, reading?: Reading): void;
}

/** The side panel's Watchlist tab (issue 12): watched cases, saved searches, deadlines and analytics. */
export function WatchTab({ onOpen }: { onOpen(text: string, reading?: Reading): void }) {
  const [view, setView] = useState<View>('cases');
  const [version, setVersion] = useState(0);
  const [overview, setOverview] = useState<WatchOverview | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // The last overview stays on screen while the next one loads, so a refresh never blanks the tab.
    send('watch/overview', {}).then(
      (o) => live && (setOverview(o), setProblem(null)),
      (e: unknown) => live && setProblem(problemText(e)),
    );
    return () => {
      live = false;
    };
  }, [version]);

  if (problem && !overview) return <p class="bad">{problem}</p>;
  if (!overview) return <p class="muted">{i18n('common_loading')}</p>;
  const props: WatchProps = { overview, refresh: () => setVersion((v) => v + 1), onOpen };
  return (
    <section class="watch" data-unseen={overview.unseen}>
      <TabBar<View> tabs={VIEWS} current={view} messagePrefix="watch_view_" onSelect={setView} />
      {view === 'cases' && <WatchCases {...props} />}
      {view === 'searches' && <SavedSearches {...props} />}
      {view === 'deadlines' && <DeadlinesView {...props} />}
      {view === 'analytics' && <AnalyticsView {...props} />}
    </section>
  );
}
