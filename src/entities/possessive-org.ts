/** Organization names that begin with a possessive word. */
import { isGivenName, isKnownPlace, isProperInLexicon, orgHeadWords } from './lexicon.js';
import { lookupKey, type Token } from './tokens.js';
import { ORG_SUFFIXES } from './word-lists.js';

/**
 * "Alzheimer's Association", "Children's Hospital": a possessive word before an organization
 * head is the first word of the organization's name, not a person or place of its own (a
 * known person, place or given name before one owns it: "Britain's Labour Party").
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
  const head = lookupKey(next.text);
  if (!ORG_SUFFIXES.has(head) || !orgHeadWords.has(head)) return false;
  const owner = lookupKey(cur.text);
  return !isKnownPlace(owner) && !isGivenName(owner) && !isProperInLexicon(owner);
}
