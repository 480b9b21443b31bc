import { i18n } from '../../lib/i18n';

interface Props<T extends string> {
  tabs: readonly T[];
  current: T;
  /** _locales key prefix: a tab named `x` is labelled by `${messagePrefix}x`. */
  messagePrefix: string;
  onSelect(tab: T): void;
}

/** A row of tab buttons (side panel sections, lookup result tabs); the caller renders the panel. */
export function TabBar<T extends string>({ tabs, current, messagePrefix, onSelect }: Props<T>) {
  return (
    <nav class="tabs row" role="tablist">
      {tabs.map((name) => (
        <button type="button" role="tab" data-tab={name} aria-selected={current === name} class={current === name ? 'primary' : ''} onClick={() => onSelect(name)}>
          {i18n(`${messagePrefix}${name}`)}
        </button>
      ))}
    </nav>
  );
}
