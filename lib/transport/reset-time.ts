/**
 * When office quotas reset. JPO daily caps reset at 00:00 JST, counted per ID ([JPO-HB], API-NOTES §1
 * "Envelope, status codes and limits"); the OPS weekly fair-use counter resets at midnight UTC at the
 * start of each calendar week (API-NOTES §2 "Errors, throttling and quota"; ISO weeks start on Monday);
 * KIPRIS Plus's monthly allowance on the 1st (API-NOTES-2 §1 "quota"), in Korea's time.
 */

/** Calendar date (YYYY-MM-DD) of `at` in `timeZone`. */
export function dayIn(timeZone: string, at: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Offset of `timeZone` from UTC at instant `at`, in milliseconds (JST → +9 h). */
function offsetMs(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** The next 00:00 in `timeZone` strictly after `at`. */
export function nextMidnight(timeZone: string, at: number): Date {
  const [y, m, d] = dayIn(timeZone, at).split('-').map(Number) as [number, number, number];
  const localMidnightAsUtc = Date.UTC(y, m - 1, d + 1);
  // First guess with today's offset, then correct once for a DST change at midnight.
  let guess = localMidnightAsUtc - offsetMs(timeZone, at);
  guess = localMidnightAsUtc - offsetMs(timeZone, guess);
  return new Date(guess);
}

/** Monday 00:00 UTC of the week containing `at` (epoch ms). */
export function weekStartUtc(at: number): number {
  const date = new Date(at);
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - daysSinceMonday);
}

/** The next Monday 00:00 UTC after `at`. */
export function nextWeekStartUtc(at: number): Date {
  return new Date(weekStartUtc(at) + 7 * 24 * 3600 * 1000);
}

/** Calendar month (YYYY-MM) of `at` in `timeZone`. */
export function monthIn(timeZone: string, at: number): string {
  return dayIn(timeZone, at).slice(0, 7);
}

/** The 1st of the next month, 00:00 in `timeZone`, after `at`. */
export function nextMonthStart(timeZone: string, at: number): Date {
  const [y, m] = monthIn(timeZone, at).split('-').map(Number) as [number, number];
  const localAsUtc = Date.UTC(y, m, 1);
  let guess = localAsUtc - offsetMs(timeZone, at);
  guess = localAsUtc - offsetMs(timeZone, guess);
  return new Date(guess);
}
