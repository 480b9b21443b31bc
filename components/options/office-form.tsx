import { useEffect, useState } from 'preact/hooks';
import type { OfficeMeta } from '../../lib/offices/office-meta';
import type { PublicOfficeSettings } from '../../lib/messaging/protocol';
import { i18n } from '../../lib/i18n';
import { hasHostAccess, requestHostAccess } from './host-access';
import { OfficeChip, chipOf } from './office-chip';
import type { OfficeState } from '../../lib/lookup/types';

export interface OfficeFormChange {
  enabled?: boolean;
  baseUrl?: string;
  credentials?: Record<string, string>;
}

interface Props {
  meta: OfficeMeta;
  current: PublicOfficeSettings;
  /** The background's view of the office (absent when PatentPeek cannot query it yet). */
  state?: OfficeState;
  onSave: (change: OfficeFormChange) => Promise<void>;
  /** Slot for the office's "Test connection" control. */
  children?: preact.ComponentChildren;
}

/** One office: switch, credentials (secrets masked, never prefilled), and the advanced base URL. */
export function OfficeForm({ meta, current, state, onSave, children }: Props) {
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [baseUrl, setBaseUrl] = useState(current.baseUrl ?? '');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [hostDenied, setHostDenied] = useState(false);
  const [access, setAccess] = useState(true);
  useEffect(() => {
    if (current.baseUrl) void hasHostAccess(current.baseUrl).then(setAccess);
    else setAccess(true);
  }, [current.baseUrl]);

  const save = async (event: Event) => {
    event.preventDefault();
    // A new address needs the browser's permission, asked inside this click (issue 16 §6).
    const url = baseUrl.trim();
    const asking = url && url !== current.baseUrl ? requestHostAccess(url) : null;
    setSaving(true);
    setSaved(false);
    setHostDenied(false);
    try {
      if (asking && !(await asking)) {
        setHostDenied(true);
        return;
      }
      const credentials = Object.fromEntries(Object.entries(typed).filter(([, value]) => value.trim() !== ''));
      await onSave({ credentials, baseUrl });
      setTyped({});
      setSaved(true);
    } finally {
      setSaving(false);
    }
  };

  const clear = (field: string) => onSave({ credentials: { [field]: '' } });
  const configured = meta.credentials.every((field) => current.credentials[field.name]?.set);

  return (
    <form class="card office" data-office={meta.id} onSubmit={save}>
      <div class="row">
        <label class="row">
          <input
            type="checkbox"
            name="enabled"
            checked={current.enabled}
            onChange={(e) => void onSave({ enabled: (e.currentTarget as HTMLInputElement).checked })}
          />
          <strong>{i18n(meta.nameKey)}</strong>
        </label>
        <OfficeChip chip={chipOf(state, current.enabled, configured)} />
        {current.baseUrl && <span class="chip warn">{i18n('options_custom_url')}</span>}
        {current.baseUrl && !access && (
          <button type="button" class="chip bad" data-action="allow-host" onClick={() => void requestHostAccess(current.baseUrl!).then(setAccess)}>
            {i18n('options_host_allow')}
          </button>
        )}
        <a href={meta.signupUrl} target="_blank" rel="noreferrer" class="muted signup">
          {i18n('options_get_credentials')}
        </a>
      </div>
      {meta.noteKey && (
        <p class="warn small" data-note={meta.noteKey}>
          {i18n(meta.noteKey)}
        </p>
      )}
      <div class="grid">
        {meta.credentials.map((field) => {
          const state = current.credentials[field.name];
          const placeholder = state?.set ? (field.secret ? `••••••••${state.hint ?? ''}` : (state.hint ?? '')) : i18n('options_not_set');
          return (
            <>
              <label for={`${meta.id}-${field.name}`}>{i18n(field.labelKey)}</label>
              <span class="row">
                <input
                  id={`${meta.id}-${field.name}`}
                  name={field.name}
                  type={(field.secret ? 'password' : 'text') as 'text'}
                  autocomplete="off"
                  spellcheck={false}
                  placeholder={placeholder}
                  value={typed[field.name] ?? ''}
                  onInput={(e) => setTyped({ ...typed, [field.name]: (e.currentTarget as HTMLInputElement).value })}
                />
                {state?.set && (
                  <button type="button" class="clear" onClick={() => void clear(field.name)}>
                    {i18n('options_clear')}
                  </button>
                )}
              </span>
            </>
          );
        })}
      </div>
      <details>
        <summary class="muted">{i18n('options_advanced')}</summary>
        <div class="grid">
          <label for={`${meta.id}-baseUrl`}>{i18n('options_base_url')}</label>
          <input
            id={`${meta.id}-baseUrl`}
            name="baseUrl"
            type="url"
            placeholder={meta.defaultBaseUrl}
            value={baseUrl}
            onInput={(e) => setBaseUrl((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
      </details>
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>
          {i18n('options_save')}
        </button>
        {children}
        {saved && <span class="ok saved">{i18n('options_saved')}</span>}
        {hostDenied && <span class="bad" data-state="host-denied">{i18n('options_host_denied')}</span>}
      </div>
    </form>
  );
}
