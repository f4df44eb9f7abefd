export { summarizeArticle, DEFAULT_TUNING, type SummarizerTuning } from './summarize-article.js';
export type { SummaryOptions } from './options.js';
export { DEFAULT_WEIGHTS, type ScoringWeights } from './scoring.js';
