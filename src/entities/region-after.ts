/**
 * "Montoursville, Pennsylvania", "Kanata, Ontario", "Haltern, Germany": the state, the province
 * or the country written after a town and a comma, which places the town.
 */
import { isCountry, lexTags } from './lexicon.js';
import { lookupKey, type Token } from './tokens.js';
import { isStateName } from './us-states.js';
import { ROLE_NOUNS } from './word-lists.js';

/**
 * Whether the name of a state, a province or a country (one or two words, no possessive)
 * starts at `k`: "Pennsylvania", "Ontario", "Germany".
 */
export function stateOrCountryAt(tokens: readonly Token[], k: number): boolean {
  return nameAt(tokens, k, (key) => isStateName(key) || isCountry(key) || isRegion(key));
}

/** Whether a US state's or a province's name starts at `k`. */
export function stateAt(tokens: readonly Token[], k: number): boolean {
  return nameAt(tokens, k, (key) => isStateName(key) || isRegion(key));
}

/** A province or a region as compromise tags one ("Ontario", "Bavaria"). */
function isRegion(key: string): boolean {
  return lexTags(key).includes('Region');
}

function nameAt(tokens: readonly Token[], k: number, test: (key: string) => boolean): boolean {
  for (const length of [2, 1]) {
    const words = tokens.slice(k, k + length);
    if (words.length < length || words.some((t) => !t.word || !t.cap)) continue;
    // ("Hernan Dario Gomez, Panama coach,": a country before a role owns it, no town.)
    const role = tokens[k + length];
    if (words.at(-1)?.possessive === true || (role?.cap === false && ROLE_NOUNS.has(role.text))) {
      return false;
    }
    if (test(words.map((t) => lookupKey(t.text)).join(' '))) return true;
  }
  return false;
}
