/**
 * Word knowledge borrowed from compromise's own lexicon (MIT): given names, surnames,
 * countries, cities, regions, known organizations, demonyms, and its organization and
 * place head words. Looked up directly, which is far cheaper than a full compromise parse.
 */
import nlp from 'compromise';
import { canonicalOf } from './canonical.js';
import {
  COUNTRIES,
  FOOTBALL_CLUBS,
  GIVEN_NAMES,
  ORGANIZATIONS,
  POSSESSIVE_FIRMS,
  PLACES,
  SPORTS_CLUBS,
} from './gazetteer.js';
import { isStateName } from './us-states.js';

type TagTable = ReadonlyMap<string, readonly string[]>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

function readLexicon(): TagTable {
  const raw = field(field(nlp.model(), 'one'), 'lexicon');
  const table = new Map<string, readonly string[]>();
  if (!isRecord(raw)) return table;
  for (const [word, tags] of Object.entries(raw)) {
    if (typeof tags === 'string') table.set(word, [tags]);
    else if (Array.isArray(tags))
      table.set(
        word,
        tags.filter((t) => typeof t === 'string'),
      );
  }
  return table;
}

function readWordSet(key: 'orgWords' | 'placeWords'): ReadonlySet<string> {
  const raw = field(field(nlp.model(), 'two'), key);
  return new Set(isRecord(raw) ? Object.keys(raw) : []);
}

const lexicon = readLexicon();
/** Head words that end organization names in compromise ("bank", "agency", "club"). */
export const orgHeadWords = readWordSet('orgWords');
/** Head words that end place names in compromise ("river", "island", "county"). */
export const placeHeadWords = readWordSet('placeWords');

const EMPTY: readonly string[] = [];

/** compromise's tags for a lower-cased word or phrase. */
export function lexTags(lower: string): readonly string[] {
  return lexicon.get(lower) ?? EMPTY;
}

const GIVEN = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE = new Set(['Country', 'City', 'Region', 'Place']);
const PROPER = new Set([
  ...GIVEN,
  ...PLACE,
  'LastName',
  'Person',
  'Organization',
  'SportsTeam',
  'ProperNoun',
]);

export function isGivenName(lower: string): boolean {
  return GIVEN_NAMES.has(lower) || lexTags(lower).some((t) => GIVEN.has(t));
}

export function isSurname(lower: string): boolean {
  return lexTags(lower).includes('LastName');
}

export function isKnownPlace(lower: string): boolean {
  return PLACES.has(lower) || COUNTRIES.has(lower) || lexTags(lower).some((t) => PLACE.has(t));
}

/** A city: one compromise tags so, or one the gazetteer lists that is no country or state. */
export function isCity(lower: string): boolean {
  const listed = PLACES.has(lower) && !COUNTRIES.has(lower) && !isStateName(lower);
  return listed || lexTags(lower).includes('City');
}

/** A given name or a surname ("Jones", "Helens"). */
export function isPersonName(lower: string): boolean {
  return isGivenName(lower) || isSurname(lower);
}

/** A place the gazetteer lists (not one compromise alone tags). */
export function isListedPlace(lower: string): boolean {
  return PLACES.has(lower) || COUNTRIES.has(lower);
}

/** A country or nation: its name stays a place even for a national team. */
export function isCountry(lower: string): boolean {
  return COUNTRIES.has(lower) || lexTags(lower).includes('Country');
}

export function isKnownOrganization(lower: string): boolean {
  const tags = lexTags(lower);
  // ("Ernst and Young" is "Ernst & Young".)
  const listed =
    ORGANIZATIONS.has(lower) ||
    POSSESSIVE_FIRMS.has(lower.replace(/’/g, "'")) ||
    ORGANIZATIONS.has(lower.replace(/ and /g, ' & '));
  return listed || isKnownClub(lower) || tags.includes('Organization');
}

/** A football club, known to compromise or to the gazetteer ("Arsenal", "Hearts"). */
export function isKnownClub(lower: string): boolean {
  return FOOTBALL_CLUBS.has(lower) || lexTags(lower).includes('SportsTeam');
}

/** A club by a name that is something else outside sport ("Chelsea", "Wolves"). */
export function isSportsClub(lower: string): boolean {
  return SPORTS_CLUBS.has(lower);
}

/** A name that reads as a person's: a given name first, a surname last, or a known person. */
export function readsAsPerson(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  return isGivenName(first) || isSurname(words.at(-1) ?? '') || isKnownPerson(words.join(' '));
}

/** A place, an organization or a name with a canonical form ("Britain", "Fatah", "U.S."). */
export function isKnownName(lower: string): boolean {
  return isKnownPlace(lower) || isKnownOrganization(lower) || canonicalOf(lower) !== undefined;
}

export function isKnownPerson(lower: string): boolean {
  return lexTags(lower).includes('Person');
}

/** Listed as a name of any kind: a given name, surname, person, place or organization. */
export function isListedName(lower: string): boolean {
  return (
    isGivenName(lower) ||
    isSurname(lower) ||
    isKnownPerson(lower) ||
    isKnownPlace(lower) ||
    isKnownOrganization(lower)
  );
}

export function isDemonym(lower: string): boolean {
  return lexTags(lower).includes('Demonym');
}

/** Listed by compromise, but only as an ordinary word (verb, adjective, common noun...). */
export function isCommonWord(lower: string): boolean {
  const tags = lexTags(lower);
  return tags.length > 0 && !tags.some((t) => PROPER.has(t));
}

const VERB = new Set(['PresentTense', 'Infinitive', 'PastTense', 'Verb', 'PhrasalVerb', 'Gerund']);

/** Listed only as a verb form: "coats" can then only be a name when it is a subject. */
export function isOnlyVerb(lower: string): boolean {
  const tags = lexTags(lower);
  return tags.length > 0 && tags.every((t) => VERB.has(t));
}

/** Listed as a verb form, a copula or a modal among other things: "said", "is", "will". */
export function isVerbForm(lower: string): boolean {
  return lexTags(lower).some((t) => VERB.has(t) || t === 'Copula' || t === 'Modal');
}

export function isProperInLexicon(lower: string): boolean {
  return lexTags(lower).some((t) => PROPER.has(t));
}
