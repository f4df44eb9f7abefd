import type { z } from 'zod';

/** "schedule: is not a valid cron expression; sentences: ..." — field paths, never the values. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      return `${field}: ${issue.message}`;
    })
    .join('; ');
}
