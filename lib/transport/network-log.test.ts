import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNetworkLog, redactUrl } from './network-log';
import { browserStore } from './storage-area';

beforeEach(() => fakeBrowser.reset());

describe('network log', () => {
  it('removes keys from query strings (KIPRIS accessKey, TIPO token, declared names)', () => {
    expect(redactUrl('http://plus.kipris.or.kr/openapi/rest/S/op?applicationNumber=1&accessKey=abc%2F%2B')).toBe(
      'http://plus.kipris.or.kr/openapi/rest/S/op?applicationNumber=1&accessKey=REDACTED',
    );
    expect(redactUrl('https://x.test/a?tk=secret&q=1', ['tk'])).toBe('https://x.test/a?tk=REDACTED&q=1');
    expect(redactUrl('https://user:pw@x.test/a')).toBe('https://x.test/a');
  });

  it('is a bounded ring buffer', async () => {
    const log = createNetworkLog({ capacity: 3 });
    for (let i = 0; i < 5; i++) log.record({ office: 'jpo', method: 'GET', url: `https://x.test/${i}`, status: 200, at: String(i) });
    expect((await log.entries()).map((e) => e.at)).toEqual(['2', '3', '4']);
  });

  it('keeps the history across a service-worker restart (storage.session)', async () => {
    const first = createNetworkLog({ store: browserStore('session') });
    first.record({ office: 'epo-ops', method: 'POST', url: 'https://ops.test/auth/accesstoken', status: 200, at: 'a' });
    await first.entries();
    const second = createNetworkLog({ store: browserStore('session') });
    second.record({ office: 'epo-ops', method: 'GET', url: 'https://ops.test/biblio', status: 200, at: 'b' });
    expect((await second.entries()).map((e) => e.at)).toEqual(['a', 'b']);
  });
});
