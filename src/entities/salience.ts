/**
 * Salience: how central an entity is to a text. Mentions count (with diminishing returns),
 * mentions in the lead count more (news puts the main actors first), and a name in the
 * headline counts most.
 */

export interface SalienceInput {
  /** Sentence index (0 = first sentence of the text) of each of the entity's mentions. */
  sentences: readonly number[];
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
  leadSentences: 3,
  /** Extra weight of each mention in the lead. */
  leadWeight: 1,
  /** Bonus when the headline names the entity (not tuned: the dev set has no headlines). */
  titleBonus: 3,
};

export function salienceOf(input: SalienceInput, params = SALIENCE_PARAMS): number {
  let score = input.sentences.length ** params.countExponent;
  score += params.leadWeight * input.sentences.filter((s) => s < params.leadSentences).length;
  if (input.inTitle) score += params.titleBonus;
  return Math.round(score * 1000) / 1000;
}
