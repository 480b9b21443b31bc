import { describe, expect, it } from 'vitest';
import { CardSessions } from './card-sessions';

const reading = { raw: 'US 10,123,456 B2', country: 'US', type: 'grant' as const, docdb: 'US.10123456.B2', epodoc: 'US10123456', kind: 'B2', number: '10123456' };

describe('card sessions', () => {
  it('hands the reading to the first claim from the same tab only, once', () => {
    const sessions = new CardSessions();
    const id = sessions.start({ reading, focus: true, tabId: 3, frameId: 2 });
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(sessions.claim(id, 4)).toBeNull();
    expect(sessions.owner(id, 3)).toBeNull(); // not claimed yet: no events to relay
    expect(sessions.claim(id, 3)).toEqual({ reading, focus: true, tabId: 3, frameId: 2 });
    expect(sessions.claim(id, 3)).toBeNull();
    expect(sessions.owner(id, 3)).toEqual({ tabId: 3, frameId: 2 });
    expect(sessions.owner(id, 4)).toBeNull();
  });

  it('forgets unclaimed sessions after a minute, and a tab when it goes', () => {
    let now = 0;
    const sessions = new CardSessions(() => now);
    const late = sessions.start({ reading, focus: false, tabId: 1, frameId: 0 });
    now = 61_000;
    expect(sessions.claim(late, 1)).toBeNull();
    const gone = sessions.start({ reading, focus: false, tabId: 1, frameId: 0 });
    sessions.dropTab(1);
    expect(sessions.claim(gone, 1)).toBeNull();
  });

  it('keeps at most 16 sessions a tab, so a page cannot grow the table', () => {
    const sessions = new CardSessions();
    const ids = Array.from({ length: 200 }, () => sessions.start({ reading, focus: false, tabId: 9, frameId: 0 }));
    expect(sessions.size).toBe(16);
    expect(sessions.claim(ids[0]!, 9)).toBeNull();
    expect(sessions.claim(ids[199]!, 9)).not.toBeNull();
  });
});
