import type { StandaloneFlaws } from './standalone.js';
import type { DocumentFeatures, SentenceFeatures } from './features.js';

/**
 * The scorer's weights. A sentence's score mixes a lead prior (news puts the gist first),
 * centrality (how much of the document's recurring vocabulary it carries), similarity to the
 * title, a length prior, and penalties for sentences that cannot stand alone.
 */
export interface ScoringWeights {
  position: number;
  /** Extra prior for the first sentence, which carries the gist in most news articles. */
  firstSentence: number;
  /** Sentences after which the lead prior has fallen to 1/e. */
  positionDecay: number;
  /**
   * The lead prior is scaled by (1 - share)^this, share being the part of the article's
   * sentences the summary takes: a long summary is chosen by content more than by place.
   */
  positionShareExponent: number;
  centrality: number;
  /** 1 divides centrality by the sentence's vector norm (cosine), 0 sums it (favours long). */
  lengthNormalisation: number;
  /**
   * A term's centrality weight is (sentences sharing it − 1)^this: below 1, sub-topics that
   * recur a few times count next to the names that recur everywhere.
   */
  termWeightExponent: number;
  title: number;
  /** Fewer words than this costs `shortPenalty`, scaled by how far short. */
  minWords: number;
  shortPenalty: number;
  /** More words than this costs `longPenalty` per extra `maxWords` words. */
  maxWords: number;
  longPenalty: number;
  flaws: Record<keyof StandaloneFlaws, number>;
}

export const DEFAULT_WEIGHTS: ScoringWeights = {
  position: 2,
  firstSentence: 0,
  positionDecay: 4,
  positionShareExponent: 4,
  centrality: 1.3,
  lengthNormalisation: 1,
  termWeightExponent: 0.75,
  title: 0.5,
  minWords: 8,
  shortPenalty: 0.5,
  maxWords: 40,
  longPenalty: 0.3,
  flaws: {
    connective: 0.3,
    pronoun: 0.15,
    attribution: 0.5,
    quoteFragment: 0.4,
    question: 0.5,
    mostlyQuoted: 0.3,
    fragment: 0.6,
    truncated: 0.6,
  },
};

function norm(vector: Map<number, number>): number {
  let sum = 0;
  for (const count of vector.values()) sum += count * count;
  return Math.sqrt(sum);
}

/** Raw centrality: the sentence's terms weighted by how many *other* sentences share them. */
function centralities(
  doc: DocumentFeatures,
  lengthNormalisation: number,
  exponent: number,
): number[] {
  const out: number[] = [];
  for (const features of doc.sentences) {
    let dot = 0;
    for (const [id, count] of features.terms) {
      dot += count * Math.pow(Math.max(0, (doc.sentenceFrequency[id] ?? 0) - 1), exponent);
    }
    const n = norm(features.terms);
    out.push(n === 0 ? 0 : dot / Math.pow(n, lengthNormalisation));
  }
  return out;
}

function titleSimilarity(features: SentenceFeatures, title: Map<number, number>): number {
  if (title.size === 0) return 0;
  let dot = 0;
  for (const [id, count] of features.terms) dot += count * (title.get(id) ?? 0);
  const n = norm(features.terms) * norm(title);
  return n === 0 ? 0 : dot / n;
}

function scaleToMax(values: number[]): number[] {
  const max = Math.max(0, ...values);
  return max === 0 ? values.map(() => 0) : values.map((value) => value / max);
}

function flawPenalty(features: SentenceFeatures, weights: ScoringWeights): number {
  let penalty = 0;
  for (const key of Object.keys(weights.flaws) as (keyof StandaloneFlaws)[]) {
    if (features.flaws[key]) penalty += weights.flaws[key];
  }
  return penalty;
}

/** One score per sentence, higher is better; comparable within one document only. */
export function scoreSentences(
  doc: DocumentFeatures,
  weights: ScoringWeights = DEFAULT_WEIGHTS,
  summaryLength = 3,
): number[] {
  const share = Math.min(1, summaryLength / Math.max(1, doc.sentences.length));
  const position = weights.position * Math.pow(1 - share, weights.positionShareExponent);
  const central = scaleToMax(
    centralities(doc, weights.lengthNormalisation, weights.termWeightExponent),
  );
  return doc.sentences.map((features, i) => {
    const words = features.words;
    const short = words < weights.minWords ? (weights.minWords - words) / weights.minWords : 0;
    const long = words > weights.maxWords ? (words - weights.maxWords) / weights.maxWords : 0;
    return (
      position * Math.exp(-features.sentence.index / weights.positionDecay) +
      (features.sentence.index === 0 ? weights.firstSentence : 0) +
      weights.centrality * (central[i] ?? 0) +
      weights.title * titleSimilarity(features, doc.title) -
      weights.shortPenalty * short -
      weights.longPenalty * long -
      flawPenalty(features, weights)
    );
  });
}
