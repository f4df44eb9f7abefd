/**
 * What the words around a name say its kind is: "the German airline Lufthansa", "Nirvana
 * frontman", "owned by Lufthansa", "a Cologne-based carrier", "Helmand province", "CNN
 * meteorologist Taylor Ward". These are how news copy introduces firms, brands, bands, regions
 * and people a lexicon does not know, so a single cue is strong evidence; the vote across all
 * mentions of the name does the rest.
 */
import { isGivenName, isKnownName, isKnownPlace, readsAsPerson } from './lexicon.js';
import type { Mention } from './mentions.js';
import { isPeopleOfNamedPlace } from './nationality.js';
import { isOwningGroup } from './possessive-org.js';
import { BENCH_HEADS } from './sports.js';
import type { Token } from './tokens.js';
import { JOB_NOUNS, ORG_NOUNS, ROLE_NOUNS } from './word-lists.js';

/** A lower-case noun for a person: "shooter", "spokesman", "pilot" (not "later", "never"). */
function isPersonNoun(t: Token | undefined): boolean {
  if (t === undefined || !t.word || t.cap) return false;
  const w = t.text.toLowerCase();
  const agent = /^\p{L}{3,}(?:er|man|woman)$/u.test(w) && !NOT_AGENTS.has(w);
  return JOB_NOUNS.has(w) || ROLE_NOUNS.has(w) || agent;
}

/** Words in "-er" that name no one. */
const NOT_AGENTS = new Set(
  `later never ever over under rather either neither other whether together further
  however`.split(/\s+/),
);

/** Codes of football, whose "side" is a team: "union side Swansea". */
const CODES = new Set(['union', 'league', 'rugby', 'football', 'soccer', 'hockey', 'cricket']);

/** Role nouns that are also other words before a name ("the press Office", "head Coach"). */
const NOT_ONLY_JOBS = new Set([
  'press',
  'head',
  'chief',
  'general',
  'attorney',
  'lock',
  'prop',
  'centre',
  'star',
  'executive',
  'official',
  'deputy',
  'leader',
  'rep',
  'sen',
  'gov',
  'nominee',
]);

/** Those who hold a seat "for" a constituency: "the MP for Sedgefield". */
const SEAT_HOLDERS = new Set(['MP', 'MPs', 'MSP', 'MEP', 'AM', 'member', 'candidate']);

/** The same nouns in the plural, before a list of names: "mobile operators Vodafone and O2". */
const ORG_PLURALS = new Set(
  `airlines carriers companies firms bands makers manufacturers automakers carmakers retailers
  chains brands broadcasters networks publishers insurers lenders banks supermarkets grocers
  labels charities newspapers websites operators subsidiaries brewers bourses exchanges groups
  developers studios providers regulators organizations organisations nonprofits agencies
  outlets bookmakers units divisions marques`.split(/\s+/),
);

/**
 * Nouns right after a name that make it an organization: "Nirvana frontman", "Acme CEO",
 * "Empire magazine", "the BBC's Newsnight programme", "al-Ikhbariya television".
 */
const ORG_MEMBER_NOUNS = new Set(
  `frontman frontwoman bassist guitarist drummer ceo cfo founder co-founder plane planes jet
  jets flight flights aircraft fleet crew passengers customers stores products pilot pilots
  co-pilot officer staff employee executive executives analyst analysts consultant presenter
  presenters host anchor correspondent reporter economist economists magazine newspaper
  programme television`.split(/\s+/),
);

/**
 * A broadcast show, named in quotes: "the AMC show "Mad Men"", "a "Top Chef" contestant". Of
 * our three kinds a show is an organization, as the outlet that airs it is.
 */
const SHOW_NOUNS = new Set(['show', 'series', 'programme', 'program', 'sitcom', 'drama']);
const SHOW_MEMBER_NOUNS = new Set(
  'contestant contestants episode episodes host presenter creator special shows'.split(' '),
);

/** Modifiers a member noun may carry: "Germanwings first officer", "Acme chief executive". */
const MEMBER_MODIFIERS = new Set(['first', 'chief', 'senior', 'former', 'top', 'lead']);

/**
 * Last words of newspapers' names that are words or names too ("Times", "Post" and "Herald"
 * are organization heads already).
 */
const NEWSPAPER_HEADS = new Set(
  `star sun mail mirror express observer chronicle examiner inquirer courier dispatch sentinel
  bee globe`.split(/\s+/),
);

/**
 * Lower-case nouns right after a name that make it a place: "Helmand province", "the Denpasar
 * airport", "the Preah Khan temple".
 */
const PLACE_AFTER = new Set(
  `province region district county prefecture island airport temple mosque shrine monastery
  stadium`.split(/\s+/),
);

/** Some of those nouns in the plural, after two names: "Cook and DuPage counties". */
const PLACES_AFTER = new Set(['provinces', 'regions', 'districts', 'counties', 'prefectures']);

/** Nouns that make an appositive a place: "Helmand, a province in the south". */
const PLACE_NOUNS = new Set([...PLACE_AFTER, 'city', 'town', 'village', 'state']);

/** Peers' titles, whose "of" names a place: "Lord Irvine of Lairg". */
const PEERAGES = new Set(['Lord', 'Baroness', 'Baron']);

/** "owned by Acme", "operated by Acme": things are owned by firms (people found them). */
const OWNED = new Set(['owned', 'operated', 'acquired', 'bought']);

export interface Cues {
  person: number;
  organization: number;
  place: number;
}

/**
 * "film studio New Line", "the airline Lufthansa": a kind of organization written right
 * before the name says what it is for the whole text ("New Line feared ..." reads like a
 * place and a person). Not a known name ("state broadcaster Russia 24"), and not a person's
 * name after a kind that is also a job ("fellow broadcaster Cyril Fletcher", "basketball
 * giant Yao Ming").
 */
export function isIntroducedBody(m: Mention, tokens: readonly Token[]): boolean {
  const prev = tokens[m.first - 1];
  // (Not "the band's US tour": the noun owns what follows.)
  const kind = prev?.word === true && !prev.cap && !prev.possessive ? prev.text.toLowerCase() : '';
  if (!ORG_NOUNS.has(kind) || m.title !== undefined || isKnownName(m.words.join(' '))) {
    return false;
  }
  return !(JOB_KINDS.has(kind) && readsAsPerson(m.words));
}

/** Kinds of organization that are also people's jobs. */
const JOB_KINDS = new Set([
  'broadcaster',
  'publisher',
  'developer',
  'operator',
  'provider',
  'network',
  'giant',
  'jeweller',
  'jeweler',
]);

/** Person, organization and place evidence from the few words on each side of one mention. */
export function contextCues(m: Mention, tokens: readonly Token[]): Cues {
  const cues: Cues = { person: 0, organization: 0, place: 0 };
  const prev = tokens[m.first - 1];
  const prev2 = tokens[m.first - 2];
  const last = tokens[m.last];
  const next = tokens[m.last + 1];
  const lowerWord = (t: Token | undefined): string =>
    t !== undefined && t.word && !t.cap ? t.text.toLowerCase() : '';
  // "dairy cooperative Fonterra", "the band Nirvana" (the noun is not a title: lower case).
  // ("Developer Valve" opening a sentence is as good.)
  const kind = prev?.sentenceStart === true ? prev.text.toLowerCase() : lowerWord(prev);
  if (ORG_NOUNS.has(kind) || ORG_PLURALS.has(kind)) cues.organization += 2.5;
  // "old club West Brom", "Scottish side Dunfermline", "union side Swansea" (not "by his side
  // Ann Lee").
  const team = kind === 'side' && (prev2?.cap === true || CODES.has(lowerWord(prev2)));
  if (kind === 'club' || team) cues.organization += 2.5;
  // "the AMC show "Mad Men"", "host of "Top Gear"", "a "Top Chef" contestant".
  const ofShow = lowerWord(prev2) === 'of' && SHOW_MEMBER_NOUNS.has(lowerWord(tokens[m.first - 3]));
  if (isQuote(prev) && (SHOW_NOUNS.has(lowerWord(prev2)) || ofShow)) cues.organization += 2.5;
  if (SHOW_MEMBER_NOUNS.has(lowerWord(afterQuote(tokens, m.last)))) cues.organization += 2.5;
  // "phone operators Vodafone, O2 and T-Mobile": each name of a list after a plural kind.
  const head = listHeadAt(tokens, m.first);
  if (ORG_PLURALS.has(lowerWord(tokens[head]))) cues.organization += 2.5;
  // "The unit, Yugansk, was sold", "run by a separate company, Eurostar.": a kind of
  // organization set before the name by a comma.
  const appositive = prev?.text === ',' && (next?.text === ',' || next?.text === '.');
  if (appositive && ORG_NOUNS.has(lowerWord(prev2))) cues.organization += 2.5;
  // "CNN meteorologist Taylor Ward", "party spokesman Ann Lee": a job in lower case (not
  // "the rapper's Air Yeezy sneakers", "Oscar nominee Hotel Rwanda").
  const job = prev?.possessive === true ? '' : lowerWord(prev);
  if ((ROLE_NOUNS.has(job) || JOB_NOUNS.has(job)) && !NOT_ONLY_JOBS.has(job)) cues.person += 2;
  // "Stone (Cisse 76)", "(Bode 85th)": a substitute's or a scorer's minute in brackets (not
  // a hull number, "(CVN 76)").
  const minute = /^\d{1,3}(?:st|nd|rd|th)?$/.test(next?.text ?? '') && !/^[A-Z.]+$/.test(m.text);
  if (prev?.text === '(' && minute && tokens[m.last + 2]?.text === ')') cues.person += 2;
  // "Subs Not Used: Macken, Weaver, Jordan": a team sheet's substitutes are players.
  const colon = head >= 0 ? head : m.first - 1;
  const bench = tokens[colon - 1]?.text === 'Used' ? tokens[colon - 3] : tokens[colon - 1];
  if (tokens[colon]?.text === ':' && BENCH_HEADS.has(bench?.text ?? '')) cues.person += 2;
  // "the MP for Grantham and Stamford", "the seat of Dewsbury": a seat is a place, each name
  // of it too.
  const seat = (k: number): boolean =>
    (tokens[k]?.text === 'for' && SEAT_HOLDERS.has(tokens[k - 1]?.text ?? '')) ||
    (tokens[k]?.text === 'of' && tokens[k - 1]?.text === 'seat');
  if (seat(m.first - 1) || (lowerWord(prev) === 'and' && seat(m.first - 3))) cues.place += 2.5;
  // "Lord Irvine of Lairg", "Baroness Smith of Basildon": a peer's title names a place.
  const peer = PEERAGES.has(tokens[m.first - 3]?.text ?? '') && tokens[m.first - 2]?.cap === true;
  if (lowerWord(prev) === 'of' && peer) cues.place += 2.5;
  // "The New Yorker": the people of a place after "The" name a paper or a magazine.
  if (m.words[0] === 'the' && isPeopleOfNamedPlace(m.words.slice(1))) cues.organization += 3;
  // "Toronto Star", "Edmonton Sun": a place's name and a newspaper's.
  const town = m.words.slice(0, -1).join(' ');
  if (NEWSPAPER_HEADS.has(m.words.at(-1) ?? '') && isKnownPlace(town)) cues.organization += 3;
  // "Women's Hour", "Children's Hospital": what a group of people owns is no person.
  if (tokens.slice(m.first, m.last).some(isOwningGroup)) cues.organization += 3;
  // "a Cologne-based Germanwings": "-based" locates a firm.
  if (prev?.hyphenTail === 'based') cues.organization += 2;
  if (lowerWord(prev) === 'by' && OWNED.has(lowerWord(prev2))) cues.organization += 2.5;
  // "Rosneft-owned Yugansk", "state-run Xinhua": what is owned or run is a firm or an outlet.
  const ownedBy = prev?.hyphenTail ?? /-(\w+)$/.exec(lowerWord(prev))?.[1];
  if (ownedBy === 'owned' || ownedBy === 'run') cues.organization += 2;
  // "Nirvana frontman", "Lufthansa CEO", and through a possessive and up to two modifiers,
  // "Lufthansa's low-cost carrier".
  const modified = MEMBER_MODIFIERS.has(lowerWord(next));
  const reach = last?.possessive === true ? 3 : modified ? 2 : 1;
  for (let k = m.last + 1; k <= m.last + reach; k++) {
    const t = tokens[k];
    if (t === undefined || !t.word) break;
    const w = t.text.toLowerCase();
    if (ORG_MEMBER_NOUNS.has(w) || (last?.possessive === true && ORG_NOUNS.has(w))) {
      cues.organization += 2.5;
      break;
    }
    if (t.cap) break;
  }
  // "Lufthansa, the German airline," / "Fonterra, a dairy company": an appositive noun phrase.
  if (next?.text === ',') {
    const det = lowerWord(tokens[m.last + 2]);
    if (det === 'the' || det === 'a' || det === 'an') {
      for (let k = m.last + 3; k <= m.last + 6; k++) {
        const t = tokens[k];
        // (The head comes before "of": "Gianni Agnelli, the godfather of the group,".)
        if (t === undefined || !t.word || t.text === 'of') break;
        const w = t.text.toLowerCase();
        const org = ORG_NOUNS.has(w);
        if ((org || PLACE_NOUNS.has(w)) && !t.cap) {
          // "the airline's pilots", "a band of rebels" or "the supermarket shooter" say
          // nothing about the name.
          const modifier = isPersonNoun(tokens[k + 1]);
          if (!t.possessive && tokens[k + 1]?.text !== 'of' && !modifier)
            cues[org ? 'organization' : 'place'] += 2.5;
          break;
        }
      }
    }
  }
  // ("the western Mid-Atlantic regions": the plural too.)
  if (PLACE_AFTER.has(lowerWord(next)) || PLACES_AFTER.has(lowerWord(next))) cues.place += 2.5;
  // "Fox's Tucker Carlson", "Apple's Tim Cook": one word owning a person named in full employs
  // them (not "Britain's Boris Johnson": a place the lexicon knows).
  const employs = last?.possessive === true && m.words.length === 1 && next?.cap === true;
  const staff = employs && isGivenName(next.text.toLowerCase()) && tokens[m.last + 2]?.cap === true;
  if (staff && !readsAsPerson(m.words) && !isKnownName(m.words[0] ?? '')) cues.organization += 2;
  // "Cook and DuPage counties", "Hillsborough and Miami-Dade Counties": each of two places.
  if (lowerWord(next) === 'and' && PLACES_AFTER.has(pairedHead(tokens, m.last + 2))) {
    cues.place += 2.5;
  }
  return cues;
}

/**
 * The index of the word before a list of names that ends at `first`: "operators" for
 * "T-Mobile" in "operators Vodafone, O2 and T-Mobile". -1 when the name ends no such list.
 */
export function listHeadAt(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  let joined = false;
  // Walk back over ", Name" and "and Name" pairs.
  while (tokens[k]?.text === ',' || tokens[k]?.text === 'and') {
    joined = true;
    k -= 1;
    while (tokens[k]?.cap === true && tokens[k]?.word === true) k -= 1;
    if (tokens[k + 1]?.cap !== true) return -1;
  }
  return joined ? k : -1;
}

function isQuote(t: Token | undefined): boolean {
  return t !== undefined && /^["“”'‘’]$/.test(t.text);
}

/** The token after the closing quote that ends at `last` ("Top Chef," contestant). */
function afterQuote(tokens: readonly Token[], last: number): Token | undefined {
  let k = last + 1;
  if (/^[,.]$/.test(tokens[k]?.text ?? '')) k++;
  return isQuote(tokens[k]) ? tokens[k + 1] : undefined;
}

/**
 * The word that ends the name opening at token `k` and the word after it, lower-cased: "counties"
 * for "DuPage counties" and for "Miami-Dade Counties".
 */
function pairedHead(tokens: readonly Token[], k: number): string {
  let j = k;
  while (tokens[j + 1]?.cap === true && tokens[j + 1]?.word === true && j < k + 3) j++;
  const after = tokens[j + 1];
  const last = tokens[j]?.text.toLowerCase() ?? '';
  return PLACES_AFTER.has(last) ? last : after?.word === true ? after.text.toLowerCase() : '';
}
