/**
 * Offices "of" a body named with no holder after them: "the Secretary General of the United
 * Nations", "Chief Commissioner of the Australian Transport Safety Bureau". The body may be
 * a name; the office is none.
 */
import { FOR_HEADS } from './conjoined-org.js';
import {
  isCommonWord,
  isKnownName,
  isKnownPlace,
  isSurname,
  lexTags,
  readsAsPerson,
} from './lexicon.js';
import { lookupKey, type Token } from './tokens.js';
import { BODY_OPENERS, HEADLINE_WORDS, ORG_OF_HEADS, ORG_SUFFIXES } from './word-lists.js';

/** Whether any of these tokens is a word that heads organization names. */
export function looksLikeOrg(tokens: readonly Token[], idx: readonly number[]): boolean {
  return idx.some((k) => {
    const key = lookupKey(tokens[k]?.text ?? '');
    const head = ORG_SUFFIXES.has(key) || ORG_OF_HEADS.has(key) || FOR_HEADS.has(key);
    // (Not a middle initial that is also the "v" of a fixture: "Vladimir V. Putin".)
    return head || (HEADLINE_WORDS.has(key) && key.length > 1);
  });
}

/**
 * "Director of the National Iodine Nutrition study": words after the office that read as no
 * person's name, and are all ordinary words or come before a noun, are the rest of the body's
 * ("Secretary of State Condoleezza Rice" keeps its holder).
 */
function isBodyWords(tokens: readonly Token[], rest: readonly number[]): boolean {
  const words = rest.map((k) => lookupKey(tokens[k]?.text ?? ''));
  const after = tokens[(rest.at(-1) ?? -1) + 1];
  const noun = after?.word === true && !after.cap && lexTags(after.text).includes('Singular');
  return !readsAsPerson(words) && (noun || words.every((w) => isCommonWord(w)));
}

/**
 * For a run whose title (positions in `idx`) holds "of" and whose `rest` names no holder:
 * the body's tokens, or none when it is an ordinary word. Undefined when a holder
 * may follow ("Secretary of State John Kerry").
 */
export function officeWithoutHolder(
  tokens: readonly Token[],
  idx: readonly number[],
  title: { start: number; end: number },
  rest: readonly number[],
): number[] | undefined {
  const of = idx.findIndex((k, n) => n > title.start && n <= title.end && tokens[k]?.text === 'of');
  if (of < 0 || (rest.length > 1 && !looksLikeOrg(tokens, rest) && !isBodyWords(tokens, rest))) {
    return undefined;
  }
  const body = idx.slice(tokens[idx[of + 1] ?? -1]?.text === 'the' ? of + 2 : of + 1);
  if (rest.length > 1) return body;
  const key = body.map((k) => lookupKey(tokens[k]?.text ?? '')).join(' ');
  if (rest.length !== 1 || looksLikeOrg(tokens, rest) || isKnownName(key)) return body;
  // An ordinary word ends the office, and the body is a name if any word of it is ("CEO of
  // Foffa Bikes"); any other word may be the holder's surname ("Secretary of State
  // Tillerson").
  const last = lookupKey(tokens[rest[0] ?? -1]?.text ?? '');
  // "Director General of the British Chambers of Commerce": no holder comes after "of", nor
  // after a word that opens a body's name ("CEO of World Vision").
  const before = tokens[(rest[0] ?? 0) - 1];
  const opener = BODY_OPENERS.has(lookupKey(before?.text ?? ''));
  const afterOf = before?.text === 'of' || (opener && tokens[(rest[0] ?? 0) - 2]?.text === 'of');
  // ("Chief Executive of AOL UK": a country after the body is its branch, no holder.)
  if (isKnownPlace(last)) return body;
  if (!afterOf && (!isCommonWord(last) || isSurname(last))) return undefined;
  const named = body.some((k) => !isCommonWord(lookupKey(tokens[k]?.text ?? '')));
  return named ? body : [];
}
