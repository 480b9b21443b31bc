import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import type { Reading } from '../../lib/messaging/reading';
import { problemText } from '../common/problem-text';
import { askForNotificationsOnce } from './notify-permission';

/**
 * Star a number onto the default watchlist, or take it off (hover card, lookup result). Shows whether
 * it is watched on any list; one click adds to or removes from the default list.
 */
export function WatchStar({ text, reading, askPermission = true }: { text: string; reading?: Reading; askPermission?: boolean }) {
  const [watched, setWatched] = useState<{ key: string; list: string }[] | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const query = { text, ...(reading && { reading }) };
  useEffect(() => {
    let live = true;
    send('watch/status', query).then((r) => live && setWatched(r.watched), () => live && setWatched([]));
    return () => {
      live = false;
    };
  }, [text, reading?.docdb, reading?.type]);

  const toggle = async () => {
    if (!watched) return;
    setProblem(null);
    try {
      if (watched.length > 0) {
        for (const w of watched) await send('watch/remove', { key: w.key });
      } else {
        if (askPermission) askForNotificationsOnce();
        const result = await send('watch/add', { items: [query] });
        if (result.rejected[0]) setProblem(result.rejected[0].reason);
      }
      setWatched((await send('watch/status', query)).watched);
    } catch (error) {
      setProblem(problemText(error));
    }
  };

  const on = (watched?.length ?? 0) > 0;
  return (
    <span class="watch-star">
      <button type="button" data-action="watch" aria-pressed={on} disabled={watched === undefined} onClick={() => void toggle()} title={on ? i18n('watch_star_remove_hint') : i18n('watch_star_add_hint')}>
        {on ? `★ ${i18n('watch_star_watching')}` : `☆ ${i18n('watch_star_watch')}`}
      </button>
      {problem && <span class="bad small"> {problem}</span>}
    </span>
  );
}
