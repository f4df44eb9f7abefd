/**
 * Candidate mentions: runs of name words (`name-words.ts`: capitalised words, with headline
 * capitals and sentence starts read through the lexicon), with "of", "&" and name particles
 * inside, and leading titles split off ("U.S. Attorney General Jeff Sessions" -> "U.S." +
 * title + "Jeff Sessions").
 */
import {
  isCountry,
  isGivenName,
  isKnownName,
  isKnownOrganization,
  isKnownPlace,
  isListedName,
  placeHeadWords,
} from './lexicon.js';
import { isNationality, isNationalityOrGroup, isRegionalAdjective } from './nationality.js';
import { isConditionWord } from './conditions.js';
import { flightStart } from './flights.js';
import { looksLikeOrg, officeWithoutHolder } from './offices.js';
import { possessiveOrgName } from './possessive-org.js';
import {
  continuesOrgWithAnd,
  continuesActWith,
  continuesOrgWithOn,
  knownNameWith,
  FOR_HEADS,
  ON_HEADS,
} from './conjoined-org.js';
import { dropNonNames } from './non-names.js';
import { quotedTitles } from './work-titles.js';
import { shipRun } from './ships.js';
import { isCommonAcronym } from './things.js';
import { shareListTitles } from './list-titles.js';
import { joinNicknames } from './nicknames.js';
import { isJoinedArticle, LEADING_PARTICLES, mayOpenName, NAME_PARTICLES } from './particles.js';
import { findTitle, isTitle, opensTitleWord, withoutTrailingJob } from './titles.js';
import { adjacent, lookupKey, tokenize, type Token } from './tokens.js';
import { isStationNumber, joinsRun, nameWords } from './name-words.js';
import {
  EVENT_WORDS,
  GROUP_WORDS,
  HEADLINE_WORDS,
  INNER_ONLY,
  LANDFORM_HEADS,
  NAME_SUFFIXES,
  NEVER_ALONE,
  ORG_OF_HEADS,
  ORG_SUFFIXES,
  PARTY_MEMBERS,
  PLACE_OF_HEADS,
  TITLES,
} from './word-lists.js';

export interface Mention {
  /** Offsets of the name itself in the text (no title, no possessive). */
  start: number;
  end: number;
  /**
   * The name as written; a given name that shares the surname after it carries that surname
   * ("Tammy" of "Tammy and Brandon Meyers" is "Tammy Meyers", see shared-surnames.ts), and a
   * name an editor completed in brackets is written without them ("Fela [Kuti]" is "Fela
   * Kuti", see bracketed-names.ts).
   */
  text: string;
  /** The words of the name (lookup form: lower case, no dots). */
  words: string[];
  /** Index of the first and last name token in the token list. */
  first: number;
  last: number;
  /** Title words written just before the name ("Attorney General"), if any. */
  title?: string;
  /** True when the name was written in a capitals-only line. */
  shouted: boolean;
}

export interface MentionScan {
  tokens: Token[];
  mentions: Mention[];
}

/** `titles`: the spans of quoted titles of works, when the caller has them already. */
export function findMentions(text: string, titles = quotedTitles(text)): MentionScan {
  const tokens = tokenize(text);
  const { isName, lower } = nameWords(text, tokens);
  const mentions: Mention[] = [];
  const ships: string[][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isName[i]) {
      i++;
      continue;
    }
    // "al Qaeda", "de Blasio", "von Trapp": a lower-case name particle right before the
    // name opens it (the particle alone is never a name, so it cannot start a run itself).
    const lead =
      LEADING_PARTICLES.has(tokens[i - 1]?.text ?? '') && adjacent(text, tokens, i - 1, i);
    const run = lead ? [i - 1, i] : [i];
    let j = i;
    for (;;) {
      const cur = tokens[j];
      const owned = possessiveOrgName(text, tokens, j, isName);
      if (owned >= 0) {
        run.push(owned);
        j = owned;
        continue;
      }
      if (cur === undefined || cur.possessive || cur.hyphenBreak) break;
      const next = j + 1;
      if (adjacent(text, tokens, j, next) && joinsRun(tokens, run, next, isName)) {
        run.push(next);
        j = next;
        continue;
      }
      // "George W. Bush", "Gov. Scott Walker", "Martin Luther King Jr.": step over the dot of
      // an initial or an abbreviation.
      if (abbreviationDot(text, tokens, j) && isName[next + 1] === true) {
        run.push(next + 1);
        j = next + 1;
        continue;
      }
      const bridge = bridgeLength(text, tokens, run, next, isName);
      if (bridge > 0) {
        for (let k = next; k <= next + bridge; k++) run.push(k);
        j = next + bridge;
        continue;
      }
      break;
    }
    // "Valentine's Day", "New Year's Eve", "the Volvo Women's Open": a holiday or a
    // competition, no person. The owner of any other event stays: "Gordon Brown's Budget",
    // "Monaco's Grand Prix".
    const owner = lookupKey(tokens[j]?.text ?? '');
    const after = tokens[j + 1];
    const event = lookupKey(after?.text ?? '');
    const holiday =
      tokens[j]?.possessive === true &&
      after?.cap === true &&
      (HOLIDAY_ENDS.has(event) || (SEXES.has(owner) && EVENT_WORDS.has(event)));
    const ship = shipRun(tokens, run);
    if (ship !== undefined) {
      // Kept whole, titles and all ("HMS Queen Elizabeth"): see ships.ts.
      const at = mentions.length;
      pushMention(text, tokens, ship, mentions, undefined);
      for (const m of mentions.slice(at)) ships.push(m.words);
    } else if (holiday) {
      // The holiday's last word goes with it: "New Year's Eve" leaves no "Eve".
      if (HOLIDAY_ENDS.has(event)) j += 1;
    } else {
      for (const m of splitRun(text, tokens, run)) mentions.push(m);
    }
    i = j + 1;
  }
  const names = dropNonNames(text, tokens, mentions, lower, ships, titles);
  return { tokens, mentions: joinNicknames(text, tokens, shareListTitles(tokens, names)) };
}

const PLACE_ABBREVIATIONS = new Set(['st', 'mt', 'ft']);

/** A group or pool of a competition: "Group B", "Pool A". */
const COMPETITION_GROUP = /^(?:group|pool) [a-h]$/;

/** Last words of holidays named by a possessive: "Valentine's Day", "New Year's Eve". */
const HOLIDAY_ENDS = new Set(['day', 'eve']);

/** Owners of competitions named by a possessive: "the Women's Open". */
const SEXES = new Set(['women', 'men', 'ladies', 'girls', 'boys']);

/** Token `j` is an initial or an abbreviation, glued to a dot, and a word follows a space. */
function abbreviationDot(text: string, tokens: Token[], j: number): boolean {
  const cur = tokens[j];
  const dot = tokens[j + 1];
  const after = tokens[j + 2];
  if (cur === undefined || dot?.text !== '.' || after === undefined || cur.end !== dot.start) {
    return false;
  }
  if (!/^ $/.test(text.slice(dot.end, after.start))) return false;
  const key = lookupKey(cur.text);
  if (/^\p{Lu}$/u.test(cur.text)) return true;
  // A Roman numeral takes no dot of its own: "World War II. Smith came home" ends there.
  const suffix = NAME_SUFFIXES.has(key) && !/^[ivx]+$/.test(key);
  return cur.cap && (TITLES.has(key) || suffix || PLACE_ABBREVIATIONS.has(key));
}

/**
 * Lower-case joiners inside a name: "Department of Justice", "Ludwig van Beethoven", "Centers
 * for Disease Control", "Coalition for a Democratic Syria", "Food and Drug Administration".
 */
function bridgeLength(
  text: string,
  tokens: Token[],
  run: number[],
  next: number,
  isName: boolean[],
): number {
  const joiner = tokens[next];
  const last = tokens[run[run.length - 1] ?? -1];
  // "Marks & Spencer", "Tate & Lyle", "Standard & Poor's".
  if (joiner?.text === '&') return isName[next + 1] && adjacentLoose(text, tokens, next) ? 1 : 0;
  if (joiner === undefined || last === undefined || joiner.cap !== false) return 0;
  if (!adjacent(text, tokens, next - 1, next)) return 0;
  const word = joiner.text;
  const lastKey = lookupKey(last.text);
  // ("Joint Chiefs of Staff", "Association of Chiefs of Police"; not "Chiefs of the NFL".)
  const chiefs = lastKey === 'chiefs' && isName[next + 1] === true;
  const ofHead =
    ORG_OF_HEADS.has(lastKey) || PLACE_OF_HEADS.has(lastKey) || TITLES.has(lastKey) || chiefs;
  if ((word === 'of' && ofHead) || (word === 'for' && FOR_HEADS.has(lastKey))) {
    if (isJoinedArticle(word, tokens[next + 1]) && isName[next + 2]) return 2;
    return isName[next + 1] && adjacent(text, tokens, next, next + 1) ? 1 : 0;
  }
  if (NAME_PARTICLES.has(word) && isName[next + 1] && adjacent(text, tokens, next, next + 1)) {
    return 1;
  }
  if (word === 'and' || word === 'of' || word === 'in') {
    const known = knownNameWith(tokens, run, next, isName);
    if (known > 0) return known;
  }
  const lawJoiner = word === 'in' || word === 'of';
  if (word !== 'and' && !lawJoiner && !(word === 'on' && ON_HEADS.has(lastKey))) return 0;
  let end = next;
  while (isName[end + 1] && adjacent(text, tokens, end, end + 1)) end++;
  if (word === 'on') return continuesOrgWithOn(tokens, next, end) ? 1 : 0;
  if (lawJoiner) return continuesActWith(tokens, next, end) ? 1 : 0;
  return continuesOrgWithAnd(tokens, run, next, end) ? 1 : 0;
}

function adjacentLoose(text: string, tokens: Token[], amp: number): boolean {
  const a = tokens[amp - 1];
  const b = tokens[amp + 1];
  const x = tokens[amp];
  if (a === undefined || b === undefined || x === undefined) return false;
  return /^ ?$/.test(text.slice(a.end, x.start)) && /^ ?$/.test(text.slice(x.end, b.start));
}

/** An acronym ("ISIS"), not a Roman numeral ("USA III" is one name). */
const ACRONYM = /^(?![IVX]+$)[A-Z]{2,6}$/;

/** Splits titles off a run and drops what cannot be a name on its own. */
function splitRun(text: string, tokens: Token[], run: number[]): Mention[] {
  let idx = [...run];
  // A sentence-initial "The" is never part of the name.
  const head = tokens[idx[0] ?? -1];
  if (head !== undefined && head.text === 'The' && head.sentenceStart) idx = idx.slice(1);
  const out: Mention[] = [];
  const keys = idx.map((k) => lookupKey(tokens[k]?.text ?? ''));
  // "SNL ISIS skit", "UK EU talks": acronyms side by side are names side by side (not a
  // dateline in capitals: "NEW YORK —", "HONG KONG —").
  const acronyms = idx
    .map((k) => tokens[k])
    .every((t) => t?.shouted === false && ACRONYM.test(t.text));
  if (idx.length > 1 && acronyms && !isKnownName(keys.join(' '))) {
    return idx.flatMap((k) => splitRun(text, tokens, [k]));
  }
  // Split at a group word before a given name or a title: "Texas Republican Ted Cruz" ->
  // "Texas" + "Ted Cruz"; "Mississippi Democratic Rep. Bennie Thompson".
  const group = keys.findIndex((key, n) => n > 0 && GROUP_WORDS.has(key));
  const afterGroup = keys[group + 1] ?? '';
  // ("Democratic US Senator Sheldon Whitehouse": the nation's tag may come first.)
  const tagged = ['us', 'uk'].includes(afterGroup) ? 2 : 1;
  const titleAfterGroup = isTitle(tokens[idx[group + tagged] ?? -1]);
  if (group > 0 && group < idx.length - 1 && (isGivenName(afterGroup) || titleAfterGroup)) {
    return [
      ...splitRun(text, tokens, idx.slice(0, group)),
      ...splitRun(text, tokens, idx.slice(group + 1)),
    ];
  }
  // "a Texas Republican", "the California Democrat": a place and what its people are.
  if (group > 0 && group === idx.length - 1 && !PARTY_MEMBERS.has(keys[group] ?? '')) {
    const before = keys.slice(0, group).join(' ');
    if (isKnownPlace(before)) return splitRun(text, tokens, idx.slice(0, group));
  }
  // "the Trump White House", "the Obama White House": a president's name and the White House.
  if (keys.length === 3 && keys[1] === 'white' && keys[2] === 'house' && !isKnownName(keys[0]!)) {
    return [...splitRun(text, tokens, idx.slice(0, 1)), ...splitRun(text, tokens, idx.slice(1))];
  }
  // "group EADS Philippe Camus", "the Child Support Agency Doug Smith": a body's name and then
  // a person's, with no word between.
  const person = idx.findIndex(
    (k, n) => n > 0 && n < idx.length - 1 && givenAfterBody(tokens, idx, keys, n),
  );
  if (person > 0) {
    return [
      ...splitRun(text, tokens, idx.slice(0, person)),
      ...splitRun(text, tokens, idx.slice(person)),
    ];
  }
  // "the Pfizer COVID-19 vaccine", "a US Covid-19 vaccine", "the White House COVID-19
  // Response Coordinator": the disease last or before a title is no part of a name (it is of
  // "Ebola Treatment Centre").
  const disease = keys.findIndex((key) => isConditionWord(key));
  const rest = idx.slice(disease + 1);
  if (disease >= 0 && idx.length > 1 && (rest.length === 0 || findTitle(tokens, rest))) {
    // ("Additional COVID-19 shots": an unlisted first word of a sentence is an ordinary one.)
    const opener = tokens[idx[0] ?? -1];
    const ordinary =
      disease === 1 && opener?.sentenceStart === true && !isListedName(keys[0] ?? '');
    return [
      ...(ordinary ? [] : splitRun(text, tokens, idx.slice(0, disease))),
      ...splitRun(text, tokens, idx.slice(disease + 1)),
    ];
  }
  // The airline is a name, its flight none, alone ("MH370 vanished") or not (see flights.ts).
  const flight = flightStart(tokens, idx);
  if (flight >= 0) return flight > 0 ? splitRun(text, tokens, idx.slice(0, flight)) : out;
  const withoutJob = withoutTrailingJob(tokens, idx);
  if (withoutJob !== undefined) {
    return withoutJob.length > 0 ? splitRun(text, tokens, withoutJob) : out;
  }
  // "two Burger King Whoppers": a known name ending in a title word, then a name of its own.
  const known = idx.findIndex(
    (_, n) => n > 0 && isTitle(tokens[idx[n] ?? -1]) && isKnownName(keys.slice(0, n + 1).join(' ')),
  );
  if (known > 0 && known < idx.length - 1) {
    return [
      ...splitRun(text, tokens, idx.slice(0, known + 1)),
      ...splitRun(text, tokens, idx.slice(known + 1)),
    ];
  }
  const title = findTitle(tokens, idx);
  if (title !== undefined) {
    const { start: titleStart, end: titleEnd } = title;
    const rest = idx.slice(titleEnd + 1);
    // "Captain America", "Miss America": a title before a country's name names a character or
    // a pageant, not the country.
    const restKey = rest.length === 1 ? (keys.at(-1) ?? '') : '';
    const titled = idx.slice(titleStart, titleEnd + 1).map((k) => tokens[k]?.text);
    if (isCountry(restKey) && !isGivenName(restKey) && !titled.includes('of')) {
      pushMention(text, tokens, idx, out, undefined);
      return out;
    }
    const office = officeWithoutHolder(tokens, idx, title, rest);
    if (office !== undefined) {
      if (office.length > 0) pushMention(text, tokens, office, out, undefined);
      return out;
    }
    if (rest.length > 0 && !looksLikeOrg(tokens, rest)) {
      // ("Democratic US Senator ...": a party word opening it says what the holder is.)
      const party = GROUP_WORDS.has(keys[0] ?? '');
      const prefix = idx.slice(party ? 1 : 0, titleStart);
      if (prefix.length > 0) pushMention(text, tokens, prefix, out, undefined);
      const titleWords = idx.slice(titleStart, titleEnd + 1).map((k) => tokens[k]?.text ?? '');
      // "President of Russia": the place after "of" is not the title-holder's name.
      const dangling = titleWords[titleWords.length - 1] === 'of';
      pushMention(
        text,
        tokens,
        rest,
        out,
        dangling ? undefined : titleAsWritten(text, tokens, idx, titleStart, titleEnd),
      );
      return out;
    }
    // A title with no holder is no name: "Attorney General", "the House Minority Leader's
    // picks" (but "House of Representatives" is a body).
    const of = (k: number): boolean => tokens[k]?.text === 'of';
    const opener = (k: number): boolean => opensTitleWord(tokens[k]?.text ?? '');
    const titleOnly =
      idx.every((k) => isTitle(tokens[k]) || of(k)) ||
      (!idx.some(of) && idx.every((k) => isTitle(tokens[k]) || opener(k)));
    if (rest.length === 0 && titleOnly) return out;
  }
  pushMention(text, tokens, idx, out, undefined);
  return out;
}

/**
 * Whether the word at `n` is a given name right after a body's name (an acronym, an org head);
 * `keys` are the run's lookup keys.
 */
function givenAfterBody(
  tokens: readonly Token[],
  idx: readonly number[],
  keys: readonly string[],
  n: number,
): boolean {
  const body = tokens[idx[n - 1] ?? -1];
  if (body === undefined || !isGivenName(keys[n] ?? '')) return false;
  // (Not a title, "MEP Robert Kilroy-Silk", nor a firm we know, "JP Morgan Chase".)
  if (isTitle(body) || isKnownOrganization(`${keys[n - 1]} ${keys[n]}`)) return false;
  const acronym = /^[A-Z]{2,6}$/.test(body.text) && !body.shouted;
  return acronym || ORG_SUFFIXES.has(keys[n - 1] ?? '');
}

/** The title as the text writes it, an abbreviation's dot included ("Gov.", "Attorney-General"). */
function titleAsWritten(
  text: string,
  tokens: Token[],
  idx: number[],
  from: number,
  to: number,
): string {
  const first = tokens[idx[from] ?? -1];
  const last = tokens[idx[to] ?? -1];
  if (first === undefined || last === undefined) return '';
  const dot = text[last.end] === '.' && abbreviationDot(text, tokens, idx[to] ?? -1) ? '.' : '';
  return text.slice(first.start, last.end).replace(/\s+/g, ' ') + dot;
}

/** "Czech Republic", "Solomon Islands": a nationality word there is part of the name. */
function isPlaceHead(w: string): boolean {
  return placeHeadWords.has(w) || PLACE_OF_HEADS.has(w) || LANDFORM_HEADS.has(w);
}

/** Whether a token opens a quotation: "Sack ...". */
function opensQuote(text: string, t: Token | undefined): boolean {
  return t !== undefined && /["“‘']/.test(text[t.start - 1] ?? '');
}

function pushMention(
  text: string,
  tokens: Token[],
  idx: number[],
  out: Mention[],
  title: string | undefined,
): void {
  // Trim joiners and stray words at the edges, and a leading nationality ("Russian Irina
  // Shevchenko") unless it belongs to the name ("British Airways", "Russian Federation",
  // "British Empire").
  let a = 0;
  let b = idx.length - 1;
  while (a <= b && !tokens[idx[a] ?? -1]?.cap) {
    if (a < b && a === 0 && mayOpenName(tokens[idx[a] ?? -1]?.text ?? '')) break;
    a++;
  }
  const keys = idx.map((k) => lookupKey(tokens[k]?.text ?? ''));
  // "Lib Dem Norman Baker", "New Zealander Graham Henry": a two-word label before a given name.
  const label = `${keys[a] ?? ''} ${keys[a + 1] ?? ''}`;
  const twoWords = label === 'lib dem' || isNationality(label);
  if (a + 2 <= b && twoWords && isGivenName(keys[a + 2] ?? '')) a += 2;
  const knownPlace = isKnownPlace(keys.join(' '));
  while (
    a < b &&
    isNationalityOrGroup(
      keys[a] ?? '',
      keys[a + 1] ?? '',
      opensQuote(text, tokens[idx[a] ?? -1]),
    ) &&
    !looksLikeOrg(tokens, idx.slice(a + 1)) &&
    !keys.slice(a + 1).some(isPlaceHead) &&
    !knownPlace
  ) {
    a++;
  }
  // "a Mercedes-Benz SUV", "the BBC TV show": the kind of thing after a name is not part of it.
  const trailing = (k: number): boolean => {
    const t = tokens[idx[k] ?? -1];
    if (t === undefined || isStationNumber(text, tokens, idx[k] ?? -1)) return false;
    return !t.cap || (k > a && isCommonAcronym(keys[k] ?? ''));
  };
  while (b >= a && trailing(b)) b--;
  if (a > b) return;
  const first = idx[a] ?? 0;
  const last = idx[b] ?? 0;
  const ft = tokens[first];
  const lt = tokens[last];
  if (ft === undefined || lt === undefined) return;
  const words = keys.slice(a, b + 1);
  if (words.length === 1) {
    const w = words[0] ?? '';
    if (
      w.length < 2 ||
      NEVER_ALONE.has(w) ||
      // "Tuesday-Thursday", "April-July": a span of days or months.
      w.split('-').every((part) => NEVER_ALONE.has(part)) ||
      INNER_ONLY.has(w) ||
      GROUP_WORDS.has(w) ||
      (ft.shouted && HEADLINE_WORDS.has(w))
    )
      return;
    if (isNationality(w) || EVENT_WORDS.has(w)) return;
    if (title === undefined && w.split('-').every((p) => TITLES.has(p))) return;
    // "Tell Us more": the pronoun in title case, not the "US" of the United States.
    if (ft.text === 'Us') return;
  }
  // A competition or event ("European Indoor Championships") is none of ours, nor is an
  // adjective of region and nationality ("South African", "Middle Eastern").
  const end = words[words.length - 1] ?? '';
  // ("World War II": a numbered event keeps its head word before the numeral.)
  const numbered = NAME_SUFFIXES.has(end) && words.length > 2;
  const eventHead = numbered ? (words[words.length - 2] ?? '') : end;
  // "Operation Desert Storm" is an event too, and "Group B" a stage of one.
  if (words.length > 1 && (EVENT_WORDS.has(eventHead) || words[0] === 'operation')) return;
  // (The letter may have been trimmed as an article: "in Group A.")
  const stage = words.length === 1 ? [...words, lookupKey(tokens[last + 1]?.text ?? '')] : words;
  if (COMPETITION_GROUP.test(stage.join(' '))) return;
  if (words.length > 1 && isRegionalAdjective(words)) return;
  const mention: Mention = {
    start: ft.start,
    end: lt.end,
    // (Two spaces or a no-break space between words read as one space.)
    text: text.slice(ft.start, lt.end).replace(/\s+/g, ' '),
    words,
    first,
    last,
    shouted: ft.shouted,
  };
  if (title !== undefined) mention.title = title;
  out.push(mention);
}
