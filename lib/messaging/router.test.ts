import { describe, expect, it, vi } from 'vitest';
import { classifySender, dispatch, type Handlers, type SenderInfo } from './router';
import { QuotaExceeded } from '../transport/errors';

const EXT = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT}/`;
const content: SenderInfo = { kind: 'content', tabId: 4, url: 'https://example.org/' };
const ui: SenderInfo = { kind: 'ui', url: `${ORIGIN}options.html` };

describe('classifySender', () => {
  it('tells extension pages from content scripts and refuses strangers', () => {
    expect(classifySender({ id: EXT, url: `${ORIGIN}popup.html` }, EXT, ORIGIN)?.kind).toBe('ui');
    expect(classifySender({ id: EXT, url: 'https://example.org/x', tab: { id: 3 }, frameId: 0 }, EXT, ORIGIN)).toEqual({
      kind: 'content',
      tabId: 3,
      frameId: 0,
      url: 'https://example.org/x',
    });
    expect(classifySender({ id: 'other-extension', url: `${ORIGIN}popup.html` }, EXT, ORIGIN)).toBeNull();
    expect(classifySender({ id: EXT, url: 'https://example.org/' }, EXT, ORIGIN)).toBeNull(); // no tab
    expect(classifySender({ id: EXT, url: 'file:///etc/passwd', tab: { id: 1 } }, EXT, ORIGIN)).toBeNull();
  });
});

describe('dispatch', () => {
  const hello = vi.fn(async () => ({ enabled: true, hoverDelayMs: 300 }));
  const handlers: Handlers = { 'content/hello': hello };

  it('runs a valid message from an allowed sender', async () => {
    expect(await dispatch(handlers, { name: 'content/hello', request: { url: 'https://x.org/' } }, content)).toEqual({
      ok: true,
      value: { enabled: true, hoverDelayMs: 300 },
    });
    expect(hello).toHaveBeenCalledWith({ url: 'https://x.org/' }, content);
  });

  it('refuses unknown names, bad shapes, wrong senders and unknown senders', async () => {
    const kinds = await Promise.all([
      dispatch(handlers, { name: 'constructor', request: {} }, content),
      dispatch(handlers, { name: 'content/hello', request: { url: 42 } }, content),
      dispatch(handlers, { name: 'settings/get', request: {} }, content),
      dispatch(handlers, { name: 'content/hello', request: { url: 'x' } }, ui),
      dispatch(handlers, { name: 'content/hello', request: { url: 'x' } }, null),
      dispatch(handlers, 'content/hello', content),
    ]);
    expect(kinds.map((k) => (k.ok ? 'ok' : k.error.kind))).toEqual([
      'invalid-message',
      'invalid-message',
      'forbidden',
      'forbidden',
      'forbidden',
      'invalid-message',
    ]);
  });

  it('a page flooding bad names gets each refused, and grows the refusal log no further than 100 lines', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (let i = 0; i < 1_000; i++) {
      expect(await dispatch({}, { name: `flood-${i}`, request: {} }, content)).toMatchObject({ ok: false, error: { kind: 'invalid-message' } });
    }
    expect(warn.mock.calls.length).toBeLessThanOrEqual(100);
    warn.mockRestore();
  });

  it('turns office errors into data that survives structured cloning', async () => {
    const resetsAt = new Date('2026-11-26T15:00:00Z');
    const failing: Handlers = {
      'content/hello': async () => {
        throw new QuotaExceeded('jpo', 'Daily cap reached', resetsAt, { officeCode: '203' });
      },
    };
    const envelope = await dispatch(failing, { name: 'content/hello', request: { url: 'https://x.org/' } }, content);
    expect(envelope).toEqual({
      ok: false,
      error: { kind: 'quota', office: 'jpo', message: 'Daily cap reached', officeCode: '203', resetsAt: resetsAt.toISOString() },
    });
    expect(structuredClone(envelope)).toEqual(envelope);
  });
});
