import { describe, expect, it } from 'vitest';
import { hasCredentials } from './has-credentials';

describe('hasCredentials', () => {
  it('needs at least one non-blank field', () => {
    expect(hasCredentials(undefined)).toBe(false);
    expect(hasCredentials({})).toBe(false);
    expect(hasCredentials({ id: '  ', password: '' })).toBe(false);
    expect(hasCredentials({ id: '', password: 'x' })).toBe(true);
  });
});
