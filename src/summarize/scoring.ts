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

/** Raw centrality: the sentence's terms weighted by how many *other* sentences share them. */
function centralities(
  doc: DocumentFeatures,
  lengthNormalisation: number,
  exponent: number,
): number[] {
  const termWeight = doc.sentenceFrequency.map((frequency) =>
    Math.pow(Math.max(0, frequency - 1), exponent),
  );
  const out: number[] = [];
  for (const { terms } of doc.sentences) {
    let dot = 0;
    for (let k = 0; k < terms.ids.length; k += 1) {
      dot += (terms.counts[k] ?? 0) * (termWeight[terms.ids[k] ?? 0] ?? 0);
    }
    const n = Math.sqrt(terms.squaredNorm);
    out.push(n === 0 ? 0 : dot / Math.pow(n, lengthNormalisation));
  }
  return out;
}

/** Cosine of each sentence with the title. */
function titleSimilarities(doc: DocumentFeatures): number[] {
  const title = doc.title;
  if (title.ids.length === 0) return doc.sentences.map(() => 0);
  const dense = new Int32Array(doc.vocabularySize);
  for (let k = 0; k < title.ids.length; k += 1) dense[title.ids[k] ?? 0] = title.counts[k] ?? 0;
  const titleNorm = Math.sqrt(title.squaredNorm);
  return doc.sentences.map(({ terms }) => {
    let dot = 0;
    for (let k = 0; k < terms.ids.length; k += 1) {
      dot += (terms.counts[k] ?? 0) * (dense[terms.ids[k] ?? 0] ?? 0);
    }
    const n = Math.sqrt(terms.squaredNorm) * titleNorm;
    return n === 0 ? 0 : dot / n;
  });
}

function scaleToMax(values: number[]): number[] {
  // A loop, not Math.max(...values): a huge article would overflow the argument list.
  let max = 0;
  for (const value of values) if (value > max) max = value;
  return max === 0 ? values.map(() => 0) : values.map((value) => value / max);
}

function flawPenalty(
  features: SentenceFeatures,
  weights: ScoringWeights,
  keys: readonly (keyof StandaloneFlaws)[],
): number {
  let penalty = 0;
  for (const key of keys) {
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
  const titles = titleSimilarities(doc);
  const flawKeys = Object.keys(weights.flaws) as (keyof StandaloneFlaws)[];
  return doc.sentences.map((features, i) => {
    const words = features.words;
    const short = words < weights.minWords ? (weights.minWords - words) / weights.minWords : 0;
    const long = words > weights.maxWords ? (words - weights.maxWords) / weights.maxWords : 0;
    return (
      position * Math.exp(-features.sentence.index / weights.positionDecay) +
      (features.sentence.index === 0 ? weights.firstSentence : 0) +
      weights.centrality * (central[i] ?? 0) +
      weights.title * (titles[i] ?? 0) -
      weights.shortPenalty * short -
      weights.longPenalty * long -
      flawPenalty(features, weights, flawKeys)
    );
  });
}
