/**
 * Nationality and region adjectives ("Kenyan", "Iraqis", "South African", "Middle Eastern"),
 * and the labels that lead a name without being part of it.
 */
import {
  isCommonWord,
  isCountry,
  isDemonym,
  isGivenName,
  isKnownPlace,
  isSurname,
} from './lexicon.js';
import {
  COUNT_WORDS,
  DEMONYMS,
  GROUP_WORDS,
  PARTY_LABELS,
  REGION_MODIFIERS,
  SECTS,
} from './word-lists.js';

/** A nationality word, singular or plural, in a lookup form. */
export function isNationality(w: string): boolean {
  // "Indian-American", "Iraqi-Kurdish": every part a nationality.
  if (w.includes('-')) return w.split('-').every((part) => part !== '' && isNationality(part));
  const one = w.endsWith('s') ? w.slice(0, -1) : w;
  // "New Zealander", "Icelanders": a country's name and "-er".
  const er = one.endsWith('er') && isCountry(one.slice(0, -2));
  const listed = DEMONYMS.has(w) || DEMONYMS.has(one) || isDemonym(w) || isDemonym(one);
  return listed || isPlaceAdjective(one) || er;
}

/**
 * The endings of nationality words, shortest first ("Nigerian" is of Nigeria before Niger,
 * "Tunisian" of Tunisia before Tunis).
 */
export const NATIONALITY_ENDINGS = ['n', 'an', 'ian', 'i', 'ese'];

/**
 * "Kenyan", "Brazilian", "Iraqi", "Somali": a known country or place plus a nationality ending
 * (which may replace the country's last "a" or "ia").
 */
function isPlaceAdjective(w: string): boolean {
  if (isGivenName(w) || isKnownPlace(w)) return false;
  for (const ending of NATIONALITY_ENDINGS) {
    const stem = w.slice(0, -ending.length);
    if (!w.endsWith(ending) || stem.length < 4) continue;
    if ([stem, `${stem}a`, `${stem}ia`].some((country) => isCountry(country))) return true;
  }
  return false;
}

/** Race words before a nationality or group word: "Black Americans", "White Christians". */
const RACE_WORDS = new Set(['black', 'white']);

/**
 * "a Roman amphitheater", "the ancient Romans": words for the peoples of history, which are
 * given names too ("Roman Abramovich"), so no list of nationalities holds them.
 */
const PEOPLES_OF_HISTORY = new Set(['roman', 'romans', 'byzantine', 'byzantines']);

/**
 * A word that alone describes people, not a name: a race ("Black voters", "a White mob", "all
 * White") or a people of history.
 */
export function isPeopleWord(word: string): boolean {
  return RACE_WORDS.has(word) || PEOPLES_OF_HISTORY.has(word);
}

/**
 * "South African", "Middle Eastern", "Black Americans": direction or race words before a
 * nationality or group word; "Hispanic Americans", "Native Americans": origin or faith words
 * before a nationality (a party keeps its name: "Liberal Democrats").
 */
export function isRegionalAdjective(words: readonly string[]): boolean {
  const end = words[words.length - 1] ?? '';
  const before = words.slice(0, -1);
  if (before.every((w) => REGION_MODIFIERS.has(w) || RACE_WORDS.has(w))) {
    return isNationality(end) || GROUP_WORDS.has(end);
  }
  return isNationality(end) && before.every((w) => GROUP_WORDS.has(w) || w === 'native');
}

/** "Beijinger", "Londoner", "Berliner": one who lives in a known city. */
export function isCityDweller(w: string): boolean {
  const stem = w.endsWith('ers') ? w.slice(0, -3) : w.endsWith('er') ? w.slice(0, -2) : '';
  return stem.length >= 4 && isKnownPlace(stem) && !isGivenName(w);
}

/**
 * "Londoners", "a Minnesotan", "Floridians", "Midwesterners", "Gazans": the people of a known
 * place, a word for a group or one of it, never a name.
 */
export function isResidents(w: string): boolean {
  if (isSurname(w) || isGivenName(w) || isKnownPlace(w)) return false;
  const one = w.endsWith('s') ? w.slice(0, -1) : w;
  for (const ending of ['erner', 'er', 'ian', 'an', 'n', 'ite']) {
    if (!one.endsWith(ending)) continue;
    const stem = one.slice(0, -ending.length);
    // ("Palmer", "Romen": surnames end in "-er" after a short word, or in "-n" after no "a".)
    if (stem.length < (ending === 'er' ? 5 : 4) || (ending === 'n' && !stem.endsWith('a'))) {
      continue;
    }
    if ([stem, `${stem}a`, `${stem}e`, `${stem}s`].some((place) => isKnownPlace(place)))
      return true;
  }
  return false;
}

/**
 * "New Yorkers", "Puerto Ricans", "a Sri Lankan": the people of a known place named in two
 * words or more, never a name of its own.
 */
export function isPeopleOfNamedPlace(words: readonly string[]): boolean {
  // ("The New Yorker" is a magazine.)
  if (words.length < 2 || words[0] === 'the') return false;
  const head = words.slice(0, -1).join(' ');
  return peopleStems(words.at(-1) ?? '').some((stem) => isKnownPlace(`${head} ${stem}`));
}

/** What the last word of a place's name may be for its people: "yorkers" -> "york". */
export function peopleStems(word: string): string[] {
  const lower = word.toLowerCase();
  const one = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  const out: string[] = [];
  for (const ending of ['er', 'n', 'an', 'ian']) {
    if (!one.endsWith(ending)) continue;
    const stem = one.slice(0, -ending.length);
    out.push(stem, `${stem}a`, `${stem}o`);
  }
  return out;
}

/**
 * A leading word to drop: a nationality, a sect, or before a given name a party, faith or city
 * ("Beijinger Robert Zhao"), a verb in -ing opening a book's title ("Becoming Steve Jobs") or
 * any ordinary word opening a quotation ("Sack Jeremy Clarkson", a petition's name); and a US
 * party before a place ("Republican Texas senator John Cornyn").
 */
export function isNationalityOrGroup(w: string, next: string, opensQuote: boolean): boolean {
  const gerund = w.endsWith('ing') && isCommonWord(w);
  const quoted = opensQuote && isCommonWord(w) && !isGivenName(w);
  // ("Six Chris Paterson penalties": a count before a given name.)
  const count = COUNT_WORDS.has(w);
  const group =
    GROUP_WORDS.has(w) || PARTY_LABELS.has(w) || isCityDweller(w) || gerund || quoted || count;
  const stateParty = (w === 'republican' || w === 'democratic') && isKnownPlace(next);
  return (group && isGivenName(next)) || stateParty || SECTS.has(w) || isNationality(w);
}
