/**
 * A small tokenizer for entity spotting: words with exact UTF-16 offsets, sentence starts,
 * possessives split off ("Trump's" -> "Trump" + possessive; not "McDonald's"), two places
 * joined by a hyphen split ("Russia-Ukraine"), and all-caps lines flagged.
 */
import { NAME_INNER, PARTICLE_HEAD, PLACE_JOINERS } from './particles.js';
import { canonicalOf } from './canonical.js';
import { POSSESSIVE_FIRMS } from './gazetteer.js';
import { isKnownOrganization, isKnownPlace } from './lexicon.js';
import { GROUP_WORDS } from './word-lists.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (or is an all-caps acronym). */
  cap: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** First word of a sentence, paragraph or line. */
  sentenceStart: boolean;
  /** In a line written all in capitals (a headline). */
  shouted: boolean;
  /** Followed by a possessive ('s, ’s or a bare apostrophe). */
  possessive: boolean;
  /** Index of the line (paragraph) the token is on. */
  line: number;
  /** Joined to the next word by a hyphen that was split off ("Russia" in "Russia-related"). */
  hyphenBreak: boolean;
  /** The lower-case part split off after the hyphen ("related"), if any. */
  hyphenTail?: string;
}

// Dotted acronyms (U.S., U.N.), words with inner apostrophes/hyphens/dots, or one symbol.
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+|[-‐][\p{L}\p{M}\p{N}]+|&[\p{Lu}])*|\S/gu;
const ENDS_SENTENCE = new Set(['.', '!', '?', '…']);
const KEEPS_START = new Set([
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '(',
  ')',
  '[',
  ']',
  '«',
  '»',
  '-',
  '–',
  '—',
  '*',
  '•',
]);
// Abbreviations whose dot does not end a sentence.
const NO_END_ABBREV = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'prof',
  'rev',
  'jr',
  'sr',
  'no',
  'vs',
  'v',
  'inc',
  'corp',
  'co',
  'ltd',
  'mt',
  'ft',
  'jan',
  'feb',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'adm',
  'maj',
  'cpl',
  'supt',
  'dept',
]);

const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** The first character at or after `from` that is not white space ('' at the end). */
function nextVisible(text: string, from: number): string {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return text[i] ?? '';
}

const DASHES = new Set(['–', '—', '-']);

/**
 * Whether the tokens, up to the dash just pushed, are a dateline: a short run opening its line
 * with a place in capitals ("WASHINGTON –", "KYIV, Ukraine (AP) —", "LONDON (Reuters) -").
 */
function endsDateline(tokens: readonly Token[]): boolean {
  const dash = tokens.length - 1;
  const line = tokens[dash]?.line;
  let k = dash;
  while (k > 0 && tokens[k - 1]?.line === line && dash - k < 10) k--;
  const first = tokens[k];
  const opens = k === 0 || tokens[k - 1]?.line !== line;
  const capitals = first?.word === true && /^\p{Lu}{2,}$/u.test(first.text);
  return opens && capitals && first.sentenceStart && k < dash;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let atStart = true;
  let parenAtStart = false;
  for (const match of text.matchAll(TOKEN_RE)) {
    const start = match.index;
    let raw = match[0];
    const prev = tokens[tokens.length - 1];
    if (prev !== undefined && /[\n\r]/.test(text.slice(prev.end, start))) atStart = true;
    const isWord = LETTER.test(raw) || /^\p{N}/u.test(raw);
    if (!isWord) {
      if (ENDS_SENTENCE.has(raw) && prev !== undefined) {
        const lower = prev.text.toLowerCase();
        const initial = prev.word && prev.text.length === 1 && prev.cap;
        // "No. 10" goes on; "said no. The" ends.
        const abbrev =
          NO_END_ABBREV.has(lower) && (lower !== 'no' || /\d/.test(nextVisible(text, start + 1)));
        if (!(prev.end === start && (abbrev || initial))) atStart = true;
      }
      if (prev !== undefined && (raw === '’' || raw === "'") && prev.end === start && prev.word) {
        // "Sessions’ failure": a bare trailing apostrophe marks a plural possessive.
        const next = text[start + 1];
        if (next === undefined || !/[\p{L}\p{N}]/u.test(next)) prev.possessive = true;
      }
      tokens.push(punct(raw, start, atStart));
      // "(CNN)Another ...": a bracket opened at a sentence start gives the start back.
      if (raw === '(') parenAtStart = atStart;
      // "Jerusalem (CNN)Either ...": a bracket glued to the next word ends a dateline.
      if (raw === ')' && (parenAtStart || /\p{L}/u.test(text[start + 1] ?? ''))) atStart = true;
      if (raw === ')') parenAtStart = false;
      // Quotes, brackets and bullets keep a sentence start; other marks end it.
      if (!ENDS_SENTENCE.has(raw) && !KEEPS_START.has(raw)) atStart = false;
      // "WASHINGTON – The Biden administration": a dash after a dateline starts the story.
      if (DASHES.has(raw) && endsDateline(tokens)) atStart = true;
      // After a colon a new sentence may start: "Note: Is it ...".
      if (raw === ':') {
        if (/^[\p{Lu}"“‘']/u.test(nextVisible(text, start + 1))) atStart = true;
      }
      continue;
    }
    // "then-Archbishop", "now-Justice", "Ex-President": the prefix is no part of the name.
    let offset = start;
    // ("anti-Semitic", "pro-Russian", "mid-March" stay whole: adjectives, not names.)
    const prefixed = /^(?:[Tt]hen|[Nn]ow|[Ee]x|[Ff]ormer|[Ll]ate)[-‐](?=\p{Lu})/u.exec(raw);
    if (prefixed !== null) {
      offset += prefixed[0].length;
      raw = raw.slice(prefixed[0].length);
    }
    let possessive = false;
    const poss = /['’]s$/iu.exec(raw);
    if (poss !== null && raw.length > 2 && !isPossessiveFirm(raw, tokens.at(-1), text, start)) {
      raw = raw.slice(0, -2);
      possessive = true;
    }
    // "the Russia-Ukraine war", "the Israel-Hamas war": two names joined, each a name alone
    // (not inside a longer name: "University of Nebraska-Omaha", "US-China Economic ...").
    const hyphen = raw.includes('-') || raw.includes('‐');
    const pair = hyphen ? namePair(raw) : undefined;
    if (pair !== undefined && !insideName(text, prev, start, start + match[0].length)) {
      const [first, second] = pair;
      tokens.push(wordToken(first, offset, atStart, false));
      tokens.push(punct(raw[first.length] ?? '-', offset + first.length, false));
      tokens.push(wordToken(second, offset + first.length + 1, false, possessive));
      atStart = false;
      continue;
    }
    // "Russia-related", "U.S.-led": keep the capitalised part when the rest is lower case.
    let hyphenBreak = false;
    let hyphenTail: string | undefined;
    let compound = false;
    const parts = raw.split(/[-‐]/);
    if (parts.length > 1 && UPPER.test(raw)) {
      const firstLower = parts.findIndex((p) => !UPPER.test(p) && !/^\p{N}/u.test(p));
      // "Co-pilot", "Ex-wife" at a sentence start: a common word, no name cut from it.
      if (firstLower === 1 && WORD_PREFIXES.has((parts[0] ?? '').toLowerCase())) compound = true;
      else if (firstLower > 0 && !isInnerParticle(parts, firstLower)) {
        const gap = text.slice(tokens.at(-1)?.end ?? 0, start);
        const after = text.slice(start + match[0].length, start + match[0].length + 2);
        if (isKoreanGivenName(parts, tokens.at(-1), gap) || isDayName(parts, after)) {
          raw = parts.join('-');
        } else {
          raw = parts.slice(0, firstLower).join('-');
          hyphenBreak = true;
          hyphenTail = parts.slice(firstLower).join('-');
        }
      }
    }
    const token: Token = {
      text: raw,
      start: offset,
      end: offset + raw.length,
      // "al-Qaeda", "el-Sisi", "bin-Talal": an Arabic article joined to a capitalised name
      // belongs to it, so the word counts as capitalised and the name is not clipped.
      cap: !compound && (UPPER.test(raw) || PARTICLE_HEAD.test(raw)),
      word: true,
      sentenceStart: atStart,
      shouted: false,
      possessive,
      hyphenBreak,
      line: 0,
    };
    if (hyphenTail !== undefined) token.hyphenTail = hyphenTail;
    tokens.push(token);
    atStart = false;
  }
  markShoutedLines(text, tokens);
  return tokens;
}

/**
 * The two names of a hyphenated pair that are each a place or a body we know, one of them a
 * place, unless the whole is one name ("Guinea-Bissau"). Two bodies may name a partnership
 * ("Pfizer-BioNTech", "McLaren-Honda") and stay one.
 */
function namePair(raw: string): [string, string] | undefined {
  const parts = raw.split(/[-‐]/);
  if (parts.length !== 2 || !parts.every((p) => /^\p{Lu}/u.test(p))) return undefined;
  const place = (name: string): boolean => {
    const key = lookupKey(name);
    return isKnownPlace(key) || canonicalOf(key)?.type === 'place';
  };
  const known = (name: string): boolean =>
    place(name) ||
    isKnownOrganization(lookupKey(name)) ||
    canonicalOf(lookupKey(name)) !== undefined;
  const [first = '', second = ''] = parts;
  const pair = known(first) && known(second) && (place(first) || place(second));
  return pair && !known(raw) ? [first, second] : undefined;
}

/**
 * Whether the word from `start` to `end` sits inside a longer name: after "of" or a name
 * word ("University of Nebraska-Omaha"), or before a capitalised word ("US-China Economic").
 */
function insideName(text: string, prev: Token | undefined, start: number, end: number): boolean {
  if (prev?.text === 'of') return true;
  const afterName = isNameWordBefore(prev) && prev.end + 1 >= start;
  return afterName || /^\s+\p{Lu}/u.test(text.slice(end, end + 3));
}

function wordToken(
  text: string,
  start: number,
  sentenceStart: boolean,
  possessive: boolean,
): Token {
  return {
    text,
    start,
    end: start + text.length,
    cap: true,
    word: true,
    sentenceStart,
    shouted: false,
    possessive,
    hyphenBreak: false,
    line: 0,
  };
}

/**
 * "Latter-day Saints", "Seventh-day Adventists": "-day" inside a faith's name, before the
 * capitalised word it describes (not "Election-day voters").
 */
function isDayName(parts: readonly string[], after: string): boolean {
  return parts.length === 2 && parts[1] === 'day' && /^ \p{Lu}/u.test(after);
}

/** "Zia-ul-Haq", "Lashkar-e-Taiba": a name particle between two capitalised parts. */
function isInnerParticle(parts: readonly string[], at: number): boolean {
  const joiner = parts[at] ?? '';
  // ("Shiite-on-Sunni violence" pairs two groups; no place is named.)
  const groups = PLACE_JOINERS.has(joiner) && GROUP_WORDS.has((parts[0] ?? '').toLowerCase());
  return NAME_INNER.has(joiner) && UPPER.test(parts[at + 1] ?? '') && !groups;
}

const CONSONANT = '[b-df-hj-np-tv-z]';
/** A syllable after its first letter: more consonants, one or two vowels, "n" or "ng". */
const SYLLABLE_REST = `${CONSONANT}{0,2}[aeiou]{1,2}(?:ng|n)?`;

/**
 * A Korean or Chinese given name as one token: "Ki-moon", "Jong-un", "Kuo-cheng", "Chang-geun"
 * (see below). A syllable of five or six letters must read as one (consonants, one or two
 * vowels, "n" or "ng": "cheng", "Chang"; not "based", "Texas").
 */
export const KOREAN_GIVEN_NAME = new RegExp(
  String.raw`^\p{Lu}(?:\p{Ll}{1,3}|${SYLLABLE_REST})-(?:\p{Ll}{2,4}|${CONSONANT}${SYLLABLE_REST})$`,
  'u',
);

/**
 * "Ban Ki-moon", "Kim Jong-un", "Park Geun-hye": a Korean given name is two short syllables
 * joined by a hyphen, the second in lower case, right after the family name. Not "New
 * York-born" or "San Jose-based": those tails are English words of place and origin.
 */
function isKoreanGivenName(
  parts: readonly string[],
  previous: Token | undefined,
  gap: string,
): boolean {
  const [head = '', tail = '', ...more] = parts;
  return (
    more.length === 0 &&
    KOREAN_GIVEN_NAME.test(`${head}-${tail}`) &&
    !HYPHEN_TAILS.has(tail) &&
    previous?.word === true &&
    previous.cap &&
    gap === ' '
  );
}

/**
 * "McDonald's", "Moody's": a firm named with a possessive keeps it, unless a name comes right
 * before ("Bob McDonald's speech").
 */
function isPossessiveFirm(
  raw: string,
  previous: Token | undefined,
  text: string,
  start: number,
): boolean {
  if (!POSSESSIVE_FIRMS.has(lookupKey(raw))) return false;
  const afterName = isNameWordBefore(previous) && previous.end === start - 1;
  return !(afterName && text[start - 1] === ' ');
}

/**
 * After the token at `last`, a lower-case noun of `nouns` and then a capitalised word inside
 * the sentence, a name: "Perpignan centre Jean-Philippe ...", "Scrubs star Zach Braff".
 */
export function nounThenName(
  tokens: readonly Token[],
  last: number,
  nouns: ReadonlySet<string>,
): boolean {
  const [noun, name] = [tokens[last + 1], tokens[last + 2]];
  const named = name?.word === true && name.cap && !name.sentenceStart;
  return noun?.word === true && !noun.cap && nouns.has(noun.text) && named;
}

/** A capitalised word that may be part of a name before the next one (not "At", "The"). */
function isNameWordBefore(t: Token | undefined): t is Token {
  return t?.word === true && t.cap && !OPENING_WORDS.has(t.text.toLowerCase());
}

/** Capitalised words that open a sentence before a name, no part of it ("At McDonald's"). */
const OPENING_WORDS = new Set(['at', 'in', 'on', 'to', 'from', 'for', 'by', 'with', 'the', 'but']);

/** Short English words after a hyphen: "New York-bred", "Iowa-led", "Gaza-run". */
const HYPHEN_TAILS = new Set(
  `led run era born bred made like type free wide held old day set area only long size year
  week time zone side town city home`.split(/\s+/),
);

/** Prefixes that make a compound of a lower-case word: "Co-pilot", "Ex-wife", "Anti-war". */
const WORD_PREFIXES = new Set(
  'co ex anti pro non pre post self vice re multi semi sub super counter mid half well step great'.split(
    ' ',
  ),
);

function punct(text: string, start: number, sentenceStart: boolean): Token {
  return {
    text,
    start,
    end: start + text.length,
    cap: false,
    word: false,
    sentenceStart,
    shouted: false,
    possessive: false,
    hyphenBreak: false,
    line: 0,
  };
}

/** A line is shouted when most of its letter words have no lower-case letter. */
function markShoutedLines(text: string, tokens: Token[]): void {
  let lineStart = 0;
  let line = 0;
  while (lineStart < tokens.length) {
    let lineEnd = lineStart + 1;
    while (lineEnd < tokens.length) {
      const a = tokens[lineEnd - 1];
      const b = tokens[lineEnd];
      if (a === undefined || b === undefined || /[\n\r]/.test(text.slice(a.end, b.start))) break;
      lineEnd++;
    }
    let upper = 0;
    let letters = 0;
    for (let i = lineStart; i < lineEnd; i++) {
      const t = tokens[i];
      if (t !== undefined) t.line = line;
      if (t === undefined || !t.word || !LETTER.test(t.text)) continue;
      letters++;
      if (!HAS_LOWER.test(t.text)) upper++;
    }
    if (letters >= 2 && upper / letters > 0.6) {
      for (let i = lineStart; i < lineEnd; i++) {
        const t = tokens[i];
        if (t !== undefined) t.shouted = true;
      }
    }
    lineStart = lineEnd;
    line++;
  }
}

/** The word lower-cased with dots removed, for lexicon lookups ("U.S." -> "us"). */
export function lookupKey(word: string): string {
  return word.toLowerCase().replace(/\./g, '').replace(/’/g, "'");
}

/** Lines that read as results or standings tables: numbers, names, hardly any prose. */
export function tableLines(tokens: readonly Token[]): ReadonlySet<number> {
  // Mention finding and typing both ask; the answer depends on the token list alone.
  const cached = tableCache.get(tokens);
  if (cached !== undefined) return cached;
  const found = findTableLines(tokens);
  tableCache.set(tokens, found);
  return found;
}

const tableCache = new WeakMap<readonly Token[], ReadonlySet<number>>();

function findTableLines(tokens: readonly Token[]): ReadonlySet<number> {
  const numbers = new Map<number, number>();
  const lower = new Map<number, number>();
  tokens.forEach((t, k) => {
    if (!t.word) return;
    // (A team sheet's substitute and minute, "Stone (Cisse 76)", is no score: that line
    // lists players.)
    const minute = tokens[k - 2]?.text === '(' && tokens[k + 1]?.text === ')';
    if (/^\p{N}/u.test(t.text) && !minute) numbers.set(t.line, (numbers.get(t.line) ?? 0) + 1);
    else if (!t.cap) lower.set(t.line, (lower.get(t.line) ?? 0) + 1);
  });
  const out = new Set<number>();
  for (const [line, n] of numbers) if (n >= 2 && (lower.get(line) ?? 0) <= 1) out.add(line);
  return out;
}

/** Tokens `a` and `b` are words of one name's run: a space or two apart, in the same case. */
export function adjacent(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  const x = tokens[a];
  const y = tokens[b];
  if (x === undefined || y === undefined || !y.word || x.shouted !== y.shouted) return false;
  const gap = text.slice(x.end, y.start);
  return gap.length > 0 && gap.length <= 2 && /^[ \t\u00a0]+$/.test(gap);
}
