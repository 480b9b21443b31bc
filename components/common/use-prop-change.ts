import { useEffect, useRef } from 'preact/hooks';

/**
 * Runs `apply` when a prop changes after mount, never for the value the component mounted with:
 * effects run late, and an effect that re-applied the mount value would wipe what the user (or a
 * fast test) typed in between.
 */
export function usePropChange<T>(value: T, apply: (value: T) => void): void {
  const seen = useRef(value);
  useEffect(() => {
    if (Object.is(seen.current, value)) return;
    seen.current = value;
    apply(value);
  }, [value]);
}
