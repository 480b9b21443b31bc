import { describe, expect, it } from 'vitest';
import { AuthError, BadResponse, NotFound, OfficeDown, QuotaExceeded, RateLimited } from '../../transport/errors';
import { classifyOpsReply, opsQuotaSignals, parseThrottling, readOpsErrorBody, throttleServiceOf } from './errors';
import { fixtureJson, fixtureText } from './test-fixtures';

const now = new Date('2026-11-25T02:30:00Z'); // a Wednesday

/** headers.*.json files keep header values as lists; the transport hands lower-case names with one value. */
function recordedHeaders(file: string): Record<string, string> {
  const h = (fixtureJson(file) as { headers: Record<string, string[]> }).headers;
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v.join(', ')]));
}

describe('OPS errors → taxonomy (API-NOTES §2)', () => {
  it('reads both error shapes', () => {
    expect(readOpsErrorBody(fixtureText('error.400-invalid-access-token.xml'))).toEqual({ shape: 'error', code: '400', message: 'invalid_access_token', description: 'Access token is invalid' });
    expect(readOpsErrorBody(fixtureText('fault.404-entity-not-found.reconstructed.xml'))).toEqual({ shape: 'fault', code: 'SERVER.EntityNotFound', message: 'No results found' });
    expect(readOpsErrorBody(fixtureText('biblio.docdb.EP2400812.A1.xml'))).toBeNull();
  });

  it('recorded 400 invalid_access_token → AuthError (the token manager refreshes before classify)', () => {
    const e = classifyOpsReply({ status: 400, headers: recordedHeaders('headers.error.400-invalid-access-token.json'), body: fixtureText('error.400-invalid-access-token.xml') }, { endpoint: 'family' });
    expect(e).toBeInstanceOf(AuthError);
    expect((e as AuthError).officeCode).toBe('invalid_access_token');
  });

  it('invalid_client (reconstructed) → AuthError bad-credentials', () => {
    const e = classifyOpsReply({ status: 401, headers: {}, body: fixtureText('error.401-invalid-client.reconstructed.xml') }, { endpoint: 'biblio' });
    expect(e).toBeInstanceOf(AuthError);
    expect((e as AuthError).officeCode).toBe('bad-credentials');
  });

  it('403 fair use: weekly quota resets Monday 00:00 UTC, hourly quota within the hour', () => {
    const body = fixtureText('error.403-quota-exceeded.reconstructed.xml');
    const weekly = classifyOpsReply({ status: 403, headers: { 'x-rejection-reason': 'RegisteredQuotaPerWeek' }, body }, { endpoint: 'biblio' }, now) as QuotaExceeded;
    expect(weekly).toBeInstanceOf(QuotaExceeded);
    expect(weekly.resetsAt).toBe('2026-11-30T00:00:00.000Z');
    const hourly = classifyOpsReply({ status: 403, headers: { 'x-rejection-reason': 'IndividualQuotaPerHour exceeded' }, body }, { endpoint: 'biblio' }, now) as QuotaExceeded;
    expect(hourly.resetsAt).toBe('2026-11-25T03:30:00.000Z');
    expect(hourly.officeCode).toBe('IndividualQuotaPerHour');
  });

  it('a black (suspended) service → RateLimited with Retry-After given in milliseconds', () => {
    const e = classifyOpsReply(
      { status: 403, headers: { 'retry-after': '60000', 'x-throttling-control': 'overloaded (images=black:0, inpadoc=black:0, other=black:0, retrieval=black:0, search=black:0)' }, body: fixtureText('error.403-quota-exceeded.reconstructed.xml') },
      { endpoint: 'legal' },
    ) as RateLimited;
    expect(e).toBeInstanceOf(RateLimited);
    expect(e.retryAfterSeconds).toBe(60);
  });

  it('faults: not found, ambiguous (413), server resources (503)', () => {
    expect(classifyOpsReply({ status: 404, headers: {}, body: fixtureText('fault.404-entity-not-found.reconstructed.xml') }, { endpoint: 'biblio' })).toBeInstanceOf(NotFound);
    expect(classifyOpsReply({ status: 404, headers: {}, body: fixtureText('fault.404-invalid-reference.reconstructed.xml') }, { endpoint: 'number-service' })).toBeInstanceOf(NotFound);
    const amb = classifyOpsReply({ status: 413, headers: {}, body: fixtureText('fault.413-ambiguous-request.reconstructed.xml') }, { endpoint: 'fulltext' });
    expect(amb).toBeInstanceOf(NotFound);
    expect(amb && amb !== 'ok' && amb.message).toContain('ambiguous');
    expect(classifyOpsReply({ status: 503, headers: {}, body: fixtureText('fault.503-limited-server-resources.reconstructed.xml') }, { endpoint: 'biblio' })).toBeInstanceOf(OfficeDown);
    expect(classifyOpsReply({ status: 400, headers: {}, body: '<fault xmlns="http://ops.epo.org"><code>CLIENT.CQL</code><message>bad</message></fault>' }, { endpoint: 'search' })).toBeInstanceOf(BadResponse);
  });

  it('a search without hits (404 EntityNotFound) is ok, not an error', () => {
    expect(classifyOpsReply({ status: 404, headers: {}, body: fixtureText('fault.404-entity-not-found.reconstructed.xml') }, { endpoint: 'search' })).toBe('ok');
    expect(classifyOpsReply({ status: 200, headers: recordedHeaders('headers.family.EP1000000A1.json'), body: fixtureText('family.EP1000000A1.xml') }, { endpoint: 'family' })).toBe('ok');
  });

  it('reads the throttling header and byte counters of the recorded family reply', () => {
    const headers = recordedHeaders('headers.family.EP1000000A1.json');
    const t = parseThrottling(headers['x-throttling-control']);
    expect(t?.system).toBe('idle');
    expect(t?.services.inpadoc).toEqual({ colour: 'green', perMinute: 60 });
    expect(t?.services.search).toEqual({ colour: 'green', perMinute: 30 });
    expect(opsQuotaSignals({ headers }).hourlyBytesUsed).toBe(80513);
    expect(opsQuotaSignals({ headers }).weeklyBytesUsed).toBeGreaterThan(0);
    expect(opsQuotaSignals({ headers }).throttle).toMatch(/^idle \(images=green:200, inpadoc=green:60/);
    expect(throttleServiceOf('family-legal')).toBe('inpadoc');
    expect(throttleServiceOf('claims')).toBe('retrieval');
    expect(throttleServiceOf('register-biblio')).toBe('other');
  });
});
