import cron from 'node-cron';
import { z } from 'zod';

/** A node-cron expression (5 fields, or 6 with seconds). */
export const cronExpressionSchema = z
  .string()
  .trim()
  .refine((expression) => cron.validate(expression), {
    message: 'is not a valid cron expression (e.g. "0 8 * * *" for 08:00 every day)',
  });

/** An IANA timezone name such as "Europe/Berlin". */
export const timezoneSchema = z
  .string()
  .trim()
  .refine(isTimezone, { message: 'is not a known IANA timezone (e.g. "Europe/Berlin")' });

export function isTimezone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
