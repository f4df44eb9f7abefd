import { z } from 'zod';
import { InvalidInputError } from '../errors.js';

/** What a chat command hands to subscribeChannel, before any check. */
export interface SubscribeInput {
  channelId: string;
  source: string;
  schedule: string;
  timezone?: string;
  sentences?: number;
  maxStories?: number;
  keywords?: string[];
}

export const subscriptionLimits = {
  sentences: { min: 1, max: 10, default: 2 },
  maxStories: { min: 1, max: 25, default: 5 },
  keywords: { max: 10, maxLength: 50 },
  sourceLength: 2048,
} as const;

/** Shape and bounds only; cron, timezone and source reachability are checked afterwards. */
export const subscribeInputSchema = z.object({
  channelId: z.string().trim().min(1, 'a channel is required').max(100),
  source: z
    .string()
    .trim()
    .min(1, 'a source (feed or page URL) is required')
    .max(subscriptionLimits.sourceLength, 'the source is too long'),
  schedule: z.string().trim().min(1, 'a schedule is required').max(100, 'the schedule is too long'),
  timezone: z.string().trim().min(1).max(64).default('UTC'),
  sentences: z
    .int('sentences must be a whole number')
    .min(subscriptionLimits.sentences.min)
    .max(subscriptionLimits.sentences.max)
    .default(subscriptionLimits.sentences.default),
  maxStories: z
    .int('max stories must be a whole number')
    .min(subscriptionLimits.maxStories.min)
    .max(subscriptionLimits.maxStories.max)
    .default(subscriptionLimits.maxStories.default),
  keywords: z
    .array(z.string().trim().min(1).max(subscriptionLimits.keywords.maxLength))
    .max(subscriptionLimits.keywords.max, `at most ${subscriptionLimits.keywords.max} keywords`)
    .default([]),
});

export type ParsedSubscribeInput = z.infer<typeof subscribeInputSchema>;

/** Parses at the boundary; the error names the field and the rule, never echoes the input. */
export function parseSubscribeInput(input: unknown): ParsedSubscribeInput {
  const parsed = subscribeInputSchema.safeParse(input);
  if (parsed.success) {
    return { ...parsed.data, keywords: [...new Set(parsed.data.keywords)] };
  }
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') ?? 'input';
  throw new InvalidInputError(`Invalid ${field}: ${issue?.message ?? 'not accepted'}.`);
}

/**
 * Keywords as typed in chat ("ai, climate policy" or a list) → a clean list. Adapters call it
 * so that both platforms split the same way.
 */
export function splitKeywords(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(',')
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword.length > 0);
}
