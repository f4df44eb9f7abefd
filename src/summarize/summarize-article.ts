import { InvalidInputError } from '../errors.js';
import type { Summary } from '../model.js';
import { articleSentences } from '../text/article-sentences.js';
import { extractFeatures } from './features.js';
import { resolveSummaryLimits, type SummaryOptions } from './options.js';
import {
  centrality,
  DEFAULT_WEIGHTS,
  flawPenalties,
  scoreSentences,
  type ScoringWeights,
} from './scoring.js';
import { selectSentences } from './selection.js';

export interface SummarizerTuning {
  weights: ScoringWeights;
  redundancyWeight: number;
  duplicateThreshold: number;
  /** See SelectionLimits. */
  coverage: number;
  comparableSimilarity: number;
  comparableMargin: number;
}

export const DEFAULT_TUNING: SummarizerTuning = {
  weights: DEFAULT_WEIGHTS,
  redundancyWeight: 0.3,
  duplicateThreshold: 0.6,
  coverage: 1,
  comparableSimilarity: 0.5,
  comparableMargin: 1,
};

/**
 * Extractive summary: the article's best sentences, verbatim (`text === article.text.slice(start, end)`)
 * and in article order. Boilerplate never counts as a sentence.
 */
export function summarizeArticle(
  article: { title?: string; text: string },
  options: SummaryOptions = {},
  tuning: SummarizerTuning = DEFAULT_TUNING,
): Summary {
  if (typeof article.text !== 'string' || article.text.trim() === '') {
    throw new InvalidInputError('The article has no text to summarize.');
  }
  const sentences = articleSentences(article.text);
  const limits = resolveSummaryLimits(options, sentences.length);
  if (sentences.length === 0) throw new InvalidInputError('The article has no text to summarize.');
  const doc = extractFeatures(sentences, article.title ?? '');
  const central = centrality(doc, tuning.weights);
  const penalties = flawPenalties(doc, tuning.weights);
  const scores = scoreSentences(doc, tuning.weights, limits.sentences, central, penalties);
  const picked = selectSentences(
    doc.sentences,
    scores,
    {
      ...limits,
      redundancyWeight: tuning.redundancyWeight,
      duplicateThreshold: tuning.duplicateThreshold,
      // Like the lead prior, coverage matters less when the summary takes much of the article.
      coverage:
        tuning.coverage *
        Math.pow(
          1 - Math.min(1, limits.sentences / sentences.length),
          tuning.weights.positionShareExponent,
        ),
      comparableSimilarity: tuning.comparableSimilarity,
      comparableMargin: tuning.comparableMargin,
    },
    central,
    penalties,
  );
  return {
    sentences: picked.map((i) => {
      const sentence = sentences[i] as (typeof sentences)[number];
      return {
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        index: sentence.index,
        score: scores[i] ?? 0,
      };
    }),
  };
}
