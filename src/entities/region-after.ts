/**
 * "Montoursville, Pennsylvania", "Haltern, Germany": the state or the country written after a
 * town and a comma, which places the town.
 */
import { isCountry } from './lexicon.js';
import { lookupKey, type Token } from './tokens.js';
import { isStateName } from './us-states.js';

/** Whether a state's or a country's name (one or two words, no possessive) starts at `k`. */
export function stateOrCountryAt(tokens: readonly Token[], k: number): boolean {
  return nameAt(tokens, k, (key) => isStateName(key) || isCountry(key));
}

/** Whether a US state's name starts at `k`. */
export function stateAt(tokens: readonly Token[], k: number): boolean {
  return nameAt(tokens, k, isStateName);
}

function nameAt(tokens: readonly Token[], k: number, test: (key: string) => boolean): boolean {
  for (const length of [2, 1]) {
    const words = tokens.slice(k, k + length);
    if (words.length < length || words.some((t) => !t.word || !t.cap)) continue;
    if (words.at(-1)?.possessive === true) return false;
    if (test(words.map((t) => lookupKey(t.text)).join(' '))) return true;
  }
  return false;
}
