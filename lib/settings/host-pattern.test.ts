import { describe, expect, it } from 'vitest';
import { hostPatternOf } from './host-pattern';

describe('hostPatternOf', () => {
  it('asks for the scheme and host of an address, whatever its port and path', () => {
    expect(hostPatternOf('http://127.0.0.1:43117/jpo')).toBe('http://127.0.0.1/*');
    expect(hostPatternOf(' https://proxy.example.com/ops/3.2 ')).toBe('https://proxy.example.com/*');
  });

  it('refuses what is not an http(s) address', () => {
    expect(hostPatternOf('ftp://x.example')).toBeNull();
    expect(hostPatternOf('not a url')).toBeNull();
    expect(hostPatternOf('javascript:alert(1)')).toBeNull();
  });
});
