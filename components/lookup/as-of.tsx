import type { Provenance } from '../../lib/model/provenance';
import { i18n } from '../../lib/i18n';
import { officeName } from '../common/office-name';
import { formatTime } from './format';

/** Where a value came from and when: office, endpoint, "as of", and a badge when it is a stale copy. */
export function AsOf({ source }: { source: Provenance }) {
  return (
    <span class={`as-of muted small${source.stale ? ' stale' : ''}`} data-office={source.office} data-endpoint={source.endpoint} data-stale={source.stale ? 'true' : 'false'}>
      {officeName(source.office)} · {source.endpoint} · {i18n('lookup_as_of', formatTime(source.fetchedAt))}
      {source.stale && <span class="badge warn"> {i18n('lookup_stale')}</span>}
    </span>
  );
}

/** One "as of" line per office and endpoint a list was gathered from (TIPO's relatives come from three). */
export function AsOfEach({ items }: { items: readonly { source: Provenance }[] }) {
  const byEndpoint = new Map<string, Provenance>();
  for (const { source } of items) {
    const key = `${source.office}|${source.endpoint}`;
    if (!byEndpoint.has(key)) byEndpoint.set(key, source);
  }
  const sources = [...byEndpoint.values()];
  return (
    <p class="as-of-each">
      {sources.map((s) => (
        <>
          <AsOf source={s} />{' '}
        </>
      ))}
    </p>
  );
}
