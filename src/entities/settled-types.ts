/**
 * What the whole text settles about a name's type, over the vote of its mentions: a town the
 * text places in a state ("Ferguson, Missouri"), a body the text introduces by its kind ("film
 * studio New Line"), a country or a state that is a person there ("Michael Jordan ... Jordan
 * said"), a club in a match report ("Chelsea fans"). Each is one clear cue that outweighs many
 * mentions of a name the lexicon reads otherwise.
 */
import type { EntityType } from '../model.js';
import { canonicalOf } from './canonical.js';
import type { Scores } from './classify.js';
import { isIntroducedBody, listHeadAt } from './context-cues.js';
import {
  isCountry,
  isGivenName,
  isKnownClub,
  isKnownOrganization,
  isKnownPerson,
  isListedPlace,
  isSportsClub,
  isSurname,
  isVerbForm,
  readsAsPerson,
} from './lexicon.js';
import { listMates } from './list-types.js';
import type { Mention } from './mentions.js';
import { nounThenName, type Token } from './tokens.js';
import { isStateName } from './us-states.js';
import { PLACE_PREPOSITIONS } from './word-lists.js';

export const SPEECH = new Set(['said', 'says', 'told', 'added', 'argued', 'wrote', 'tweeted']);
const PERSONAL = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);

/** A personal pronoun soon after the name, in the same sentence. */
export function pronounFollows(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 8; k++) {
    const t = tokens[k];
    if (t === undefined || t.sentenceStart) return false;
    if (t.word && PERSONAL.has(t.text)) return true;
  }
  return false;
}

export interface TextMentions {
  mentions: readonly Mention[];
  /** Each mention's lookup key, in the same order. */
  keys: readonly string[];
  tokens: readonly Token[];
  sports: boolean;
  /** Each key's summed evidence for each type. */
  totals: ReadonlyMap<string, Scores>;
}

/**
 * A country, a US state or a city of the gazetteer that the lexicon also knows as a person
 * ("Jordan", "Virginia", "Houston").
 */
export function isPersonOrRegion(key: string): boolean {
  return (isCountry(key) || isStateName(key) || isListedPlace(key)) && isKnownPerson(key);
}

/** Sets in `types` the type each cue settles; later cues win. */
export function settleTypes(text: TextMentions, types: Map<string, EntityType>): void {
  const towns = placedTowns(text);
  for (const key of towns) types.set(key, 'place');
  text.mentions.forEach((m, i) => {
    if (isIntroducedBody(m, text.tokens)) types.set(text.keys[i] ?? '', 'organization');
  });
  for (const key of regionsAsPeople(text, types, towns)) types.set(key, 'person');
  for (const key of clubs(text)) types.set(key, 'organization');
  for (const [key, type] of listMates(text, types)) types.set(key, type);
}

/**
 * "Ferguson, Missouri", "Montoursville, Pennsylvania", "the city of Ferguson", "the resort of
 * Phuket", "the towns of Slough and Eton": a town the text places in a state or a country, or
 * calls a city, though it is also a surname.
 */
function placedTowns({ mentions, keys, tokens }: TextMentions): Set<string> {
  const towns = new Set<string>();
  mentions.forEach((m, i) => {
    const key = keys[i] ?? '';
    const known = isKnownOrganization(key) || canonicalOf(key) !== undefined || isCountry(key);
    if (known || m.title !== undefined) return;
    const of = tokens[m.first - 1]?.text === 'of' ? tokens[m.first - 2] : undefined;
    // "the boroughs of Hillingdon and Wandsworth": each town of a list after a plural.
    const head = listHeadAt(tokens, m.first);
    const listOf = tokens[head]?.text === 'of' ? tokens[head - 1] : of;
    const inList = listOf?.word === true && TOWN_PLURALS.has(listOf.text);
    const next = mentions[i + 1];
    // A given name placed in a US state is a town too ("Madison, Wisconsin", "Selma,
    // Alabama"), but not one placed in a country or called a city ("Jordan, Israel").
    const given = isGivenName(m.words[0] ?? '');
    if (given && (m.words.length > 1 || !isStateName(keys[i + 1] ?? ''))) return;
    let inRegion = false;
    if (next !== undefined && tokens[m.last + 1]?.text === ',' && next.first === m.last + 2) {
      const region = keys[i + 1] ?? '';
      // Not a list of names ("the EU, Japan, and China"), nor an appositive ("the Knesset,
      // Israel's parliament").
      const after = tokens[next.last + 1];
      // (Though a state owns what its town has: "Selma, Alabama's Edmund Pettus Bridge"; not
      // in a list of bodies: "the Smithsonian, New York's Museum of Modern Art".)
      const noThe = tokens[m.first - 1]?.text.toLowerCase() !== 'the';
      const owns = noThe && isStateName(region) && after?.cap === true;
      const possessive = tokens[next.last]?.possessive === true && !owns;
      const then = after?.text === ',' ? tokens[next.last + 2] : after;
      const listed = !owns && (then?.cap === true || then?.text === 'and' || then?.text === 'or');
      // The state ends the phrase ("Ferguson, Missouri, said", "in Ferguson, Missouri on
      // Monday"); "Adnan Shihab-Eldin, US light crude fell" runs on into another clause.
      const ends = owns || after === undefined || !after.word || TOWN_FOLLOWERS.has(after.text);
      // (An AP-style "Pa." has the key of the state it stands for.)
      const placed = isStateName(region) || isCountry(region);
      inRegion = placed && ends && !listed && !possessive;
    }
    if (inRegion || inList || (of?.word === true && TOWN_NOUNS.has(of.text))) towns.add(key);
  });
  return towns;
}

const TOWN_NOUNS = new Set(['city', 'town', 'village', 'suburb', 'resort', 'island', 'borough']);
const TOWN_PLURALS = new Set('cities towns villages suburbs resorts islands boroughs'.split(' '));

/** Lower-case words that may follow "Town, State" without a comma. */
const TOWN_FOLLOWERS = new Set(
  'on in at last this where when who which since after before during near'.split(' '),
);

/**
 * "Jordan", "Chad", "Virginia": a country or a US state that is also a person's name is a
 * person where the text names someone with it in full ("Michael Jordan ... Jordan", "Virginia
 * Woolf ... Virginia") or it speaks ("Jordan said he").
 */
function regionsAsPeople(
  text: TextMentions,
  types: ReadonlyMap<string, EntityType>,
  towns: ReadonlySet<string>,
): string[] {
  const people: string[] = [];
  const surnames = new Set<string>();
  for (const [key, type] of types) {
    const words = key.split(' ');
    if (type !== 'person' || words.length < 2) continue;
    const surname = words.at(-1) ?? '';
    surnames.add(surname);
    for (const word of [words[0] ?? '', surname]) {
      if (isPersonOrRegion(word)) people.push(word);
    }
    // ("Percy Montgomery ... Montgomery slotted the penalty": a town that is a surname too.)
    if (isListedPlace(surname) && isSurname(surname) && !isCountry(surname)) people.push(surname);
  }
  // ("Parisa Tabriz ... Tabriz says she": any place is a person's surname where the text
  // names that person in full and the place speaks; not a town the text places, nor the state
  // after one: "of Alexandria, Virginia, according to her uncle".)
  text.mentions.forEach((m, i) => {
    const key = text.keys[i] ?? '';
    const named = isPersonOrRegion(key) || surnames.has(key);
    const before = text.mentions[i - 1];
    const state = before?.last === m.first - 2 && towns.has(text.keys[i - 1] ?? '');
    const placed = towns.has(key) || (state && text.tokens[m.first - 1]?.text === ',');
    // ("in Sydney to film her latest movie": the pronoun is someone else's.)
    const located = PLACE_PREPOSITIONS.has(text.tokens[m.first - 1]?.text.toLowerCase() ?? '');
    if (named && !placed && !located && speaks(text.tokens, m.last)) people.push(key);
  });
  return people;
}

/**
 * Whether the name ending at token `last` speaks as a person does: "Jordan said he ...",
 * "Jordan said a small group ..."; not "Jordan said it would ...".
 */
export function speaks(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  const said = next?.word === true && SPEECH.has(next.text.toLowerCase());
  const it = tokens[last + 2]?.text === 'it' || tokens[last + 2]?.text === 'its';
  return (said && !it) || (pronounFollows(tokens, last) && !beforeNoun(next));
}

/**
 * "the Kent athlete ... herself", "songs Like Toy Soldiers and Just Lose It, for which he": a
 * name before a lower-case word that is no verb is not what the pronoun after it stands for.
 */
function beforeNoun(next: Token | undefined): boolean {
  const word = next?.text.toLowerCase() ?? '';
  return next?.word === true && !next.cap && !isVerbForm(word) && !word.endsWith('ly');
}

/** Nouns right after a club's name: "Chelsea fans", "Chelsea manager Jose Mourinho". */
const CLUB_MEMBERS = new Set(
  `fans supporters striker midfielder defender goalkeeper keeper winger manager boss
  captain squad`.split(/\s+/),
);

/**
 * Posts in a team that stand between its name and a player's ("Perpignan centre Jean-Philippe
 * Granclaude", "Milan coach Carlo Ancelotti"); most are words of other senses too ("play Kaka
 * forward"), so only with the player's name after them.
 */
const TEAM_POSTS = new Set(
  `striker midfielder defender goalkeeper keeper winger manager boss captain coach skipper
  forward wing centre flanker hooker prop lock fly-half scrum-half full-back fullback`.split(/\s+/),
);

/**
 * "Chelsea fans", "former Chelsea defender": in a sports report a name that has fans and
 * players is a club, though it is also a given name (a country stays its national team). A
 * player has fans too ("Messi fans"): a name that reads as a person's is a club only if it
 * is a known one, or if a player's name follows ("Perpignan centre Jean-Philippe Granclaude").
 */
function clubs({ mentions, keys, tokens, sports }: TextMentions): string[] {
  return mentions.flatMap((m, i) => {
    const key = keys[i] ?? '';
    const next = tokens[m.last + 1];
    if (tokens[m.last]?.possessive === true || next?.word !== true || next.cap) return [];
    const posted = nounThenName(tokens, m.last, TEAM_POSTS);
    const cue = posted || (sports && CLUB_MEMBERS.has(next.text));
    const club = !readsAsPerson(m.words) || isSportsClub(key) || isKnownClub(key) || posted;
    return cue && club && m.words.length === 1 && !isCountry(key) ? [key] : [];
  });
}
