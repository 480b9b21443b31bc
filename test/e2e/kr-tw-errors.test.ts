/**
 * Every error kind of KIPRIS Plus and TIPO in Chromium (issue 17, Done when): the sandbox's failure
 * switches and its real rejections, surfaced through the C2 `lookup` hook with the office's message.
 * Each test asks a number this file has not asked before, so no cached answer stands in (a cached copy
 * would rightly survive a failed refresh). A rate limit pauses the office in the worker and a spent
 * quota blocks it until its reset: those run last for each office.
 */
import { describe, expect, it } from 'vitest';
import type { OfficeId, SourceOutcome } from '../../lib/model/contracts';
import { perFile } from './per-file';

const run = perFile();

async function failure(office: OfficeId, input: string, mode?: Parameters<Awaited<ReturnType<typeof run.sandbox>>['setFailure']>[1]): Promise<NonNullable<SourceOutcome['error']>> {
  const sandbox = await run.sandbox([office]);
  if (mode) sandbox.setFailure(office, mode);
  const result = await run.h.hook('lookup', input);
  const outcome = result.sources.find((s) => s.office === office);
  expect(outcome?.ok, JSON.stringify(result.sources)).toBe(false);
  return outcome!.error!;
}

describe('KIPRIS Plus errors, surfaced', () => {
  it('not found: KIPRIS has no such application', async () => {
    const error = await failure('kipris', '10-2021-0123401');
    expect(error).toMatchObject({ kind: 'not-found' });
    expect(error.message).toMatch(/KIPRIS Plus has no bibliography for application 1020210123401/);
  });

  it('office down: a 500 from KIPRIS', async () => {
    expect(await failure('kipris', '10-2021-0123402', 'server-error')).toMatchObject({ kind: 'office-down' });
  });

  it('malformed: a cut-off reply is a bad response, never data', async () => {
    const error = await failure('kipris', '10-2021-0123403', 'malformed');
    expect(error.kind).toBe('bad-response');
    expect(error.message).toMatch(/KIPRIS Plus/);
  });

  it('rate limited: retry after the seconds KIPRIS gave', async () => {
    const error = await failure('kipris', '10-2021-0123404', 'rate-limit');
    expect(error).toMatchObject({ kind: 'rate-limit', retryAfterSeconds: 1 });
  });

  it('quota: the month\u2019s allowance used up, with its reset on the 1st (Korea time), in KIPRIS\u2019s words', async () => {
    const error = await failure('kipris', '10-2021-0123405', 'quota');
    expect(error.kind).toBe('quota');
    expect(error.message).toContain('LIMITED NUMBER OF SERVICE REQUESTS EXCEEDS ERROR');
    const reset = new Date(error.resetsAt!);
    expect(reset.toISOString()).toMatch(/T15:00:00\.000Z$/); // 00:00 in Seoul
    expect(reset.getTime()).toBeGreaterThan(Date.now());
  });
});

describe('TIPO errors, surfaced', () => {
  it('not found: TIPO has no such patent', async () => {
    const error = await failure('tipo', 'TW I999999 B');
    expect(error).toMatchObject({ kind: 'not-found' });
    expect(error.message).toMatch(/TIPO has no patent I999999/);
  });

  it('office down: a 500 from TIPO', async () => {
    expect(await failure('tipo', 'TW I999998 B', 'server-error')).toMatchObject({ kind: 'office-down' });
  });

  it('malformed: a cut-off reply is a bad response', async () => {
    expect(await failure('tipo', 'TW I999997 B', 'malformed')).toMatchObject({ kind: 'bad-response' });
  });

  it('rate limited by TIPO\u2019s front: retry after its seconds', async () => {
    expect(await failure('tipo', 'TW I999996 B', 'rate-limit')).toMatchObject({ kind: 'rate-limit', retryAfterSeconds: 60 });
  });
});
