/**
 * The surname a person is called by alone: "Sessions" of "Jeff Sessions", "de Blasio" of "Bill
 * de Blasio", "King" of "Martin Luther King Jr.". News calls people so after the first mention,
 * and highlights and questions often do from the start.
 */
import { NAME_PARTICLES } from './particles.js';
import { KOREAN_GIVEN_NAME } from './tokens.js';
import { NAME_SUFFIXES } from './word-lists.js';

/**
 * Family names that East Asian names put first ("Li Keqiang", "Kim Jong Un", "Nguyen Tan
 * Dung"): from the written name alone we cannot tell which word is the surname, so there is none.
 */
const FAMILY_NAME_FIRST = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng
  liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
  cheng wei su lu ding ren shen yao xi jin kim park choi jung kang cho yoon jang lim shin
  moon ri nguyen tran pham`.split(/\s+/),
);

/** Family names also met as Western given names or surnames: first only before two syllables. */
const SHARED_FAMILY_NAMES = new Set(
  `lee goh tan ong ng teo lau chan wong ho cheung leung tsai chang hsu`.split(/\s+/),
);

/** Particles that join two family names into one: "Thurn und Taxis", "Ortega y Gasset". */
const SURNAME_JOINERS = new Set(['und', 'y']);

/** The surname of a full name, or undefined for a one-word name or an unknown name order. */
export function surnameOf(fullName: string): string | undefined {
  const words = fullName.trim().replace(/,/g, ' ').split(/\s+/);
  while (words.length > 0 && NAME_SUFFIXES.has(words.at(-1)!.toLowerCase().replace(/\.$/, ''))) {
    words.pop();
  }
  if (words.length < 2) return undefined;
  // "Ban Ki-moon", "Kim Jong-un": a Korean given name, so the family name is the first word.
  if (words.length === 2 && KOREAN_GIVEN_NAME.test(words[1]!)) return words[0];
  if (familyNameFirst(fullName) !== undefined) return undefined;
  // "Bill de Blasio" is "de Blasio", "Guy de la Rochefoucauld" "de la Rochefoucauld": the
  // particles before the last word belong to it, and so does the name before a joining one
  // ("von Thurn und Taxis"). A particle opening the name is its first word, not this.
  let first = words.length - 1;
  while (first > 1 && NAME_PARTICLES.has(words[first - 1]!)) {
    first -= 1;
    if (SURNAME_JOINERS.has(words[first]!) && first > 1) first -= 1;
  }
  return words.slice(first).join(' ');
}

/** "al-" or "el-" joined to a surname ("al-Assad", "el-Sisi"): news often drops it ("Assad"). */
export const ARABIC_ARTICLE = /^(?:al|el)-(?=\p{L}{3})/iu;

/** The forms of a full name's surname said alone: "Sessions"; "al-Assad" and "Assad". */
export function surnameForms(fullName: string): string[] {
  const surname = surnameOf(fullName);
  if (surname === undefined) return [];
  const bare = surname.replace(ARABIC_ARTICLE, '');
  return bare === surname ? [surname] : [surname, bare];
}

/**
 * The family name of a name that East Asian usage writes first ("Xi" of "Xi Jinping", "Lee" of
 * "Lee Kuan Yew"), or undefined. Read as a Western name it would have no surname.
 */
export function familyNameFirst(fullName: string): string | undefined {
  const words = fullName.trim().split(/\s+/);
  const first = words[0] ?? '';
  if (words.length < 2) return undefined;
  if (FAMILY_NAME_FIRST.has(first.toLowerCase())) return first;
  // "Lee Kuan Yew", "Goh Chok Tong": a family name shared with the West ("Lee Harvey Oswald")
  // before a given name written as two short syllables.
  const syllables = words.slice(1).every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w));
  return words.length === 3 && SHARED_FAMILY_NAMES.has(first.toLowerCase()) && syllables
    ? first
    : undefined;
}

/**
 * The family name a person is called by alone, whichever order the name is written in:
 * "Graham" of "Lindsey Graham", "Xi" of "Xi Jinping".
 */
export function familyNameOf(fullName: string): string | undefined {
  return surnameOf(fullName) ?? familyNameFirst(fullName);
}
