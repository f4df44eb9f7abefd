/**
 * Which tokens are name words. Inside a sentence a capital says so; at a sentence start or in
 * a headline in capitals it says nothing, so the rest of the text and the lexicon decide.
 */
import { NON_NAME_SUFFIX } from './common-nouns.js';
import {
  isCommonWord,
  isGivenName,
  isKnownName,
  isKnownOrganization,
  isKnownPlace,
  isOnlyVerb,
  isProperInLexicon,
  isVerbForm,
  lexTags,
} from './lexicon.js';
import { isOrdinal } from './particles.js';
import { adjacent, KOREAN_GIVEN_NAME, lookupKey, tableLines, type Token } from './tokens.js';
import { opensTitleWord } from './titles.js';
import {
  HEADLINE_WORDS,
  NEVER_ALONE,
  ORG_SUFFIXES,
  ORG_NOUNS,
  SUBJECT_VERBS,
  TITLES,
  WEEKDAYS,
} from './word-lists.js';

export interface NameWords {
  /** One flag per token: may this token be part of a name? */
  isName: boolean[];
  /** Words the text also writes in lower case (so common words, not names). */
  lower: ReadonlySet<string>;
}

export function nameWords(text: string, tokens: Token[]): NameWords {
  const midCaps = new Set<string>();
  const tailCaps = new Set<string>();
  const aloneCaps = new Set<string>();
  const lower = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.word && t.cap && !t.sentenceStart && !t.shouted) {
      midCaps.add(t.text);
      const tail = !(nextIsCap(tokens, i) && adjacent(text, tokens, i, i + 1));
      const prev = tokens[i - 1];
      const afterName = prev?.word === true && prev.cap && adjacent(text, tokens, i - 1, i);
      if (tail) tailCaps.add(t.text);
      // (Nor alone when it opens a name with "of": "the Department of Defense".)
      const opensOf = tokens[i + 1]?.text === 'of' && nextIsCap(tokens, i + 1);
      if (tail && !afterName && !opensOf) aloneCaps.add(t.text);
    }
    if (t.word && !t.cap) lower.add(t.text);
  });
  const seen: Seen = { midCaps, tailCaps, aloneCaps, lower, tables: tableLines(tokens) };
  const isName = tokens.map((t, i) => isNameToken(tokens, i, seen));
  markKnownPhrases(text, tokens, isName);
  markNetworkNames(text, tokens, isName);
  markStationNumbers(text, tokens, isName);
  markOrdinals(text, tokens, isName);
  unmarkDayNames(text, tokens, isName);
  return { isName, lower };
}

/** "Peter A. Cahill": "A" (or "I") with its dot after a given name is an initial, no article. */
function isMiddleInitial(tokens: readonly Token[], i: number): boolean {
  const [prev, t, dot, next] = [tokens[i - 1], tokens[i], tokens[i + 1], tokens[i + 2]];
  if (t === undefined || prev === undefined || t.text.length !== 1 || t.sentenceStart) return false;
  const glued = dot?.text === '.' && dot.start === t.end;
  return glued && next?.cap === true && next.word && isGivenName(lookupKey(prev.text));
}

/** "Senate Majority Leader ...", "Defense Secretary ...": a title's first words. */
function opensTitle(tokens: readonly Token[], i: number): boolean {
  if (!opensTitleWord(tokens[i]?.text ?? '')) return false;
  for (const t of tokens.slice(i + 1, i + 3)) {
    if (!t.word || !t.cap) return false;
    if (TITLES.has(lookupKey(t.text))) return true;
    if (!opensTitleWord(t.text)) return false;
  }
  return false;
}

/**
 * Kinds of body whose word alone is no name, though it ends names ("High School", "Labour
 * Party"). Not those that name one body alone ("Senate", "Police", "City" in sport).
 */
const BODY_KINDS = new Set(
  `school college academy hospital university church party union committee council commission
  association company group team news network institute foundation society agency department
  ministry bureau`.split(/\s+/),
);

/** Last words that only a firm's name ends in. */
const FIRM_HEADS = new Set(
  `inc corp corporation ltd llc plc holdings industries airlines airways motors
  pharmaceuticals`.split(/\s+/),
);

/** What the whole text shows about its words. */
interface Seen {
  /** Capitalised words written inside sentences (so names the text uses). */
  midCaps: ReadonlySet<string>;
  /** Those of them written alone or last in a name ("Sessions" of "Jeff Sessions"). */
  tailCaps: ReadonlySet<string>;
  /** Those of them written alone ("Police said", not "Detroit Police"). */
  aloneCaps: ReadonlySet<string>;
  /** Words the text also writes in lower case (so common words, not names). */
  lower: ReadonlySet<string>;
  /** Lines that read as results tables. */
  tables: ReadonlySet<number>;
}

/** Words never names alone that may open one before a capitalised word. */
const OPEN_NAMES = new Set(['internet', 'web', 'english', 'tv', 'euro']);

/**
 * Given names the lexicon knows only as ordinary words ("the bill", "a nice guy"): at a
 * sentence start they open a name before a capitalised word.
 */
const WORD_GIVEN_NAMES = new Set(
  `bill dick guy gene penny eddy herb randy rod piers sandy jade ally paddy van rose bo`.split(' '),
);

function isNameToken(tokens: Token[], i: number, seen: Seen): boolean {
  const { midCaps, tables } = seen;
  const t = tokens[i];
  if (t === undefined || !t.word || !t.cap || /^\p{N}/u.test(t.text)) return false;
  const lower = t.text.toLowerCase();
  const key = lookupKey(t.text);
  if (t.shouted) {
    if (t.text.length < 2 || HEADLINE_WORDS.has(key) || NEVER_ALONE.has(key)) return false;
    // Capitals hide the case: trust a word the lexicon or the gazetteer knows as a name, one
    // the text also writes as a name, a line's first word (a dateline), or a name part
    // between such words.
    if (midCaps.has(titleCased(t.text)) || midCaps.has(t.text)) return true;
    if (seen.lower.has(lower)) return false;
    if (isProperInLexicon(lower) || isKnownPlace(lower) || isKnownOrganization(lower)) return true;
    const prev = tokens[i - 1];
    if (prev === undefined || prev.line !== t.line) return !isCommonWord(lower);
    // A results table in capitals lists names ("WERDER BREMEN 3 2 1").
    return tables.has(t.line) && !isCommonWord(lower) && t.text.length > 2;
  }
  if (isMiddleInitial(tokens, i)) return true;
  if (NEVER_ALONE.has(key)) {
    // "Internet Explorer", "English Channel", "TV Azteca", "Euro Disney": a few such words
    // open names ("Euro 2004" and "the Euro zone" are none).
    if (OPEN_NAMES.has(key)) return nextIsCap(tokens, i);
    // "actor Will Smith", "wanted Will Young to win": inside a sentence a capital makes "Will"
    // a given name, but not in a title-case run ("Love Will Tear Us Apart", "Obama Will
    // Visit China") or before a verb.
    if (key === 'will' && !t.sentenceStart && nextIsCap(tokens, i)) {
      const prev = tokens[i - 1];
      const inTitleCase = prev?.word === true && prev.cap;
      return !inTitleCase && !isVerbForm(lookupKey(tokens[i + 1]?.text ?? ''));
    }
    return key === 'the' && !t.sentenceStart && nextIsCap(tokens, i);
  }
  if (!t.sentenceStart) return true;
  // "WADA said": capitals say something at a sentence start too, where they spell initials.
  // (Not a word in capitals, "UPDATE:", nor one of a run of them, "ROLL CALL".)
  const run = /^[A-Z]{2,}$/.test(tokens[i + 1]?.text ?? '');
  if (/^[A-Z]{3,6}$/.test(t.text) && !run && !isCommonWord(lower)) return true;
  // "Ban Ki-moon said": a word before a Korean given name is the family name (see tokens.ts).
  if (KOREAN_GIVEN_NAME.test(tokens[i + 1]?.text ?? '')) return true;
  // Sentence start: capitals say nothing, so lean on the rest of the text and the lexicon.
  // A word the text capitalises only inside longer names ("Police" of "Detroit Police
  // Department") says nothing about the same word alone: "Police said ...".
  // ("School officials said": a kind of body that ends "High School" is no name alone.)
  const body = BODY_KINDS.has(key);
  const tail = body ? seen.aloneCaps : seen.tailCaps;
  // (Though it opens a name with "of": "Ministry of Defence lawyers argued".)
  if (body && tokens[i + 1]?.text === 'of' && nextIsCap(tokens, i + 1)) return true;
  const named = tail.has(t.text) || nextIsCap(tokens, i) || isKnownName(key);
  if ((midCaps.has(t.text) && named) || TITLES.has(key) || opensTitle(tokens, i)) return true;
  // A noun opens a body's name, though the text writes it in lower case too ("Family Planning
  // Association chief ...", "Greater Manchester Police said").
  if (isNoun(lower) && opensBodyName(tokens, i)) return true;
  if (seen.lower.has(lower) && !isKnownPlace(lower)) return false;
  // A place or organization the gazetteer knows that is no common word ("Britain", "Fatah";
  // not "Split", "Who").
  const known = isKnownPlace(lower) || isKnownOrganization(lower);
  if (isProperInLexicon(lower) || (known && !isCommonWord(lower))) return true;
  const next = tokens[i + 1];
  // A results table starts each line with a name ("Smith 23", "Arsenal 2").
  if (tables.has(t.line) && !HEADLINE_WORDS.has(key) && next?.word === true) {
    if (/^\p{N}/u.test(next.text) || next.cap) return true;
  }
  if (isOnlyVerb(lower)) return next !== undefined && SUBJECT_VERBS.has(next.text);
  // "Christian Bale", "Bill Clinton": a given name that is also a common word, before a
  // capitalised word.
  const given = isGivenName(lower) || WORD_GIVEN_NAMES.has(lower);
  if (given && next?.word === true && next.cap) return true;
  // "Standard & Poor's", "Marks & Spencer": a firm's first name before "&".
  if (next?.text === '&' && tokens[i + 2]?.cap === true) return true;
  // "Southwest Airlines canceled flights": a common word opens a firm's name before its head.
  if (next?.cap === true && FIRM_HEADS.has(lookupKey(next.text))) return true;
  if (isCommonWord(lower)) return false;
  // "Retailer Morrisons said", "Carmaker Fiat agreed": a kind of body the lexicon lacks.
  if (NON_NAME_SUFFIX.test(lower) || ORG_NOUNS.has(lower)) return false;
  return next !== undefined && next.word && next.cap;
}

/** Tags of words that open no body's name at a sentence start ("Under", "The", "Past"). */
const NOT_NOUNS = new Set(
  `Preposition Adverb Adjective Determiner Conjunction Pronoun Date Value TextValue Cardinal
  Ordinal Infinitive PastTense PresentTense Gerund Modal Copula Verb`.split(/\s+/),
);

/** An ordinary word that is no preposition, article, adjective, verb or number. */
function isNoun(lower: string): boolean {
  return isCommonWord(lower) && !lexTags(lower).some((tag) => NOT_NOUNS.has(tag));
}

/** Whether two or three capitalised words after token `i` end in a body's head ("Council"). */
function opensBodyName(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) {
    const t = tokens[k];
    if (t === undefined || !t.word || !t.cap || t.sentenceStart) return false;
    if (ORG_SUFFIXES.has(lookupKey(t.text))) return k > i + 1;
  }
  return false;
}

/**
 * Capitalised words that open a known name are name words even where a lone word would not
 * be ("New York" at a sentence start, "SOUTH AFRICA" in a headline), and a shouted team
 * name keeps its suffix ("MANCHESTER UNITED").
 */
function markKnownPhrases(text: string, tokens: Token[], isName: boolean[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || isName[i] === true || !t.word || !t.cap) continue;
    let phrase = lookupKey(t.text);
    for (let k = i + 1; k <= i + 3 && adjacent(text, tokens, k - 1, k); k++) {
      phrase += ` ${lookupKey(tokens[k]?.text ?? '')}`;
      if (isKnownName(phrase)) {
        for (let j = i; j <= k; j++) isName[j] = true;
        break;
      }
    }
    const prev = tokens[i - 1];
    if (t.shouted && isName[i - 1] === true && prev?.line === t.line) {
      if (ORG_SUFFIXES.has(lookupKey(t.text))) isName[i] = true;
    }
  }
}

/**
 * "CNN Digital", "CNN Films": the network opens a longer name. Alone it stays out ("(CNN)"
 * opens most of its stories), and so does "CNN's" before a reporter's name.
 */
function markNetworkNames(text: string, tokens: Token[], isName: boolean[]): void {
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.text !== 'CNN' || t.possessive || next === undefined || isName[i + 1] !== true) return;
    if (text.slice(t.end, next.start) === ' ') isName[i] = true;
  });
}

/**
 * Words a number or a letter follows in a name: stations ("Channel 4", "BBC Radio 4", "Radio
 * 5 Live") and competitions ("Formula 1", "Ligue 1", "Serie A").
 */
const NUMBERED_STATIONS = new Set(['Channel', 'Radio', 'Formula', 'Ligue']);
const LETTERED = new Set(['Serie']);

/** Token `i` is the number of a channel or a competition: the "4" of "Channel 4". */
export function isStationNumber(text: string, tokens: readonly Token[], i: number): boolean {
  const [station, t] = [tokens[i - 1], tokens[i]];
  if (station === undefined || t === undefined) return false;
  const spaced = text.slice(station.end, t.start) === ' ';
  // ("Formula One", "Radio Four": the number may be spelled out.)
  const number = /^(?:\d{1,2}|One|Two|Three|Four|Five)$/.test(t.text);
  const numbered = NUMBERED_STATIONS.has(station.text) && number;
  // ("Number 10" and "Number 11" Downing Street, the prime minister's and the chancellor's.)
  const house = station.text === 'Number' && /^1[01]$/.test(t.text);
  return spaced && (numbered || house || (LETTERED.has(station.text) && /^[A-C]$/.test(t.text)));
}

/** The number of a station is part of its name: "Channel 4's Shameless", "Radio 4 said". */
function markStationNumbers(text: string, tokens: Token[], isName: boolean[]): void {
  tokens.forEach((_, i) => {
    if (isName[i - 1] === true && isStationNumber(text, tokens, i)) isName[i] = true;
  });
}

/**
 * "20th Century Fox", "the 82nd Airborne Division": an ordinal opens a name of two words or
 * more after it (one word after it is a clipped name, dropped: see non-names.ts), unless the
 * name is known without it ("the 76th United Nations General Assembly", its 76th session).
 */
function markOrdinals(text: string, tokens: Token[], isName: boolean[]): void {
  tokens.forEach((t, i) => {
    if (!isOrdinal(t.text) || isName[i - 1] === true) return;
    if (isName[i + 1] !== true || isName[i + 2] !== true) return;
    const one = lookupKey(tokens[i + 1]?.text ?? '');
    if (isKnownName(one) || isKnownName(`${one} ${lookupKey(tokens[i + 2]?.text ?? '')}`)) return;
    if (adjacent(text, tokens, i, i + 1) && adjacent(text, tokens, i + 1, i + 2)) isName[i] = true;
  });
}

/**
 * "Good Friday", "Black Friday", "Super Tuesday": a common word alone before a weekday names
 * the day, so "the Good Friday Agreement" leaves no "Good". (Not the last word of a longer
 * name: "the Supreme Court Monday ruled" is AP style for "on Monday".)
 */
function unmarkDayNames(text: string, tokens: Token[], isName: boolean[]): void {
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (isName[i] !== true || isName[i - 1] === true || next === undefined || !next.cap) return;
    if (!WEEKDAYS.has(lookupKey(next.text)) || text.slice(t.end, next.start) !== ' ') return;
    const key = lookupKey(t.text);
    if (isCommonWord(key) && !isKnownName(key)) isName[i] = false;
  });
}

function titleCased(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

function nextIsCap(tokens: Token[], i: number): boolean {
  const n = tokens[i + 1];
  return n !== undefined && n.word && n.cap;
}

/** Whether the word at `next` goes on with the name in `run`. */
export function joinsRun(
  tokens: readonly Token[],
  run: readonly number[],
  next: number,
  isName: readonly boolean[],
): boolean {
  // "the Roudebush VA Facebook page": a platform before what is on it ends the name.
  const platform = PLATFORMS.has(lookupKey(tokens[next]?.text ?? ''));
  if (platform && PLATFORM_THINGS.has(tokens[next + 1]?.text ?? '')) return false;
  return isName[next] === true || continuesName(tokens, run, next);
}

const PLATFORMS = new Set(['facebook', 'twitter', 'instagram', 'youtube', 'tiktok', 'snapchat']);
const PLATFORM_THINGS = new Set(
  'page pages account accounts post posts feed session group video videos live profile'.split(' '),
);

const MONTH_NAMES = new Set(['may', 'june', 'april', 'august']);

/** "Theresa May": a month name right after a given name continues the name. */
function continuesName(tokens: readonly Token[], run: readonly number[], next: number): boolean {
  const t = tokens[next];
  const prev = tokens[run[run.length - 1] ?? -1];
  if (t === undefined || prev === undefined || !t.cap) return false;
  return MONTH_NAMES.has(t.text.toLowerCase()) && isGivenName(prev.text.toLowerCase());
}
