/**
 * The last pass of mention finding: drop capitalised words and phrases that are no names
 * (common nouns and things, pieces of titles and phrases, conditions, storms, products and
 * works, handles), and join a ship's short forms to the ship.
 */
import type { Span } from '../model.js';
import { initialsOf } from './aliases.js';
import { inClippedPhrase } from './clipped-phrase.js';
import { inWorkTitle, isClippedCommonNoun } from './common-nouns.js';
import { conditionNames, isConditionName } from './conditions.js';
import { isIntroducedBody } from './context-cues.js';
import { isFieldOfStudy } from './fields-of-study.js';
import { indefiniteNouns } from './indefinite-nouns.js';
import {
  isCommonWord,
  isKnownClub,
  isKnownOrganization,
  isKnownPerson,
  isKnownPlace,
  isListedName,
  isProperInLexicon,
  isVerbForm,
  lexTags,
} from './lexicon.js';
import type { Mention } from './mentions.js';
import { isPeopleOfNamedPlace, isPeopleWord, isResidents } from './nationality.js';
import { productNames } from './products.js';
import { asShipAlias } from './ships.js';
import { isSportsText } from './sports.js';
import { isStorm, stormNames } from './storms.js';
import { isThing } from './things.js';
import { isStateAbbreviation } from './us-states.js';
import { namesOnlyInUnquotedTitles } from './work-titles.js';
import { isTitle } from './titles.js';
import { isOrdinal } from './particles.js';
import { lookupKey, type Token } from './tokens.js';
import {
  COUNT_WORDS,
  GREEK_LETTERS,
  GROUP_WORDS,
  NON_PERSON_HEADS,
  NUMBERED_PARTS,
  ORG_OF_HEADS,
  ORG_SUFFIXES,
  PLACE_OF_HEADS,
  PORTFOLIOS,
  TITLES,
} from './word-lists.js';

export function dropNonNames(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  lower: ReadonlySet<string>,
  ships: readonly (readonly string[])[],
  titles: readonly Span[],
): Mention[] {
  const inLongerNames = new Set(mentions.flatMap((m) => (m.words.length > 1 ? m.words : [])));
  const conditions = conditionNames(tokens, mentions);
  const thingNouns = indefiniteNouns(tokens);
  const storms = stormNames(mentions, tokens);
  // Names the text gives to products, works and awards, and those written only in a title.
  const thingNames = new Set([
    ...productNames(mentions, tokens),
    ...awardNames(tokens, mentions),
    ...namesOnlyInUnquotedTitles(text, tokens, mentions),
  ]);
  const spelledOut = spelledOutLists(tokens);
  const titledOf = titlesWithOf(tokens, mentions);
  const commonAcronyms = acronymsOfCommonWords(tokens);
  const variants = variantLetters(tokens);
  // (In a sports report "v." pairs clubs: "Arsenal v. Spurs".)
  const cases = !isSportsText(tokens);
  const kept = mentions.filter(
    (m) =>
      // "Follow @CNNPhotos": a handle is an account, not a name (a hashtag names a campaign
      // that highlights do name, so it stays).
      text[m.start - 1] !== '@' &&
      !isCommonWordName(m, inLongerNames, lower) &&
      !isClippedCommonNoun(text, tokens, m, inLongerNames) &&
      !inWorkTitle(titles, m) &&
      !isConditionName(tokens, m, conditions) &&
      !(m.words.length === 1 && m.title === undefined && thingNouns.has(m.words[0] ?? '')) &&
      !inClippedPhrase(tokens, m) &&
      !isStorm(m, storms) &&
      !thingNames.has(m.words.join(' ')) &&
      !isThing(m) &&
      !isPartyTag(tokens, m) &&
      !isNumberedPart(tokens, m) &&
      !isSequel(tokens, m) &&
      !titledOf.has(m) &&
      !variants.has(loneWord(m)) &&
      !(cases && isCaseParty(tokens, m)) &&
      !isPeopleWordAlone(tokens, m, inLongerNames) &&
      !(m.words.length === 1 && m.title === undefined && isResidents(m.words[0] ?? '')) &&
      !isPeopleOfNamedPlace(m.words) &&
      !isAfterYear(tokens, m) &&
      !isEra(tokens, m) &&
      !isNameAdjective(tokens, m, inLongerNames) &&
      !isCountedPlural(tokens, m) &&
      !spelledOut.has(m.first) &&
      !commonAcronyms.has(loneWord(m)) &&
      !LEGAL_PARTIES.has(loneWord(m)) &&
      !isTimeZone(text, m) &&
      !isRomanNumeral(m) &&
      !isFieldOfStudy(tokens, m) &&
      !isJointPortfolio(tokens, m),
  );
  return kept.map((m) => asShipAlias(tokens, m, ships));
}

/** The word of a one-word mention, else "" (which no word list holds). */
function loneWord(m: Mention): string {
  return m.words.length === 1 ? (m.words[0] ?? '') : '';
}

/**
 * "Woman", "Life", "Prevention" capitalised in a title or after a dash: a lone word that the
 * text also writes in lower case, that no lexicon knows as a name and that no longer name
 * uses, is no name.
 */
function isCommonWordName(
  m: Mention,
  inLongerNames: ReadonlySet<string>,
  lower: ReadonlySet<string>,
): boolean {
  if (m.words.length !== 1 || m.title !== undefined || m.shouted) return false;
  const w = m.words[0] ?? '';
  if (!lower.has(w) || isProperInLexicon(w) || isKnownPlace(w) || isKnownOrganization(w)) {
    return false;
  }
  return !inLongerNames.has(w);
}

/**
 * "Sen. Ted Cruz, R-Texas," or "(D-N.Y.)": the party and state after a lawmaker's name say
 * who they are, and are no name of their own.
 */
function isPartyTag(tokens: readonly Token[], m: Mention): boolean {
  const back = (n: number): string => tokens[m.first - n]?.text ?? '';
  if (/^[RDI]-\p{Lu}/u.test(m.text)) return back(1) === ',' || back(1) === '(';
  // The second half of "(D-W.Va.)", and the state of "(D., Ariz.)".
  if (back(1) === '.' && /^[RDI]-\p{Lu}$/u.test(back(2))) return true;
  // "Richard Burr (N.C.)", "Todd Young (Ind.)": a state abbreviated in brackets after a name.
  const closes = tokens[m.last + 1]?.text === ')' || tokens[m.last + 2]?.text === ')';
  const afterName = tokens[m.first - 2]?.cap === true;
  if (back(1) === '(' && closes && afterName && isStateAbbreviation(m.words.join(''))) return true;
  // ... and "(W.Va.)", read as "W", ".", "Va".
  const initial = back(2);
  const split = back(1) === '.' && /^\p{Lu}$/u.test(initial) && back(3) === '(';
  if (split && isStateAbbreviation(`${initial.toLowerCase()}${m.words.join('')}`)) return true;
  return back(1) === ',' && back(2) === '.' && /^[RDI]$/.test(back(3)) && back(4) === '(';
}

/**
 * "Roe v. Wade", "Brown v. Board of Education": the parties of a court case, written with "v."
 * (a fixture's "Leeds v Chelsea" has no dot), name the case, no person or body of the story.
 */
function isCaseParty(tokens: readonly Token[], m: Mention): boolean {
  // (Not "vs.": "iPhone vs. Android" pairs rivals.)
  const versus = (at: number): boolean => tokens[at]?.text === 'v' && tokens[at + 1]?.text === '.';
  if (isKnownClub(m.words.join(' '))) return false;
  return versus(m.last + 1) || (tokens[m.first - 1]?.text === '.' && versus(m.first - 2));
}

/**
 * "Black voters", "a White mob", "a Roman amphitheater": a race word or a people of history
 * alone describes people, unless it is the name of someone the text names in full and reads
 * as a subject there ("David Black ... Black said").
 */
function isPeopleWordAlone(
  tokens: readonly Token[],
  m: Mention,
  inLongerNames: ReadonlySet<string>,
): boolean {
  const word = m.words[0] ?? '';
  if (m.words.length !== 1 || !isPeopleWord(word)) return false;
  if (!inLongerNames.has(word)) return true;
  const next = tokens[m.last + 1];
  // ("300 Black residents": after a count the word ending in "s" is a plural, no verb.)
  const counted = /^\d/.test(tokens[m.first - 1]?.text ?? '');
  const verb =
    next?.word === true && (isVerbForm(next.text) || (/(?:ed|s)$/.test(next.text) && !counted));
  return next?.word === true && !next.cap && !verb;
}

/**
 * "the 1619 Project", "the 4th Circuit", "the 2020 Presidential primaries": one ordinary word
 * after a year or an ordinal is the clipped end of a numbered name.
 */
function isAfterYear(tokens: readonly Token[], m: Mention): boolean {
  const before = tokens[m.first - 1]?.text ?? '';
  const numbered = /^\d{4}$/.test(before) || isOrdinal(before);
  return (
    numbered && m.words.length === 1 && m.title === undefined && !isListedName(m.words[0] ?? '')
  );
}

/**
 * "the Orwellian office", "its Faustian bargain", "the Mauritian economy", "some Abrahamic
 * religions": an adjective made from a name, between a determiner and a noun, is no name. Not
 * a name we know used so ("the Pacific coast", "the Guardian newspaper", "the Celtic manager"),
 * nor one a longer name of the text holds ("the Assyrian kings" of the Assyrian Empire).
 */
function isNameAdjective(
  tokens: readonly Token[],
  m: Mention,
  inLongerNames: ReadonlySet<string>,
): boolean {
  const word = loneWord(m);
  if (m.title !== undefined || !/^\p{L}{3,}(?:ian|ean|ic|ern)$/u.test(word)) return false;
  const known = isKnownPlace(word) || isKnownOrganization(word) || isKnownClub(word);
  if (known || isListedName(word) || inLongerNames.has(word)) return false;
  const next = tokens[m.last + 1];
  const after = next?.word === true && !next.cap ? next.text.toLowerCase() : '';
  const noun = after !== '' && !isVerbForm(after) && !lexTags(after).some((t) => FUNCTION.has(t));
  return noun && DETERMINERS.has(tokens[m.first - 1]?.text ?? '');
}

const DETERMINERS = new Set('the a an its his her their our this that some'.split(' '));

/** Lexicon tags of words that are no noun ("from the Baltic to the Adriatic"). */
const FUNCTION = new Set(
  'Conjunction Preposition Determiner Pronoun Copula Modal Adverb Verb PastTense'.split(' '),
);

/** "900 B.C.", "the seventh century A.D.", "A.D. 1000": an era beside its year, no body. */
function isEra(tokens: readonly Token[], m: Mention): boolean {
  const before = tokens[m.first - 1]?.text ?? '';
  const dated = /^\d/.test(before) || /^centur(?:y|ies)$/.test(before);
  return ERAS.has(loneWord(m)) && (dated || /^\d/.test(tokens[m.last + 1]?.text ?? ''));
}

const ERAS = new Set(['bc', 'ad', 'bce', 'ce']);

/**
 * "an eighth defeat in 11 Tests", "three Grand Slams": a count before a capitalised plural of a
 * common word names things, no one. A plural of a name ("two Koreas", "both Clintons") and a
 * known body ("seven Marines") stay.
 */
function isCountedPlural(tokens: readonly Token[], m: Mention): boolean {
  const count = tokens[m.first - 1];
  const before = count?.text ?? '';
  // (Not the "4" of "Radio 4's Any Questions".)
  if (m.title !== undefined || count === undefined || count.possessive) return false;
  if (!(/^\d+$/.test(before) || COUNTS.has(before))) return false;
  const last = m.words.at(-1) ?? '';
  const singular = last.replace(/s$/, '');
  // (Not an acronym, "19 MLS teams", nor a body's head, "2 Wikid Records".)
  const lower = /\p{Ll}/u.test(tokens[m.last]?.text ?? '');
  if (!lower || singular === last || singular.endsWith('s')) return false;
  if (GROUP_WORDS.has(last) || NON_PERSON_HEADS.has(last) || ORG_SUFFIXES.has(last)) return false;
  return isCommonWord(singular) && !isListedName(singular) && !isListedName(m.words.join(' '));
}

const COUNTS = new Set([...COUNT_WORDS, 'both', 'several', 'many']);

/**
 * "Diversity, Equity and Inclusion (DEI)", "Environmental, Social and Governance (ESG)": a
 * list of capitalised words spelled out before its initials in brackets names one thing, and
 * none of its words is a name. Returns the indexes of those words.
 */
function spelledOutLists(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    const open = tokens[i - 1];
    if (open?.text !== '(' || tokens[i + 1]?.text !== ')' || !/^[A-Z]{3,}$/.test(t.text)) return;
    const words: number[] = [];
    for (let k = i - 2; k >= 0 && words.length < t.text.length; k--) {
      const w = tokens[k];
      if (w === undefined || (w.word && !w.cap && w.text !== 'and')) break;
      if (w.word && w.cap) words.unshift(k);
      else if (w.text !== ',' && w.text !== 'and') break;
    }
    const initials = words.map((k) => tokens[k]?.text[0] ?? '').join('');
    // (A comma makes it a list; one run of words is one name, typed by classify.ts.)
    const list = words.some((k, n) => n > 0 && tokens[k - 1]?.word !== true);
    if (list && initials === t.text) for (const k of words) out.add(k);
  });
  return out;
}

/**
 * "gross domestic product (GDP)", "cost-of-living adjustment, or COLA": initials the text
 * spells out in lower-case words stand for a thing, never a name, wherever the text uses
 * them. Returns their lookup keys ("gdp", "cola").
 */
function acronymsOfCommonWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    const letters = /^([A-Z]{2,6})s?$/.exec(t.text)?.[1];
    const before = tokens[i - 1]?.text;
    const brackets = before === '(' && tokens[i + 1]?.text === ')';
    const or = before === 'or' && tokens[i - 2]?.text === ',';
    if (letters === undefined || !(brackets || or)) return;
    const wanted = letters.toLowerCase();
    const words: string[] = [];
    for (let k = i - (brackets ? 2 : 3); k >= 0 && words.length < 2 * letters.length; k--) {
      const w = tokens[k];
      if (w === undefined || !w.word || w.cap) break;
      words.unshift(...w.text.split(/[-‐]/));
      // Every word's initial ("COLA": cost-of-living adjustment), or all but "of" and the like.
      const every = words.map((x) => x[0] ?? '').join('');
      if (every === wanted || initialsOf(words) === wanted) out.add(wanted);
    }
  });
  return out;
}

/** "10 p.m. ET", "at 7am PT": a time zone after a time is no name. */
function isTimeZone(text: string, m: Mention): boolean {
  if (!TIME_ZONES.has(m.text)) return false;
  return /(?:\d|(?<![a-z])[ap]\.?m\.?|noon|midnight)\s*$/i.test(
    text.slice(Math.max(0, m.start - 12), m.start),
  );
}

const TIME_ZONES = new Set(
  'ET PT CT MT EST EDT PST PDT CST CDT MST MDT GMT UTC BST CET'.split(' '),
);

/** "Plaintiffs' decedent", "this Defendant": court papers capitalise the parties' roles. */
const LEGAL_PARTIES = new Set(
  `plaintiff plaintiffs defendant defendants petitioner petitioners respondent respondents
  appellant appellants appellee appellees claimant claimants`.split(/\s+/),
);

/**
 * "the Delta variant", "the Omicron wave", "the Delta coronavirus variant": a virus variant is
 * no name, and nor is the letter alone in a text that names the variant ("cases caused by the
 * Delta"). Returns the letters the text names variants by ("delta").
 */
function variantLetters(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    const key = lookupKey(t.text);
    if (!GREEK_LETTERS.has(key)) return;
    // (A hyphen may join the variant word to the next: "Delta variant-fueled".)
    const word = (k: number): string => (tokens[k]?.text ?? '').toLowerCase().split('-')[0] ?? '';
    const virus = VIRUS_WORDS.has(word(i + 1)) ? 1 : 0;
    if (VARIANT_WORDS.has(word(i + 1 + virus))) out.add(key);
  });
  return out;
}

const VARIANT_WORDS = new Set(['variant', 'variants', 'wave', 'strain', 'surge']);
const VIRUS_WORDS = new Set(['coronavirus', 'covid', 'virus']);

/**
 * "Section 2", "Phase 3", "Title IX": a numbered part of a law or stage of a trial is no name
 * (a numbered club is one: "Arsenal 2 Derby 2").
 */
function isNumberedPart(tokens: readonly Token[], m: Mention): boolean {
  // (A Roman numeral may have joined the name, as it would "Henry VIII".)
  const [head, numeral] = m.words;
  if (m.words.length === 2 && NUMBERED_PARTS.has(head ?? '') && /^[ivx]+$/.test(numeral ?? ''))
    return true;
  if (m.words.length !== 1 || m.title !== undefined) return false;
  const next = tokens[m.last + 1];
  const numbered = next !== undefined && /^(?:\d+|[IVX]+)$/.test(next.text);
  const word = m.words[0] ?? '';
  return numbered && next.start === m.end + 1 && NUMBERED_PARTS.has(word);
}

/**
 * "Top of the Pops", "Star of David", "the Battle of the Sibuyan Sea", "the Book of Esther": an
 * ordinary word, capitalised, then "of" and a name make the title of a work, a symbol or an
 * event, not a name and another. Not a body's or a place's head ("Bank of America", "Gulf of
 * Mexico") nor a title ("Secretary of State"); a name known alone stays.
 */
function titlesWithOf(tokens: readonly Token[], mentions: readonly Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  mentions.forEach((a, i) => {
    const b = mentions[i + 1];
    const head = loneWord(a);
    if (b === undefined || head === '' || a.title !== undefined || !isCommonWord(head)) return;
    if (ORG_OF_HEADS.has(head) || PLACE_OF_HEADS.has(head) || TITLES.has(head)) return;
    const the = tokens[a.last + 2]?.text === 'the' ? 1 : 0;
    if (tokens[a.last + 1]?.text !== 'of' || b.first !== a.last + 2 + the) return;
    out.add(a);
    const key = b.words.join(' ');
    if (!isKnownPlace(key) && !isKnownOrganization(key) && !isKnownPerson(key)) out.add(b);
  });
  return out;
}

/**
 * "Shrek 2 to the main prizes", "Doom 3 would be chosen", "Metal Slug 3 is": a name and a
 * sequel's number in running text is a work or a product, no name of its own. Not a goal's
 * minute in a match report ("Rooney 9, Ronaldo 87"), nor a station's call sign ("KPRC 2") or
 * a body the text introduces ("US band Maroon 5").
 */
function isSequel(tokens: readonly Token[], m: Mention): boolean {
  const number = tokens[m.last + 1];
  const after = tokens[m.last + 2];
  if (number === undefined || !/^[2-9](?:['’]s)?$/.test(number.text)) return false;
  if (number.start !== m.end + 1 || isKnownOrganization(m.words.join(' '))) return false;
  if (/^[A-Z.]+$/.test(m.text) || isIntroducedBody(m, tokens)) return false;
  // (Not a table's row either, "NEW ENGLAND 9 4 0", nor scorers' minutes: "Hwang 7 and 15".)
  const minutes = after?.text === 'and' && /^\d/.test(tokens[m.last + 3]?.text ?? '');
  return number.text.length > 1 || (/^\p{Ll}/u.test(after?.text ?? '') && !minutes);
}

/**
 * "Commerce and Industry Minister Kamal Nath": the first portfolio of a joint title is part of
 * the title, no name.
 */
function isJointPortfolio(tokens: readonly Token[], m: Mention): boolean {
  if (m.words.length !== 1 || !PORTFOLIOS.has(m.words[0] ?? '')) return false;
  const second = tokens[m.last + 2];
  return (
    tokens[m.last + 1]?.text === 'and' &&
    second?.cap === true &&
    PORTFOLIOS.has(lookupKey(second.text)) &&
    isTitle(tokens[m.last + 3])
  );
}

const AWARD_HEADS = new Set(['award', 'awards', 'prize', 'prizes', 'trophy', 'medal']);
/** Lower-case words after an award's name: "a Golden Globe award", "five Oscar nominations". */
const AWARD_AFTER = new Set(['award', 'awards', 'nomination', 'nominations', 'ceremony']);

/**
 * "the Smarties Book Prizes", "a Golden Globe award": an award is no person, body or place;
 * once the text says a name is one, every mention of it goes ("won a Golden Globe").
 */
function awardNames(tokens: readonly Token[], mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.title !== undefined) continue;
    const after = tokens[m.last + 1];
    // (Not a body's or a place's awards: "the Forbes award", "the International Rugby Board
    // awards".)
    const key = m.words.join(' ');
    const body =
      isKnownOrganization(key) || isKnownPlace(key) || ORG_SUFFIXES.has(m.words.at(-1) ?? '');
    const named = after?.word === true && !after.cap && AWARD_AFTER.has(after.text) && !body;
    if (named || AWARD_HEADS.has(m.words.at(-1) ?? '')) out.add(key);
  }
  return out;
}

/**
 * "Capt. Stanford H. Shaw, III,", "Halloween II", "the starting XV", "part XVII": a Roman
 * numeral alone numbers something and names nothing (not in a headline in capitals: "XI").
 */
function isRomanNumeral(m: Mention): boolean {
  return !m.shouted && /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/.test(m.text);
}
