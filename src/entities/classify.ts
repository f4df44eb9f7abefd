/**
 * Type decision (person, organization or place) from the name's own words, the lexicon and
 * the words around it; then one vote per name across the whole text, so that every
 * "Sessions" in an article gets the same type.
 */
import { initialsOf } from './aliases.js';
import { AND_HEADS, FOR_HEADS, ON_HEADS } from './conjoined-org.js';
import type { EntityType } from '../model.js';
import { canonicalOf, sameNameKey } from './canonical.js';
import { AFTER_PREPOSITION, bareWords, LONE_WORD_PRIOR } from './bare-words.js';
import { contextCues } from './context-cues.js';
import { stateAt, stateOrCountryAt } from './region-after.js';
import { isShipPrefix } from './ships.js';
import { fixtureLine, isSportsText } from './sports.js';
import {
  isCity,
  isCommonWord,
  isCountry,
  isGivenName,
  isKnownClub,
  isKnownName,
  isKnownOrganization,
  isKnownPerson,
  isKnownPlace,
  isPersonName,
  isSportsClub,
  isSurname,
  lexTags,
  orgHeadWords,
  placeHeadWords,
} from './lexicon.js';
import type { Mention } from './mentions.js';
import { isNationality } from './nationality.js';
import { isOrdinal, PLACE_JOINERS } from './particles.js';
import { lookupKey, tableLines, type Token } from './tokens.js';
import { abbreviatedState, isStateName } from './us-states.js';
import { isPersonOrRegion, pronounFollows, settleTypes, SPEECH } from './settled-types.js';
import {
  BODY_OPENERS,
  BUILDING_OF_HEADS,
  CHAMBERS,
  CLUB_PREFIXES,
  COMPASS_POINTS,
  DIVISION_HEADS,
  GREEK_LETTERS,
  HONORIFICS,
  LANDFORM_HEADS,
  NON_PERSON_HEADS,
  ORG_CUES_AFTER,
  ORG_CUES_BEFORE_OF,
  ORG_OF_HEADS,
  ORG_SUFFIXES,
  PARTY_MEMBERS,
  PLACE_OF_HEADS,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  PORTFOLIOS,
  REGION_MODIFIERS,
  STATE_CODES,
} from './word-lists.js';

export interface Scores {
  person: number;
  organization: number;
  place: number;
}

export interface TypedMention extends Mention {
  type: EntityType;
  key: string;
  /** The untyped mention this one was made from. */
  source: Mention;
}

/** What the whole text says about how to read its names. */
export interface TextContext {
  /** Lines that read as results or standings tables. */
  tables: ReadonlySet<number>;
  /** A sports report: a city or region named there is usually its team. */
  sports: boolean;
}

const NO_CONTEXT: TextContext = { tables: new Set(), sports: false };

/** Evidence for each type from one mention and its neighbours. */
export function scoreMention(
  m: Mention,
  tokens: readonly Token[],
  context: TextContext = NO_CONTEXT,
): Scores {
  const { tables, sports } = context;
  const s: Scores = { person: 0, organization: 0, place: 0 };
  const words = m.words[0] === 'the' && m.words.length > 1 ? m.words.slice(1) : m.words;
  const phrase = words.join(' ');
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const canonical = canonicalOf(phrase);
  if (canonical !== undefined && !(phrase === 'sc' || phrase === 'la')) s[canonical.type] += 4;
  if (isKnownPlace(phrase)) s.place += 3;
  // "USS Ronald Reagan": a ship is typed organization whatever its name says (see ships.ts).
  if (words.length > 1 && isShipPrefix(first)) s.organization += 8;
  if (isKnownOrganization(phrase)) s.organization += 3;
  // "U.S. Capitol", "U.S. House": a nation's tag keeps the type of the known name after it.
  const afterTag = words.slice(1).join(' ');
  const nationTag = first === 'us' || first === 'uk';
  if (words.length > 1 && nationTag) {
    if (isKnownOrganization(afterTag)) s.organization += 3;
    else if (isKnownPlace(afterTag)) s.place += 3;
    // "UK Athletics", "US Airways": a nation's tag opens a body's name, never a person's.
    else if (!isGivenName(words[1] ?? '')) s.organization += 2;
  }
  // "Team Sky", "Air Deccan", "World Vision": a body (no person's name opens with these).
  if (words.length > 1 && BODY_OPENERS.has(first)) s.organization += 2;
  // "Channel 4", "Radio 5 Live", "21st Century Fox": a number in a name makes it no person.
  if (words.some((w) => /^\d+$/.test(w) || isOrdinal(w))) s.organization += 4;
  if (words.length === 1 && COMPASS_POINTS.has(first)) s.place += 2;
  // "the Louisiana House", "the Texas Senate": a state's chamber; "the South Carolina GOP": a
  // known party's branch in a place, by its initials (not "in Las Vegas Microsoft boss ...").
  if (words.length === 2 && isStateName(first) && CHAMBERS.has(last)) s.organization += 4;
  const initialsLast = /^[A-Z]{2,6}$/.test(m.text.split(' ').at(-1) ?? '');
  if (initialsLast && isKnownOrganization(last) && isKnownPlace(words.slice(0, -1).join(' '))) {
    s.organization += 3;
  }
  // "Environment Canada", "Sport England": a department or agency named by its country.
  if (words.length === 2 && PORTFOLIOS.has(first) && isCountry(last)) s.organization += 4;
  // "Space Shuttle Columbia": a craft, typed with the ships (see ships.ts).
  if (first === 'space' && words[1] === 'shuttle') s.organization += 8;
  // "Los Angeles Rams", "Chicago Bulls": a plural after a city names its team (not "Indiana
  // Jones", "St Helens" or "Victoria Terminus").
  const city = words.slice(0, -1).join(' ');
  const plural =
    /[^su]s$/.test(last) && !isKnownPlace(last) && !isNationality(last) && !isPersonName(last);
  if (words.length >= 2 && plural && isCity(city)) s.organization += 3;
  // "Pfizer-BioNTech", "Miami-Dade": a compound of known names takes their type.
  const parts = words.length === 1 ? first.split('-') : [];
  // ("ISIS-K", "AQAP-2": a known group's branch or unit by a letter or number.)
  const branchCode = parts.length === 2 && /^[a-z\d]{1,2}$/.test(parts[1] ?? '');
  const groupParts = branchCode ? parts.slice(0, 1) : parts;
  if (parts.length > 1 && groupParts.every((part) => isKnownOrganization(part))) {
    s.organization += 3;
  } else if (parts.length > 1 && isKnownPlace(parts[0] ?? '')) s.place += 2;
  // "Jordan", "Virginia": a country or a state that is also a person's name is the place,
  // unless the text names someone with it in full or it speaks (see settled-types.ts).
  if (isKnownPerson(phrase) && !isPersonOrRegion(phrase)) s.person += 3;
  // "CNN Digital", "Fiat Auto", "Vodafone KK": a known organization opens its unit or show.
  const opener = m.text.split(' ')[0] ?? '';
  const acronymOpener = /^[A-Z]{2,5}$/.test(opener);
  if (words.length > 1 && isKnownOrganization(first) && (acronymOpener || !isGivenName(first))) {
    s.organization += 2;
  }
  // "GM Europe", "BBC Scotland": an acronym before a place names the body's branch there.
  const branch = acronymOpener && !nationTag && !isGivenName(first);
  if (words.length === 2 && branch && isKnownPlace(last)) s.organization += 2;
  // "Tate Britain", "Sport England", "Fan Expo Canada": words before a country name a body or
  // an event, not a person (not "Gulf of Mexico": a place head before "of").
  const countryLast =
    words.length >= 2 && isCountry(last) && !isKnownPlace(phrase) && !words.includes('of');
  if (countryLast && !isGivenName(first) && !isNationality(first)) s.organization += 2;
  // "the Terrorism Bill": a bill before parliament, typed with the acts.
  if (words.length >= 2 && last === 'bill' && m.title === undefined) s.organization += 3;
  if (m.title !== undefined) {
    s.person += HONORIFICS.has(m.title.toLowerCase().replace(/\./g, '')) ? 4 : 3;
  }
  // "Sigma Alpha Epsilon": a fraternity or sorority is named in Greek letters.
  if (words.length > 1 && words.every((w) => GREEK_LETTERS.has(w))) s.organization += 4;
  // "Boulogne-sur-Mer", "Stockton-on-Tees": a joiner of place names inside a word.
  if (m.text.split(/[-‐]/).some((part, i) => i > 0 && PLACE_JOINERS.has(part))) s.place += 3;
  // "Lashkar-e-Taiba", "Hizb-ut-Tahrir": Urdu and Persian names of armed groups and parties.
  if (/\p{L}-(?:e|ut)-\p{Lu}/u.test(m.text)) s.organization += 3;
  const acronym = words.length === 1 && /^[A-Z][A-Z.&]{1,5}$/.test(m.text) && !m.shouted;
  // "KGO-TV", "WNYC-FM": a station's call letters.
  if (/^[A-Z]{3,5}-(?:TV|FM|AM|DT)$/.test(m.text)) s.organization += 3;
  const prev = tokens[m.first - 1];
  const prevWord = prev?.word === true ? prev.text.toLowerCase() : '';
  const next = tokens[m.last + 1];
  const nextWord = next?.word === true ? next.text.toLowerCase() : '';
  // "Montgomery and Fairfax counties": a division word in lower case after the name, or after
  // the name joined to it (not "city": "the ancient Assyrian city of Nimrud").
  const division = (k: number): boolean => {
    const t = tokens[k];
    return t !== undefined && t.word && !t.cap && DIVISION_HEADS.has(t.text) && t.text !== 'city';
  };
  // "Montoursville, Pennsylvania", "Haltern, Germany": a town before its state or country.
  // (A given name too before a US state: "Selma, Alabama", "Augusta, Georgia".)
  const town = !isGivenName(first) || (words.length === 1 && stateAt(tokens, m.last + 2));
  if (next?.text === ',' && town && stateOrCountryAt(tokens, m.last + 2)) s.place += 3;
  // "his McLaren", "their Ferrari": what someone owns is a thing or a firm, not a person.
  if (words.length === 1 && OWNERS.has(prevWord) && !isGivenName(first)) s.organization += 1.5;
  // "Clint Eastwood's Million Dollar Baby", "Rupert Murdoch's News Corp": what a person the
  // text names in full owns or makes is no person either.
  if (ownedByNamedPerson(tokens, m.first) && !isGivenName(first)) s.organization += 1.5;
  const joinedNext = nextWord === 'and' && tokens[m.last + 2]?.cap === true;
  if (division(m.last + 1) || (joinedNext && division(m.last + 3))) s.place += 3;
  if (acronym) {
    if (STATE_CODES.has(first) && (prevWord === 'from' || prev?.text === ',')) s.place += 3;
    else s.organization += 1.5;
  }
  const ft = tokens[m.first];
  // Datelines: "AL-AIN, United Arab Emirates", "WASHINGTON (Reuters)" open a line with a place,
  // in sports reports too.
  const lineStart = ft !== undefined && ft.shouted && (prev === undefined || prev.line !== ft.line);
  const dateline = lineStart && (next?.text === ',' || next?.text === '(');
  if (dateline) s.place += 2;
  // In a results table or a sports report a city names its team; countries stay places
  // (national teams).
  const country = isCountry(phrase) || isCountry(canonical?.name.toLowerCase() ?? '');
  const inTable = ft !== undefined && tables.has(ft.line);
  // (A lone given name there is a team too: people are listed by surname or full name.)
  if (inTable && !(words.length > 1 && isGivenName(first))) {
    // A known place or a lone word names a team; "Steffi Graf" keeps the form of a person.
    if (country) s.place += 1;
    else if (isKnownPlace(phrase)) s.organization += 6;
    else if (words.length === 1 || ft.shouted) s.organization += 2;
  } else if (
    sports &&
    !country &&
    !dateline &&
    isKnownPlace(phrase) &&
    !afterPlacePreposition(m, tokens)
  ) {
    s.organization += 3.5;
  }
  // "Chelsea", "Wolves", "Real Betis": names that are clubs in sport, and only there.
  if (sports || inTable) {
    if (isSportsClub(phrase)) s.organization += 5;
    // "lost to Everton": a club is a club there even after a place preposition.
    if (isKnownClub(phrase)) s.organization += 3;
    if (words.length >= 2 && CLUB_PREFIXES.has(first)) s.organization += 4;
  }
  // "Werder Bremen", "Athletic Bilbao": a city inside a longer name in sport is a club.
  if ((sports || inTable) && words.length >= 2 && !isGivenName(first) && !isKnownPlace(phrase)) {
    if (cityInsideClub(words)) s.organization += 3;
  }
  // "the Obama administration", "the Clinton campaign": "the" goes with the noun after the
  // name, which says nothing of an organization.
  const leaderNoun = next?.cap === false && LEADER_NOUNS.has(nextWord);
  // ("The Conversation", "The Guardian": a "The" inside a one-word name says the same. A
  // longer one read as a person is a work's title, dropped later: see work-titles.ts.)
  const opensWithThe = prevWord === 'the' || (m.words[0] === 'the' && m.words.length === 2);
  if (opensWithThe && !leaderNoun) {
    s.organization += 1.2;
    s.person -= 1;
  }
  // "the Biden administration", "the Reagan era": only a leader has one, though "Biden
  // officials" elsewhere reads like a body's staff.
  if (prevWord === 'the' && leaderNoun && LEADER_TIMES.has(nextWord)) s.person += 1.5;
  if (PLACE_PREPOSITIONS.has(prevWord) && !isGivenName(first)) s.place += AFTER_PREPOSITION;
  // "north of Kabul", "the people of Wexmoor", "a Leeds-based firm".
  const before = tokens[m.first - 2];
  const ofPlace = prevWord === 'of' && before?.word === true && PLACE_OF_NOUNS.has(before.text);
  if (ofPlace) s.place += 1;
  const tail = tokens[m.last]?.hyphenTail;
  if (tail === 'based') s.place += 1;
  // "the Trump-appointed FBI Director", "the Trump-era barrier": a person's mark.
  if (tail !== undefined && PERSON_TAILS.has(tail)) s.person += 3;
  // "the Obama White House": the president's.
  if (next?.text === 'White' && tokens[m.last + 2]?.text === 'House') s.person += 3;
  if (PLACE_PREFIXES.has(first) && words.length >= 2) s.place += 1.5;
  if (words.length >= 2) {
    // (Not "Soviet Union": a place the gazetteer knows. The head may end a hyphenated word,
    // "San Diego Union-Tribune", or come before a number, "Orbiter Processing Facility-1".)
    const head = last.replace(/-\d+$/, '').split('-').at(-1) ?? last;
    const isOrgHead = (w: string): boolean => ORG_SUFFIXES.has(w) || orgHeadWords.has(w);
    // ("City University London", "Presbyterian Hospital Dallas": the head before its branch.)
    const branchHead = words.length >= 3 && isKnownPlace(last) && isOrgHead(words.at(-2) ?? '');
    if ((isOrgHead(head) || branchHead) && !isKnownPlace(phrase)) s.organization += 2.5;
    // "Institute of Technology", "Rochester Institute of Technology": the head before "of".
    const ofHead = words[words.indexOf('of') - 1] ?? '';
    if (words.includes('of') && (ORG_OF_HEADS.has(first) || ORG_OF_HEADS.has(ofHead))) {
      s.organization += 2.5;
    }
    // (Not "Bank of America": a bank is a body first.)
    const placeOf = PLACE_OF_HEADS.has(first) || BUILDING_OF_HEADS.has(ofHead);
    if (words.includes('of') && placeOf && !ORG_OF_HEADS.has(first)) s.place += 2;
    // "Central Australia", "Eastern Nigeria": a region of a known place.
    // ("Northern British Columbia" too.)
    if (REGION_MODIFIERS.has(first) && isKnownPlace(words.slice(1).join(' '))) s.place += 3;
    // "Czech Republic", "Donetsk People's Republic", "People's Republic of China": states.
    if (last === 'republic' || ofHead === 'republic') s.place += 3;
    // Names joined by "and" or "for" only come from agency names (see conjoined-org.ts).
    if (words.includes('and') && AND_HEADS.has(last)) s.organization += 2.5;
    // ("The Washington Institute for Near East Policy": the head before "for".)
    const forHead = words[words.indexOf('for') - 1] ?? '';
    if (words.includes('for') && (FOR_HEADS.has(first) || FOR_HEADS.has(forHead))) {
      s.organization += 2.5;
    }
    // "Intergovernmental Panel on Climate Change": the head before "on".
    if (words.includes('on') && ON_HEADS.has(words[words.indexOf('on') - 1] ?? '')) {
      s.organization += 2.5;
    }
    // ("Champlain Towers South": the head may come before a compass point.)
    const isPlaceHead = (w: string): boolean => placeHeadWords.has(w) || LANDFORM_HEADS.has(w);
    const compassTail = COMPASS_POINTS.has(last) && isPlaceHead(words.at(-2) ?? '');
    const placeHead = isPlaceHead(last) || compassTail;
    if (placeHead && !ORG_SUFFIXES.has(last)) s.place += 2;
    // "Wayne County" is a place; in sport "Ross County" is a club (an organization suffix).
    if (DIVISION_HEADS.has(last) && !sports && !inTable) s.place += 3;
    // "Sierra Leone", "Baton Rouge": a phrase known whole as a place or organization is not
    // read word by word as a person's name.
    const knownWhole =
      (isKnownPlace(phrase) || isKnownOrganization(phrase)) && !isKnownPerson(phrase);
    // A given name opening the name says nothing when the rest says it is no person's:
    // "Bob Jones University", "Asahi Breweries" (a trade's head even after one name; "Emily
    // Post" is a person), "Ferguson Township", "Social Democrats", and "Marks & Spencer" or
    // "Simon & Garfunkel" (two names joined by "&" are a firm or a band).
    const ampersand = words.includes('&');
    // "Lawrence Livermore National Laboratory", "Bryce Canyon National Park": no one's name
    // holds "National"; "Mothers Against Drunk Driving" is a campaign.
    const national = words.includes('national') || words.includes('international');
    const against = words.includes('against');
    if (against) s.organization += 2.5;
    const notAPerson =
      national ||
      compassTail ||
      against ||
      (words.length >= 3 && ORG_SUFFIXES.has(last)) ||
      NON_PERSON_HEADS.has(last) ||
      LANDFORM_HEADS.has(last) ||
      DIVISION_HEADS.has(last) ||
      PARTY_MEMBERS.has(last) ||
      ampersand;
    // "Social Democrats", "Christian Democrats": a party named by its members.
    if (PARTY_MEMBERS.has(last) || ampersand) s.organization += 2.5;
    if (isGivenName(first) && !knownWhole && !notAPerson) s.person += 2.5;
    if (isSurname(last) && !knownWhole) s.person += 1.5;
    // "Lee Kuan Yew": a first word compromise knows only as a person's name opens one.
    if (!isGivenName(first) && lexTags(first).includes('Person') && !knownWhole && !notAPerson) {
      s.person += 1;
    }
    // Two or three plain words read as a person's name unless one is an ordinary word
    // ("Major League Baseball") or a Romance article opens them ("La Manga", "El Paso").
    const plain =
      !ROMANCE_ARTICLES.has(first) &&
      words.every((w) => /^[\p{L}'’-]+$/u.test(w) && !isCommonWord(w));
    if ((words.length === 2 || (words.length === 3 && isGivenName(first))) && plain) {
      if (!knownWhole) s.person += 1;
    }
    if (words.every((w) => isKnownPlace(w)) && !isGivenName(first)) s.place += 1.5;
  } else {
    if (ORG_SUFFIXES.has(first) && !isKnownPlace(first)) s.organization += 1;
    if (isGivenName(first)) s.person += 1.5;
    if (isSurname(first)) s.person += 1.5;
    if (lexTags(first).includes('Person')) s.person += 1;
    // "Smith said"; but "David Noone from Acme said" is Noone speaking, and "Acme said it
    // would" or "said its profits" is a body.
    const that = tokens[m.last + 2]?.text === 'that' ? 1 : 0;
    const after = tokens[m.last + 2 + that]?.text;
    if (SPEECH.has(nextWord) && (after === 'it' || after === 'its')) s.organization += 0.8;
    else if (SPEECH.has(nextWord) && !SPEAKER_PREPOSITIONS.has(prevWord)) s.person += 0.8;
    s.person += LONE_WORD_PRIOR;
  }
  if (!isGivenName(first)) {
    // "Acme shares", "an Acme spokesman", "chairman of Acme", "a stake in Acme".
    const prev2 = tokens[m.first - 2];
    const before = prev2?.word === true ? prev2.text.toLowerCase() : '';
    if (ORG_CUES_AFTER.has(nextWord) && next?.cap === false) s.organization += 1.5;
    if ((prevWord === 'of' && ORG_CUES_BEFORE_OF.has(before)) || STAKE_WORDS.has(before)) {
      if (prevWord === 'of' || prevWord === 'in') s.organization += 1.2;
    }
  }
  // "OAKLAND AT BOSTON": in a fixture list the visiting team comes before "at" the venue.
  if (!country && ft?.shouted === true && nextWord === 'at' && fixtureLine(tokens, m)) {
    s.organization += 4;
  }
  if (!country && !isKnownPlace(phrase)) {
    // "Leeds v Chelsea": a fixture pairs teams (national teams stay places).
    if (VERSUS.has(prevWord) || VERSUS.has(nextWord)) s.organization += 2;
  }
  // "Anna Berg (Acme)": a bracket right after a name gives the team, firm or party; in
  // sport a city there is the club (a country is the nation she represents).
  const open = tokens[m.first - 2];
  if (!country && prev?.text === '(' && next?.text === ')' && open?.word === true && open.cap) {
    if (!isKnownPlace(phrase)) s.organization += 1.5;
    else if (sports || inTable) s.organization += 4;
  }
  // "Asymmetric Digital Subscriber Line (ADSL)": a name spelled out before its initials in
  // brackets is a body's or a thing's; people are not known by their initials that way.
  const initials = tokens[m.last + 2];
  if (words.length >= 2 && next?.text === '(' && tokens[m.last + 3]?.text === ')') {
    const letters = (initials?.text ?? '').toLowerCase();
    const heads = initialsOf(words);
    // (A nationality before the name may have been left out: "British Sign Language (BSL)".)
    const spelled = heads.endsWith(letters) || letters.endsWith(heads);
    if (/^[A-Z]{2,}$/.test(initials?.text ?? '') && spelled) s.organization += 2;
  }
  // "Yuganskneftegaz" ("neft", oil) is a Russian firm; "stuck on I-65" names a highway.
  if (words.length === 1 && /.neft(?:egaz|egas)?$/.test(first)) s.organization += 2;
  if (/^I-\d{1,3}$/.test(m.text)) s.place += 3;
  // "F-22 Raptors", "A380 Superjumbo": a model number opens a craft's or a product's name.
  if (words.length > 1 && /^\p{Lu}+-?\p{N}/u.test(opener)) s.organization += 1.5;
  // "YouTube", "PayPal", "G20", "STS-1": inner capitals or digits mark brands, firms, groups
  // and missions, not people ("McIlroy", "DiCaprio", "LeBron" keep their name prefixes).
  if (words.length === 1 && !isGivenName(first) && /^\p{Lu}?[\p{L}\p{N}-]*$/u.test(m.text)) {
    const inner =
      /\p{Ll}\p{Lu}/u.test(m.text) && !/^(?:Mc|Mac|De|Di|Da|La|Le|Du|Van|Von)\p{Lu}/u.test(m.text);
    if (inner || /\p{L}-?\p{N}|\p{N}-?\p{L}/u.test(m.text)) s.organization += 1.5;
  }
  // "... he said": a personal pronoun soon after the name, in the same sentence; not after a
  // place preposition, where the pronoun is the subject's ("lives in Bethesda with his wife").
  if (words.length <= 3 && pronounFollows(tokens, m.last) && !PLACE_PREPOSITIONS.has(prevWord)) {
    s.person += 0.8;
  }
  const cues = contextCues(m, tokens);
  for (const type of ['person', 'organization', 'place'] as const) s[type] += cues[type];
  return s;
}

/**
 * Whether a city inside these words makes them a club's name in sport. The city may be two
 * words ("San Jose Clash", "Real Salt Lake"). Not "Venus Williams" or "Austin Healey": a
 * surname, or a city that is also a given name before a word that is no team's plural, names
 * a player; nor "Los Angeles County".
 */
function cityInsideClub(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const givenCity = lexTags(first).includes('Person') && !last.endsWith('s');
  // ("S Orlando" in a team list: an initial opens a player's name.)
  const player = (isSurname(last) && !isKnownPlace(last)) || givenCity || first.length === 1;
  if (player || DIVISION_HEADS.has(last)) return false;
  const cityAt = (from: number, to: number): boolean => {
    const part = words.slice(from, to).join(' ');
    return isKnownPlace(part) && !isCountry(part);
  };
  return words.some((_, k) => cityAt(k, k + 1) || cityAt(k, k + 2));
}

/** Nouns that a leader's name modifies: "the Obama administration", "the Bush years". */
const LEADER_NOUNS = new Set(
  `administration campaign presidency government era years family archives camp aides regime
  doctrine legacy`.split(/\s+/),
);

/** Of those, the ones only a person has ("the Labour government" is a party's). */
const LEADER_TIMES = new Set(['administration', 'presidency', 'era', 'years']);

/**
 * "in Leeds", "across the Atlantic": a place preposition before the name, or before its "the"
 * when the name ends the phrase (not "in the Barcelona defence").
 */
function afterPlacePreposition(m: Mention, tokens: readonly Token[]): boolean {
  const word = (k: number): string => {
    const t = tokens[k];
    return t?.word === true ? t.text.toLowerCase() : '';
  };
  const next = tokens[m.last + 1];
  const ends = !(next?.word === true && !next.cap);
  const the = word(m.first - 1) === 'the' && ends ? 1 : 0;
  return PLACE_PREPOSITIONS.has(word(m.first - 1 - the));
}

const ROMANCE_ARTICLES = new Set(['la', 'le', 'les', 'el', 'los', 'las']);

/** Last words of a sports competition's name: "Champions League", "Carling Cup". */
const COMPETITIONS = new Set(['league', 'cup', 'championship', 'open']);

const OWNERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/**
 * Whether a given name and a surname in the possessive come right before token `k` (not a
 * body's name: "the Fabian Society's Sundar Katwala").
 */
function ownedByNamedPerson(tokens: readonly Token[], k: number): boolean {
  const [given, owner] = [tokens[k - 2], tokens[k - 1]];
  if (owner === undefined || given === undefined || !owner.possessive || !owner.cap) return false;
  const surname = lookupKey(owner.text);
  if (ORG_SUFFIXES.has(surname) || NON_PERSON_HEADS.has(surname) || isKnownName(surname)) {
    return false;
  }
  return given.cap && isGivenName(lookupKey(given.text));
}

/** Prepositions that put a name after its speaker: "Noone from Acme said". */
const SPEAKER_PREPOSITIONS = new Set(['from', 'at', 'of', 'for', 'with', 'by']);

/** Tails a hyphen joins to a person's name: "Trump-appointed", "Obama-era". */
const PERSON_TAILS = new Set(['appointed', 'era', 'endorsed', 'nominated']);

const VERSUS = new Set(['v', 'vs']);

/** Lower-case nouns that take a place after "of". */
const PLACE_OF_NOUNS = new Set(
  `north south east west northeast northwest southeast southwest outskirts centre center
  heart streets suburbs residents people citizens mayor town city capital province region
  coast shores library port village district state island`.split(/\s+/),
);

const STAKE_WORDS = new Set(['stake', 'shares', 'investment', 'interest']);

/** Types each mention by the summed evidence for its name; drops bare words (bare-words.ts). */
export function classifyMentions(
  mentions: readonly Mention[],
  tokens: readonly Token[],
): TypedMention[] {
  const totals = new Map<string, Scores>();
  // "Montoursville, Pa.": the abbreviation is the state, under its written-out name.
  const states = mentions.map((m) => abbreviatedState(tokens, m));
  const keys = mentions.map((m, i) => {
    const state = states[i];
    return sameNameKey(state === undefined ? m.words : state.toLowerCase().split(' '));
  });
  const tables = tableLines(tokens);
  // Results tables are mostly sport; a text with several is read as a sports report.
  // So is a text that names a football club ("Manchester United", "... and Arsenal"; not
  // "Hearts" opening a sentence).
  const clubNamed = mentions.some((m, i) => {
    const unambiguous = m.words.length > 1 || !tokens[m.first]?.sentenceStart;
    return unambiguous && isKnownClub(keys[i] ?? '');
  });
  // So is one that names two clubs known only in sport ("Chelsea", "Millwall") or
  // competitions ("Carling Cup") and uses one word of sport.
  const clubs = new Set(
    mentions.flatMap((m, i) => {
      const key = keys[i] ?? '';
      const competition = m.words.length > 1 && COMPETITIONS.has(m.words.at(-1) ?? '');
      const club = !tokens[m.first]?.sentenceStart && isSportsClub(key);
      return club || competition || key === 'premiership' ? [key] : [];
    }),
  );
  const sports = tables.size >= 4 || clubNamed || isSportsText(tokens, clubs.size >= 2 ? 1 : 3);
  const context: TextContext = { tables, sports };
  mentions.forEach((m, i) => {
    const key = keys[i] ?? '';
    const s = scoreMention(m, tokens, context);
    if (states[i] !== undefined) s.place += 8;
    const t = totals.get(key) ?? { person: 0, organization: 0, place: 0 };
    totals.set(key, {
      person: t.person + s.person,
      organization: t.organization + s.organization,
      place: t.place + s.place,
    });
  });
  const types = new Map([...totals].map(([key, s]) => [key, best(s)]));
  settleTypes({ mentions, keys, tokens, sports: context.sports, totals }, types);
  const bare = bareWords(mentions, keys, totals, types);
  return mentions.flatMap((m, i) => {
    const key = keys[i] ?? '';
    return bare.has(key) ? [] : [{ ...m, key, type: types.get(key) ?? 'person', source: m }];
  });
}

export function best(s: Scores | undefined): EntityType {
  if (s === undefined) return 'person';
  if (s.place > s.person && s.place >= s.organization) return 'place';
  if (s.organization > s.person && s.organization > s.place) return 'organization';
  return 'person';
}
