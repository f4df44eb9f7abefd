import { z } from 'zod';
import { InvalidInputError } from '../errors.js';

/** How long a summary may be. With several limits, the tightest one wins. */
export interface SummaryOptions {
  /** Number of sentences (default 3 when neither this nor `ratio` is given). */
  sentences?: number;
  /** Share of the article's sentences, in (0, 1]; at least one sentence. */
  ratio?: number;
  /** Length budget in characters for the sentences joined by a space (chat messages are short). */
  maxChars?: number;
}

export const DEFAULT_SENTENCES = 3;
export const MAX_SENTENCES = 100;

export const summaryOptionsSchema = z
  .object({
    sentences: z
      .number({ message: 'sentences must be a number.' })
      .int({ message: 'sentences must be a whole number.' })
      .min(1, { message: 'sentences must be at least 1.' })
      .max(MAX_SENTENCES, { message: `sentences must be at most ${MAX_SENTENCES}.` })
      .optional(),
    ratio: z
      .number({ message: 'ratio must be a number.' })
      .gt(0, { message: 'ratio must be greater than 0.' })
      .max(1, { message: 'ratio must be at most 1.' })
      .optional(),
    maxChars: z
      .number({ message: 'maxChars must be a number.' })
      .int({ message: 'maxChars must be a whole number.' })
      .min(1, { message: 'maxChars must be at least 1.' })
      .optional(),
  })
  .strict();

export interface SummaryLimits {
  sentences: number;
  maxChars: number;
}

/** Validates options (InvalidInputError with the first problem) and resolves them to limits. */
export function resolveSummaryLimits(options: unknown, sentenceCount: number): SummaryLimits {
  const parsed = summaryOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message =
      issue?.code === 'unrecognized_keys'
        ? `Unknown summary option: ${issue.keys.join(', ')}.`
        : (issue?.message ?? 'Invalid summary options.');
    throw new InvalidInputError(message, { cause: parsed.error });
  }
  const { sentences, ratio, maxChars } = parsed.data;
  const fromRatio = ratio === undefined ? Infinity : Math.max(1, Math.ceil(ratio * sentenceCount));
  const fromCount = sentences ?? (ratio === undefined ? DEFAULT_SENTENCES : Infinity);
  return {
    sentences: Math.min(fromRatio, fromCount, sentenceCount),
    maxChars: maxChars ?? Infinity,
  };
}
