/**
 * Salience: how central an entity is to a text. Mentions count, early mentions count more
 * (news puts the main actors first), and a name in the headline counts most.
 */
import type { EntityType } from '../model.js';

export interface SalienceInput {
  type: EntityType;
  /** Start offsets of the entity's mentions. */
  starts: readonly number[];
  textLength: number;
  inTitle: boolean;
}

/** The handful of parameters tuned on the CNN/DailyMail dev set (see bench/entities.bench.ts). */
export const SALIENCE_PARAMS = {
  /** Extra weight of a mention at the very start of the text, fading to 0 at the end. */
  earlyWeight: 1,
  /** Bonus for the entity's first mention, scaled by how early it comes. */
  leadBonus: 2,
  /** Bonus when the headline names the entity. */
  titleBonus: 3,
  /** Multipliers by type. */
  typeWeight: { person: 1, organization: 1, place: 1 } as Record<EntityType, number>,
};

export function salienceOf(input: SalienceInput, params = SALIENCE_PARAMS): number {
  const length = Math.max(1, input.textLength);
  let score = 0;
  for (const start of input.starts) score += 1 + params.earlyWeight * (1 - start / length);
  const first = Math.min(...input.starts, length);
  score += params.leadBonus * Math.max(0, 1 - first / length);
  if (input.inTitle) score += params.titleBonus;
  return Math.round(score * params.typeWeight[input.type] * 1000) / 1000;
}
