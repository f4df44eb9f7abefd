/**
 * Salience: how central an entity is to a text. Mentions count (with diminishing returns),
 * and so do a place's demonyms ("Israeli" for Israel); mentions in the lead count more (news
 * puts the main actors first), and a name in the headline counts most. A name that mostly
 * attributes quotes ("said Smith") or that the text first gives deep down (an outside expert,
 * a side case) counts less.
 */

export interface SalienceInput {
  /**
   * Sentence index (0 = first sentence of the text) of each mention that counts: datelines,
   * bylines, credits and contributor lines do not.
   */
  sentences: readonly number[];
  /** Sentence index of each use of a demonym of the entity ("Israeli" for Israel). */
  demonyms?: readonly number[];
  /** How many of those mentions only attribute a quote or a report ("Smith said"). */
  attributions: number;
  inTitle: boolean;
}

/**
 * The handful of parameters chosen by a small grid on the CNN/DailyMail dev set (top-3
 * entities named in the highlights); see README, "Benchmarks".
 */
export const SALIENCE_PARAMS = {
  /** Mention count is raised to this power: the tenth mention adds less than the second. */
  countExponent: 0.75,
  /** How many opening sentences make the lead. */
  leadSentences: 2,
  /** Extra weight of each mention in the lead. */
  leadWeight: 1,
  /** What a mention that only attributes a quote counts for, against 1 for any other. */
  attributionWeight: 0.25,
  /** What a demonym ("Israeli elections") counts for, against 1 for a mention of the name. */
  demonymWeight: 1,
  /** A first mention at or after this sentence is a late arrival... */
  lateSentence: 14,
  /** ...and costs this much (the score never goes below 0). */
  latePenalty: 2,
  /** Bonus when the headline names the entity (not tuned: the dev set has no headlines). */
  titleBonus: 3,
};

export function salienceOf(input: SalienceInput, params = SALIENCE_PARAMS): number {
  const { sentences } = input;
  let score = 0;
  if (sentences.length > 0) {
    const demonyms = input.demonyms ?? [];
    const inLead = (all: readonly number[]): number =>
      all.filter((s) => s < params.leadSentences).length;
    const count =
      sentences.length -
      (1 - params.attributionWeight) * input.attributions +
      params.demonymWeight * demonyms.length;
    score = count ** params.countExponent;
    score += params.leadWeight * (inLead(sentences) + params.demonymWeight * inLead(demonyms));
    if (Math.min(...sentences) >= params.lateSentence) {
      score = Math.max(0, score - params.latePenalty);
    }
  }
  if (input.inTitle) score += params.titleBonus;
  return Math.round(score * 1000) / 1000;
}
