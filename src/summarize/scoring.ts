import type { StandaloneFlaws } from './standalone.js';
import type { DocumentFeatures, SentenceFeatures, TermVector } from './features.js';

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
  /**
   * The lead prior is scaled by floor + (1 − floor) × the sentence's centrality (0..1): an early
   * sentence that shares no recurring term with the rest ("Coats did not act on the request")
   * is not the gist however early it comes. 1 turns this off.
   */
  positionCentralityFloor: number;
  /**
   * Standalone flaws cost (1 − share)^this of their weight: when the summary takes much of the
   * article, the context a sentence leans on is mostly in the summary too. 0 turns this off.
   */
  flawShareExponent: number;
  centrality: number;
  /** 1 divides centrality by the sentence's vector norm (cosine), 0 sums it (favours long). */
  lengthNormalisation: number;
  /**
   * A term's centrality weight is (sentences sharing it − 1)^this: below 1, sub-topics that
   * recur a few times count next to the names that recur everywhere.
   */
  termWeightExponent: number;
  /**
   * ... times log((sentences + 1) / sentences sharing it)^this: a name in nearly every sentence
   * says little about which sentence to pick. 0 turns this off.
   */
  termRarityExponent: number;
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
  positionCentralityFloor: 0.25,
  flawShareExponent: 4,
  centrality: 1.3,
  lengthNormalisation: 1,
  termWeightExponent: 0.75,
  termRarityExponent: 1,
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
    mostlyQuoted: 0.6,
    fragment: 0.6,
    truncated: 0.6,
  },
};

/**
 * Centrality as a sum over terms: sentence i's centrality is `sentenceScale[i]` times the sum of
 * `termWeight[id]` over its terms (with their counts). A term weighs (sentences sharing it − 1)^e;
 * the scale divides by the sentence's norm^lengthNormalisation and by the document's maximum, and
 * multiplies by the centrality weight. Selection uses the same parts to discount covered terms.
 */
export interface Centrality {
  termWeight: Float64Array;
  sentenceScale: Float64Array;
  /** Each sentence's centrality: its scale times the weights of its terms. */
  sentenceCentrality: Float64Array;
}

export function centrality(doc: DocumentFeatures, weights: ScoringWeights): Centrality {
  const sentenceCount = doc.sentences.length;
  // A term's weight depends only on how many sentences share it, so it is computed once per
  // distinct count rather than once per term (two powers and a logarithm each).
  const byFrequency = new Float64Array(sentenceCount + 2).fill(-1);
  const termWeight = new Float64Array(doc.sentenceFrequency.length);
  for (let id = 0; id < termWeight.length; id += 1) {
    const frequency = Math.max(1, Math.min(sentenceCount + 1, doc.sentenceFrequency[id] ?? 1));
    let weight = byFrequency[frequency] ?? -1;
    if (weight < 0) {
      const rarity = Math.log((sentenceCount + 1) / frequency);
      weight =
        Math.pow(frequency - 1, weights.termWeightExponent) *
        Math.pow(rarity, weights.termRarityExponent);
      byFrequency[frequency] = weight;
    }
    termWeight[id] = weight;
  }
  const sentenceScale = new Float64Array(sentenceCount);
  const sentenceCentrality = new Float64Array(sentenceCount);
  let max = 0;
  for (let i = 0; i < sentenceCount; i += 1) {
    const { terms } = doc.sentences[i] as SentenceFeatures;
    const n = Math.sqrt(terms.squaredNorm);
    const scale = n === 0 ? 0 : 1 / Math.pow(n, weights.lengthNormalisation);
    const value = termSum(terms, termWeight) * scale;
    sentenceScale[i] = scale;
    sentenceCentrality[i] = value;
    if (value > max) max = value;
  }
  const factor = max === 0 ? 0 : weights.centrality / max;
  for (let i = 0; i < sentenceCount; i += 1) {
    sentenceScale[i] = (sentenceScale[i] ?? 0) * factor;
    sentenceCentrality[i] = (sentenceCentrality[i] ?? 0) * factor;
  }
  return { termWeight, sentenceScale, sentenceCentrality };
}

/** Sum of a term weight over a vector's terms, with their counts. */
export function termSum(terms: TermVector, termWeight: Float64Array): number {
  let sum = 0;
  for (let k = terms.start; k < terms.end; k += 1) {
    sum += (terms.counts[k] ?? 0) * (termWeight[terms.ids[k] ?? 0] ?? 0);
  }
  return sum;
}

/** Cosine of each sentence with the title. */
function titleSimilarities(doc: DocumentFeatures): number[] {
  const title = doc.title;
  if (title.end === title.start) return doc.sentences.map(() => 0);
  const dense = new Int32Array(doc.vocabularySize);
  for (let k = title.start; k < title.end; k += 1) dense[title.ids[k] ?? 0] = title.counts[k] ?? 0;
  const titleNorm = Math.sqrt(title.squaredNorm);
  return doc.sentences.map(({ terms }) => {
    let dot = 0;
    for (let k = terms.start; k < terms.end; k += 1) {
      dot += (terms.counts[k] ?? 0) * (dense[terms.ids[k] ?? 0] ?? 0);
    }
    const n = Math.sqrt(terms.squaredNorm) * titleNorm;
    return n === 0 ? 0 : dot / n;
  });
}

/**
 * The weights of a sentence's flaws, summed. Each flaw is named (rather than looping over the
 * keys) so the lookups stay cheap while V8 still runs this unoptimised; a test checks that
 * every flaw counts.
 */
export function flawPenalty(flaws: StandaloneFlaws, weights: ScoringWeights['flaws']): number {
  return (
    (flaws.connective ? weights.connective : 0) +
    (flaws.pronoun ? weights.pronoun : 0) +
    (flaws.attribution ? weights.attribution : 0) +
    (flaws.quoteFragment ? weights.quoteFragment : 0) +
    (flaws.question ? weights.question : 0) +
    (flaws.mostlyQuoted ? weights.mostlyQuoted : 0) +
    (flaws.fragment ? weights.fragment : 0) +
    (flaws.truncated ? weights.truncated : 0)
  );
}

/** Each sentence's standalone-flaw penalty at full weight (0 when it has no flaw). */
export function flawPenalties(doc: DocumentFeatures, weights: ScoringWeights): number[] {
  const penalties: number[] = [];
  for (const features of doc.sentences) penalties.push(flawPenalty(features.flaws, weights.flaws));
  return penalties;
}

/** One score per sentence, higher is better; comparable within one document only. */
export function scoreSentences(
  doc: DocumentFeatures,
  weights: ScoringWeights = DEFAULT_WEIGHTS,
  summaryLength = 3,
  central: Centrality = centrality(doc, weights),
  penalties: readonly number[] = flawPenalties(doc, weights),
): number[] {
  const share = Math.min(1, summaryLength / Math.max(1, doc.sentences.length));
  const position = weights.position * Math.pow(1 - share, weights.positionShareExponent);
  const flawScale = Math.pow(1 - share, weights.flawShareExponent);
  const titles = titleSimilarities(doc);
  const floor = weights.positionCentralityFloor;
  return doc.sentences.map((features, i) => {
    const centralityPart = central.sentenceCentrality[i] ?? 0;
    const relative = weights.centrality === 0 ? 1 : centralityPart / weights.centrality;
    const words = features.words;
    const short = words < weights.minWords ? (weights.minWords - words) / weights.minWords : 0;
    const long = words > weights.maxWords ? (words - weights.maxWords) / weights.maxWords : 0;
    return (
      position *
        Math.exp(-features.sentence.index / weights.positionDecay) *
        (floor + (1 - floor) * relative) +
      (features.sentence.index === 0 ? weights.firstSentence : 0) +
      centralityPart +
      weights.title * (titles[i] ?? 0) -
      weights.shortPenalty * short -
      weights.longPenalty * long -
      flawScale * (penalties[i] ?? 0)
    );
  });
}
