import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { InvalidInputError, InvalidScheduleError } from '../errors.js';
import { checkSchedule, isTimezone } from '../schedule/cron-schedule.js';
import { describeIssues } from './issues.js';

const destinationSchema = z.strictObject({
  platform: z.enum(['discord', 'slack']),
  workspaceId: z.string().min(1),
  channelId: z.string().min(1),
});

const timezoneSchema = z
  .string()
  .trim()
  .refine(isTimezone, { message: 'is not a known IANA timezone (e.g. "Europe/Berlin")' });

/** A declarative digest in digests/*.json: what to read, how much to show, when and where. */
export const digestDefinitionSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes')
      .max(64),
    title: z.string().min(1).max(120),
    /** Folders (relative to the definition file), feed URLs or page URLs. */
    sources: z.array(z.string().min(1)).min(1),
    /** A cron expression, held to the same rules as /subscribe (checkSchedule). */
    schedule: z.string().trim().optional(),
    timezone: timezoneSchema.default('UTC'),
    sentences: z.int().min(1).max(10).default(2),
    maxStories: z.int().min(1).max(25).default(5),
    keywords: z.array(z.string().min(1)).default([]),
    destinations: z.array(destinationSchema).default([]),
  })
  .superRefine((definition, context) => {
    if (definition.schedule === undefined || !isTimezone(definition.timezone)) return;
    try {
      checkSchedule(definition.schedule, definition.timezone, new Date());
    } catch (error) {
      if (!(error instanceof InvalidScheduleError)) throw error;
      context.addIssue({ code: 'custom', path: ['schedule'], message: error.userMessage });
    }
  });

export type DigestDefinition = z.infer<typeof digestDefinitionSchema>;

export class InvalidDefinitionError extends InvalidInputError {}

/**
 * Reads and validates every digests/*.json. A bad file stops start-up with one line naming the
 * file and the field; local source paths are resolved against the definition's folder.
 */
export function loadDigestDefinitions(directory: string): DigestDefinition[] {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort();
  return files.map((file) => parseDigestDefinition(path.join(directory, file)));
}

export function parseDigestDefinition(file: string): DigestDefinition {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InvalidDefinitionError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = digestDefinitionSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidDefinitionError(`${file}: ${describeIssues(parsed.error)}`);
  const base = path.dirname(file);
  return {
    ...parsed.data,
    sources: parsed.data.sources.map((source) =>
      /^[a-z][a-z0-9+.-]*:\/\//i.test(source) ? source : path.resolve(base, source),
    ),
  };
}
