import { useEffect, useState } from 'preact/hooks';
import type { RouteRule } from '../../lib/offices/routing';
import { send } from '../../lib/messaging/client';
import { i18n } from '../../lib/i18n';
import { officeName } from '../common/office-name';

/** Move one office a place up (-1) or down (+1) in a rule, returning new rules. */
export function moveOffice(rules: RouteRule[], country: string, index: number, step: -1 | 1): RouteRule[] {
  return rules.map((rule) => {
    if (rule.country !== country) return rule;
    const offices = [...rule.offices];
    const target = index + step;
    if (target < 0 || target >= offices.length) return rule;
    [offices[index], offices[target]] = [offices[target]!, offices[index]!];
    return { ...rule, offices };
  });
}

/** Options: which office answers first for each country; the next one is asked when it fails. */
export function RoutingRules() {
  const [rules, setRules] = useState<RouteRule[]>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void send('routing/get', {}).then(setRules);
  }, []);
  if (!rules) return <p class="muted">{i18n('common_loading')}</p>;
  const update = async (next: RouteRule[]) => {
    setRules(next);
    setSaved(false);
    setRules(await send('routing/save', { rules: next }));
    setSaved(true);
  };
  return (
    <section class="routing-rules">
      <h2>{i18n('routing_title')}</h2>
      <p class="muted">{i18n('routing_intro')}</p>
      <div class="grid">
        {rules.map((rule) => (
          <>
            <strong data-country={rule.country}>{rule.country === '*' ? i18n('routing_other') : rule.country}</strong>
            <ol class="row">
              {rule.offices.map((office, index) => (
                <li class="row" data-office={office}>
                  {officeName(office)}
                  <button type="button" aria-label={i18n('routing_up')} disabled={index === 0} onClick={() => void update(moveOffice(rules, rule.country, index, -1))}>
                    ↑
                  </button>
                  <button type="button" aria-label={i18n('routing_down')} disabled={index === rule.offices.length - 1} onClick={() => void update(moveOffice(rules, rule.country, index, 1))}>
                    ↓
                  </button>
                </li>
              ))}
            </ol>
          </>
        ))}
      </div>
      {saved && <p class="ok">{i18n('options_saved')}</p>}
    </section>
  );
}
