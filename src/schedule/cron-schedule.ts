import cron from 'node-cron';
import { InvalidScheduleError } from '../errors.js';

/** An IANA timezone name such as "Europe/Berlin", as this Node.js knows them. */
export function isTimezone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The shortest gap between two runs we accept from chat users: digests, not a ticker. */
export const minimumIntervalMinutes = 5;

interface NextMatcher {
  getNextMatch(date: Date): Date;
}

/**
 * node-cron computes next runs only from "now"; its task keeps the matcher that does it from
 * any date. We use that matcher so display, catch-up and the live timers agree to the minute
 * (DST included). A unit test pins the behaviour so an upgrade that moves it fails loudly.
 */
const matchers = new Map<string, NextMatcher>();
const maxCachedMatchers = 256;

function withMatcher<T>(schedule: string, timezone: string, use: (matcher: NextMatcher) => T): T {
  const key = `${timezone}\n${schedule}`;
  let matcher = matchers.get(key);
  if (matcher === undefined) {
    // The task is never started: it only lends us its matcher (no timer, destroyed at once).
    const task = cron.createTask(schedule, () => undefined, { timezone });
    const found = (task as unknown as { timeMatcher?: Partial<NextMatcher> }).timeMatcher;
    void task.destroy();
    if (typeof found?.getNextMatch !== 'function') {
      throw new Error('node-cron no longer exposes its time matcher; update cron-schedule.ts');
    }
    matcher = { getNextMatch: found.getNextMatch.bind(found) };
    if (matchers.size >= maxCachedMatchers) matchers.clear();
    matchers.set(key, matcher);
  }
  return use(matcher);
}

/** The next `count` run times strictly after `from`. */
export function nextRunTimes(
  schedule: string,
  timezone: string,
  from: Date,
  count: number,
): Date[] {
  return withMatcher(schedule, timezone, (matcher) => {
    const runs: Date[] = [];
    let cursor = from;
    for (let i = 0; i < count; i++) {
      cursor = matcher.getNextMatch(cursor);
      runs.push(cursor);
    }
    return runs;
  });
}

/**
 * The latest run time in (after, upTo], or undefined. Used to catch up after downtime: only
 * the latest missed slot is delivered, with everything since. Looks back through growing
 * windows so that a frequent schedule after a long downtime stays cheap.
 */
export function latestRunBetween(
  schedule: string,
  timezone: string,
  after: Date,
  upTo: Date,
): Date | undefined {
  if (upTo <= after) return undefined;
  return withMatcher(schedule, timezone, (matcher) => {
    for (const window of lookBackWindowsMs) {
      const start = new Date(Math.max(after.getTime(), upTo.getTime() - window));
      let latest: Date | undefined;
      for (
        let next = matcher.getNextMatch(start);
        next <= upTo;
        next = matcher.getNextMatch(next)
      ) {
        latest = next;
      }
      if (latest !== undefined || start.getTime() === after.getTime()) return latest;
    }
    return undefined;
  });
}

const lookBackWindowsMs = [
  15 * 60_000,
  3600_000,
  24 * 3600_000,
  8 * 24 * 3600_000,
  32 * 24 * 3600_000,
  400 * 24 * 3600_000,
  Number.POSITIVE_INFINITY,
];

/**
 * Refuses what node-cron refuses, schedules that fire more often than every
 * `minimumIntervalMinutes`, and schedules that never fire. Returns the trimmed expression.
 */
export function checkSchedule(schedule: string, timezone: string, now: Date): string {
  const expression = schedule.trim().replace(/\s+/g, ' ');
  if (!cron.validate(expression)) {
    throw new InvalidScheduleError(
      `"${shorten(expression)}" is not a valid cron schedule. Try "0 8 * * *" for 08:00 every day.`,
    );
  }
  if (!isTimezone(timezone)) {
    throw new InvalidScheduleError(
      `"${shorten(timezone)}" is not a known timezone. Use an IANA name such as "Europe/Berlin".`,
    );
  }
  const gap = shortestGapMinutes(expression);
  if (gap < minimumIntervalMinutes) {
    throw new InvalidScheduleError(
      `That schedule runs too often: at most one digest every ${minimumIntervalMinutes} minutes.`,
    );
  }
  try {
    const [next] = nextRunTimes(expression, timezone, now, 1);
    if (next === undefined || next.getTime() - now.getTime() > 366 * 24 * 3600_000)
      throw new Error();
  } catch {
    throw new InvalidScheduleError('That schedule never runs (within the next year).');
  }
  return expression;
}

/**
 * The shortest gap between two runs, from the parsed fields: several runs within one minute
 * (seconds field) count as 0; otherwise the closest minutes within an hour, and across the
 * hour boundary when two adjacent hours both run.
 */
function shortestGapMinutes(expression: string): number {
  const fields = cron.parse(expression);
  if (fields.second.length > 1) return 0;
  const minutes = [...fields.minute].sort((a, b) => a - b);
  const hours = new Set(fields.hour);
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < minutes.length; i++) {
    gap = Math.min(gap, (minutes[i] ?? 0) - (minutes[i - 1] ?? 0));
  }
  const first = minutes[0];
  const last = minutes[minutes.length - 1];
  const adjacentHours = [...hours].some((hour) => hours.has((hour + 1) % 24));
  if (first !== undefined && last !== undefined && adjacentHours) {
    gap = Math.min(gap, 60 - last + first);
  }
  return gap;
}

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A short human description of common schedules ("every day at 08:00 (Europe/Berlin)");
 * anything unusual is shown as the cron expression itself.
 */
export function describeCron(schedule: string, timezone: string): string {
  const parts = schedule.trim().split(/\s+/);
  const [minute, hour, dayOfMonth, month, dayOfWeek] =
    parts.length === 6 && parts[0] === '0' ? parts.slice(1) : parts;
  const zone = `(${timezone})`;
  if (parts.length > 6 || parts.length < 5) return `cron "${schedule}" ${zone}`;
  if (minute === undefined || hour === undefined) return `cron "${schedule}" ${zone}`;
  const fixedTime = /^\d{1,2}$/.test(minute) && /^\d{1,2}(,\d{1,2})*$/.test(hour);
  if (fixedTime && dayOfMonth === '*' && month === '*') {
    const times = hour
      .split(',')
      .map((h) => `${h.padStart(2, '0')}:${minute.padStart(2, '0')}`)
      .join(', ');
    if (dayOfWeek === '*') return `every day at ${times} ${zone}`;
    if (dayOfWeek === '1-5') return `weekdays at ${times} ${zone}`;
    if (dayOfWeek !== undefined && /^[0-7](,[0-7])*$/.test(dayOfWeek)) {
      const days = dayOfWeek.split(',').map((d) => weekdayNames[Number(d) % 7]);
      return `every ${days.join(', ')} at ${times} ${zone}`;
    }
  }
  const everyMinutes = /^\*\/(\d+)$/.exec(minute);
  if (everyMinutes && hour === '*' && dayOfMonth === '*' && month === '*' && dayOfWeek === '*') {
    return `every ${everyMinutes[1]} minutes ${zone}`;
  }
  if (/^\d{1,2}$/.test(minute) && hour === '*' && dayOfMonth === '*' && dayOfWeek === '*') {
    return `every hour at minute ${minute} ${zone}`;
  }
  return `cron "${schedule}" ${zone}`;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
