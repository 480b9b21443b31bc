/**
 * Time slices for scanning. The scanner asks for one slice at a time and does at most `budgetMs` of
 * work in it, so it never makes a long task (> 50 ms) and input and rendering go first.
 *
 * Preference: `scheduler.postTask` at 'background' priority (runs only when nothing more urgent
 * waits, without waiting for a rendering idle period, so a big page still settles quickly), then
 * requestIdleCallback with a timeout (Firefox), then setTimeout (tests, old engines).
 */
export type SliceRunner = (work: (budgetMs: number) => void) => void;

interface PostTaskScheduler {
  postTask(cb: () => void, options: { priority: 'background' | 'user-visible' }): Promise<unknown>;
}

// 12 ms: well under a long task (50 ms) even with a GC pause inside, and fewer slices cost less
// than many (each sends its blocks in one message; bench/page-scan.ts, 8 ms gave 9 slices, 12 ms 6).
export function defaultSliceRunner(budgetMs = 12, win: typeof globalThis = globalThis): SliceRunner {
  const scheduler = (win as { scheduler?: PostTaskScheduler }).scheduler;
  if (scheduler && typeof scheduler.postTask === 'function') {
    return (work) => {
      scheduler.postTask(() => work(budgetMs), { priority: 'background' }).catch((error: unknown) => reportError(error));
    };
  }
  if (typeof win.requestIdleCallback === 'function') {
    return (work) => {
      win.requestIdleCallback((deadline) => work(deadline.didTimeout ? budgetMs : Math.min(budgetMs, Math.max(2, deadline.timeRemaining()))), { timeout: 100 });
    };
  }
  return (work) => {
    setTimeout(() => work(budgetMs), 0);
  };
}

function reportError(error: unknown): void {
  console.error('[PatentPeek] scan slice failed', error);
}
