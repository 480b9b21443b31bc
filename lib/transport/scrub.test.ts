import { describe, expect, it } from 'vitest';
import { scrub, secretValues } from './scrub';

describe('scrub', () => {
  it('removes every credential value, plain and URL-encoded, from any text', () => {
    const key = 'k/3+x=Z9abc';
    const secrets = secretValues({ accessKey: key, id: 'ab' });
    const text = `GET http://plus.kipris.or.kr/x?ServiceKey=${encodeURIComponent(key)}&q=1 failed: ${key} / ${new URLSearchParams({ k: key }).toString()}`;
    const out = scrub(text, secrets);
    expect(out).not.toContain(key);
    expect(out).not.toContain(encodeURIComponent(key));
    expect(out).not.toContain('k%2F3');
    expect(out).toContain('q=1');
    // Two-letter values would blank ordinary words: too short to be a key.
    expect(scrub('ab cd', secrets)).toBe('ab cd');
  });
});
