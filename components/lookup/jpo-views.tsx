import type { JpoExtraAnswer } from '../../lib/lookup/jpo-extras';
import type { Party } from '../../lib/model/patent';
import { i18n } from '../../lib/i18n';
import { useOnDemand } from '../common/use-on-demand';
import { AsOf } from './as-of';
import { formatDate } from './format';
import type { WorkbenchApi } from './workbench-api';

/** One JPO view, asked on a click (daily caps: registration_info 50, applicant_attorney 200). */
function useJpo<K extends JpoExtraAnswer['kind']>(api: WorkbenchApi, kind: K) {
  return useOnDemand((value?: string) => api.jpo(kind, value) as Promise<Extract<JpoExtraAnswer, { kind: K }>>);
}

/** A JP patent's register record (seed: 年金等の経費管理): owners, expiry, next annuity due. */
export function JpRegistration({ api }: { api: WorkbenchApi }) {
  const [state, ask] = useJpo(api, 'registration');
  if (state.phase === 'idle' || state.phase === 'busy')
    return (
      <button type="button" class="link" data-action="jp-registration" disabled={state.phase === 'busy'} onClick={() => ask()}>
        {i18n('jpo_registration_show')}
      </button>
    );
  if (state.phase === 'failed') return <p class="bad small" data-state="failed">{state.message}</p>;
  const r = state.value.value;
  const rows: [string, string | undefined][] = [
    ['jpo_registration_number', `${r.registrationNumber}${r.registrationDate ? ` (${formatDate(r.registrationDate)})` : ''}`],
    ['jpo_registration_owners', r.owners.map((o) => o.name).join('; ')],
    ['jpo_registration_claims', r.numberOfClaims?.toString()],
    ['jpo_registration_next_annuity', r.nextAnnuityDueDate && formatDate(r.nextAnnuityDueDate)],
    ['jpo_registration_last_paid', r.lastPaidYear?.toString()],
    ['jpo_registration_expiry', r.expireDate && formatDate(r.expireDate)],
  ];
  return (
    <section class="jp-registration">
      <h3>{i18n('jpo_registration_title')}</h3>
      <dl class="grid">
        {rows.filter(([, v]) => v).map(([k, v]) => (
          <>
            <dt class="muted">{i18n(k)}</dt>
            <dd data-field={k}>{v}</dd>
          </>
        ))}
      </dl>
      <AsOf source={r.source} />
    </section>
  );
}

/** Applicant code ↔ name: a JPO party's code gives its registered name; a name, its codes. */
export function ApplicantCodes({ party, api }: { party: Party; api: WorkbenchApi }) {
  const [byCode, askCode] = useJpo(api, 'applicant-by-code');
  const [byName, askName] = useJpo(api, 'applicant-by-name');
  return (
    <span class="applicant-codes small" data-party={party.name}>
      {party.code ? (
        <button type="button" class="link" data-action="applicant-by-code" onClick={() => askCode(party.code)}>
          {i18n('jpo_applicant_code', party.code)}
        </button>
      ) : (
        <button type="button" class="link" data-action="applicant-by-name" onClick={() => askName(party.name)}>
          {i18n('jpo_applicant_find_codes')}
        </button>
      )}
      {byCode.phase === 'done' && <span data-field="registered-name"> → {byCode.value.value.value.name}</span>}
      {byName.phase === 'done' && (
        <span data-field="codes"> → {byName.value.value.value.length ? byName.value.value.value.map((a) => `${a.code} ${a.name}`).join('; ') : i18n('jpo_applicant_none')}</span>
      )}
      {(byCode.phase === 'failed' || byName.phase === 'failed') && <span class="bad"> {byCode.phase === 'failed' ? byCode.message : byName.phase === 'failed' ? byName.message : ''}</span>}
    </span>
  );
}
