import { useEffect, useState } from 'preact/hooks';

export type AsyncState<T> = { state: 'loading' } | { state: 'done'; value: T } | { state: 'error'; error: unknown };

/** Run an async function when `deps` change and expose loading / value / error. */
export function useAsync<T>(run: () => Promise<T>, deps: unknown[]): [AsyncState<T>, (value: T) => void] {
  const [result, setResult] = useState<AsyncState<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    run().then(
      (value) => live && setResult({ state: 'done', value }),
      (error: unknown) => live && setResult({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return [result, (value: T) => setResult({ state: 'done', value })];
}
