import { useState } from 'preact/hooks';
import { problemText } from './problem-text';

/** One office answer asked on a click (small daily caps): idle until asked, then busy, done or failed. */
export type OnDemand<T> = { phase: 'idle' } | { phase: 'busy' } | { phase: 'done'; value: T } | { phase: 'failed'; message: string };

export function useOnDemand<T, A extends unknown[]>(run: (...args: A) => Promise<T>): [OnDemand<T>, (...args: A) => void] {
  const [state, setState] = useState<OnDemand<T>>({ phase: 'idle' });
  const ask = (...args: A) => {
    setState({ phase: 'busy' });
    run(...args).then(
      (value) => setState({ phase: 'done', value }),
      (error: unknown) => setState({ phase: 'failed', message: problemText(error) }),
    );
  };
  return [state, ask];
}
