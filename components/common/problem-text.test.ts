import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { MessageError } from '../../lib/messaging/client';
import { problemText } from './problem-text';

beforeEach(() => {
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => `${key}(${[subs ?? []].flat().join('|')})`) as never);
});

describe('problemText', () => {
  it('gives an office failure its own message, with the wait', () => {
    const error = new MessageError({ kind: 'rate-limit', office: 'jpo', message: 'statusCode 303', retryAfterSeconds: 60 });
    expect(problemText(error)).toBe('error_rate_limit(60)');
  });

  it('says PatentPeek failed for anything else, keeping the detail', () => {
    expect(problemText(new MessageError({ kind: 'internal', message: 'No answer to lookup' }))).toBe('error_internal(No answer to lookup)');
    expect(problemText('boom')).toBe('error_internal(boom)');
  });
});
