/** Organization and place names that begin with a possessive word. */
import { isGivenName, isKnownPlace, isProperInLexicon, orgHeadWords } from './lexicon.js';
import { lookupKey, type Token } from './tokens.js';
import { ORG_SUFFIXES } from './word-lists.js';

/**
 * "Alzheimer's Association", "Children's Hospital", "People's Liberation Army": a possessive
 * word before a name that ends in an organization head is the first word of that name, not a
 * person or place of its own (a known person, place or given name before one owns it:
 * "Britain's Labour Party").
 */
export function possessiveOrgName(
  text: string,
  tokens: readonly Token[],
  j: number,
  isName: readonly boolean[],
): boolean {
  const cur = tokens[j];
  const next = tokens[j + 1];
  if (cur?.possessive !== true || next === undefined || isName[j + 1] !== true) return false;
  if (!/^['’]s $/.test(text.slice(cur.end, next.start))) return false;
  // The head may end a longer name: "People's Liberation Army".
  let last = j + 1;
  while (last < j + 3 && isName[last + 1] === true) {
    const gap = text.slice(tokens[last]?.end ?? 0, tokens[last + 1]?.start ?? 0);
    if (gap !== ' ') break;
    last += 1;
  }
  const head = lookupKey(tokens[last]?.text ?? '');
  const owner = lookupKey(cur.text);
  // "Martha's Vineyard", "Earl's Court": places named so.
  const words = tokens.slice(j + 1, last + 1).map((t) => lookupKey(t.text));
  if (POSSESSIVE_PLACES.has(`${owner}'s ${words.join(' ')}`)) return true;
  // "Donetsk People's Republic" names a state the same way.
  const isHead = (ORG_SUFFIXES.has(head) && orgHeadWords.has(head)) || head === 'republic';
  if (!isHead) return false;
  return !isKnownPlace(owner) && !isGivenName(owner) && !isProperInLexicon(owner);
}

/**
 * Places whose name holds a possessive (written for this project); the gazetteer lists them
 * as their lookup keys ("martha vineyard").
 */
const POSSESSIVE_PLACES = new Set([
  "martha's vineyard",
  "earl's court",
  "john's wood",
  "peter's square",
  "paul's cathedral",
  "patrick's cathedral",
  "mark's square",
]);
