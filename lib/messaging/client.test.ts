import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { MessageError, send } from './client';

beforeEach(() => fakeBrowser.reset());

describe('send', () => {
  it('resolves with the value of an ok envelope', async () => {
    browser.runtime.onMessage.addListener(async () => ({ ok: true, value: { enabled: true, hoverDelayMs: 300 } }));
    expect(await send('content/hello', { url: 'https://x.org/' })).toEqual({ enabled: true, hoverDelayMs: 300 });
  });

  it('throws a MessageError carrying the error data of a failed envelope', async () => {
    const error = { kind: 'quota', office: 'jpo', message: 'Daily cap reached', resetsAt: '2026-11-26T15:00:00.000Z' };
    browser.runtime.onMessage.addListener(async () => ({ ok: false, error }));
    const failure = await send('settings/get', {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MessageError);
    expect((failure as MessageError).data).toEqual(error);
  });
});
