import cron from 'node-cron';
import { InvalidScheduleError } from '../errors.js';
import { isTimezone } from '../config/schedule-fields.js';

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
function withMatcher<T>(schedule: string, timezone: string, use: (matcher: NextMatcher) => T): T {
  const task = cron.createTask(schedule, () => undefined, { timezone });
  try {
    const matcher = (task as unknown as { timeMatcher?: Partial<NextMatcher> }).timeMatcher;
    if (typeof matcher?.getNextMatch !== 'function') {
      throw new Error('node-cron no longer exposes its time matcher; update cron-schedule.ts');
    }
    return use(matcher as NextMatcher);
  } finally {
    void task.destroy();
  }
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
 * the latest missed slot is delivered, with everything since.
 */
export function latestRunBetween(
  schedule: string,
  timezone: string,
  after: Date,
  upTo: Date,
): Date | undefined {
  return withMatcher(schedule, timezone, (matcher) => {
    let latest: Date | undefined;
    let cursor = after;
    // Jump close to upTo first so a long downtime with a frequent schedule stays cheap.
    const windowStart = new Date(upTo.getTime() - 2 * 24 * 3600_000);
    if (windowStart > cursor) cursor = windowStart;
    for (;;) {
      const next = matcher.getNextMatch(cursor);
      if (next > upTo) break;
      latest = next;
      cursor = next;
    }
    if (latest === undefined && cursor !== after) {
      // Sparse schedule (weekly, monthly): walk from the real start.
      cursor = after;
      for (;;) {
        const next = matcher.getNextMatch(cursor);
        if (next > upTo) break;
        latest = next;
        cursor = next;
      }
    }
    return latest;
  });
}

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
