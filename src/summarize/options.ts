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

const KNOWN_OPTIONS: ReadonlySet<string> = new Set(['sentences', 'ratio', 'maxChars']);

/**
 * Checks options given by a user or a caller; returns the first problem in words, or undefined.
 * Hand-written rather than a schema library: loading one costs a `--jsonl` stream a tenth of a
 * second at start-up.
 */
function summaryOptionsProblem(options: unknown): string | undefined {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return 'Summary options must be an object.';
  }
  const unknown = Object.keys(options).filter((key) => !KNOWN_OPTIONS.has(key));
  if (unknown.length > 0) return `Unknown summary option: ${unknown.join(', ')}.`;
  const { sentences, ratio, maxChars } = options as Record<string, unknown>;
  if (sentences !== undefined) {
    if (typeof sentences !== 'number' || Number.isNaN(sentences))
      return 'sentences must be a number.';
    if (!Number.isInteger(sentences)) return 'sentences must be a whole number.';
    if (sentences < 1) return 'sentences must be at least 1.';
    if (sentences > MAX_SENTENCES) return `sentences must be at most ${MAX_SENTENCES}.`;
  }
  if (ratio !== undefined) {
    if (typeof ratio !== 'number' || Number.isNaN(ratio)) return 'ratio must be a number.';
    if (!(ratio > 0)) return 'ratio must be greater than 0.';
    if (ratio > 1) return 'ratio must be at most 1.';
  }
  if (maxChars !== undefined) {
    if (typeof maxChars !== 'number' || Number.isNaN(maxChars)) return 'maxChars must be a number.';
    if (!Number.isInteger(maxChars)) return 'maxChars must be a whole number.';
    if (maxChars < 1) return 'maxChars must be at least 1.';
  }
  return undefined;
}

export interface SummaryLimits {
  sentences: number;
  maxChars: number;
}

/** Validates options (InvalidInputError with the first problem) and resolves them to limits. */
export function resolveSummaryLimits(options: unknown, sentenceCount: number): SummaryLimits {
  const problem = summaryOptionsProblem(options ?? {});
  if (problem !== undefined) throw new InvalidInputError(problem);
  const { sentences, ratio, maxChars } = (options ?? {}) as SummaryOptions;
  const fromRatio = ratio === undefined ? Infinity : Math.max(1, Math.ceil(ratio * sentenceCount));
  const fromCount = sentences ?? (ratio === undefined ? DEFAULT_SENTENCES : Infinity);
  return {
    sentences: Math.min(fromRatio, fromCount, sentenceCount),
    maxChars: maxChars ?? Infinity,
  };
}
