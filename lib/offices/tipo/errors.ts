import { AuthError, BadResponse, type OfficeError } from '../../transport/errors';

/**
 * TIPO answers HTTP 200 for everything it can read (API-NOTES-2.md §2): `status "sample"` means the token
 * was missing or wrong — the rows that follow are TIPO's demo rows, never this case's data; `status
 * "error"` carries TIPO's own message (top over 6,000 …). HTTP failures are the pipeline's default mapping.
 */
export function classifyTipoReply(res: { status: number; body: unknown }): OfficeError | undefined {
  if (res.status >= 400 || typeof res.body !== 'object' || res.body === null) return undefined;
  const { status, message } = res.body as { status?: unknown; message?: unknown };
  const words = typeof message === 'string' && message ? ` (TIPO: ${message})` : '';
  if (status === 'sample') return new AuthError('tipo', `TIPO did not accept the token and answered with its sample data${words}`, { officeCode: 'sample' });
  if (status === 'error') return new BadResponse('tipo', `TIPO refused the query${words}`, { officeCode: 'error' });
  if (status !== 'ok') return new BadResponse('tipo', `TIPO answered without the "ok" status (${String(status)})`);
  return undefined;
}
