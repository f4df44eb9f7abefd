/**
 * Titles of films, books, songs and shows: in quotes ("Montage of Heck", 'Descent into
 * Madness') or marked by a capitalised pronoun ("Do They Know It's Christmas?"). Their capitals
 * are title case, not names, so a piece of one ("Heck", "Know") is no name.
 */
import type { Span } from '../model.js';
import { isGivenName, isKnownPerson, isListedName, readsAsPerson } from './lexicon.js';
import type { Mention } from './mentions.js';
import { nounThenName, type Token } from './tokens.js';

const DOUBLE = /["“]([^"“”\n]{3,300})["”]/g;
// A single quote opens after a space or bracket and closes before a space or a mark, so an
// apostrophe ("don't", "Jones' car") does not open or close a title.
const SINGLE = /(?<=^|[\s(])['‘]([^'‘’\n]{3,80})['’](?=[\s.,;:!?)]|$)/g;
/** Small words a title leaves in lower case. */
const JOINERS = new Set(
  'of the a an in into and to for on at from with by or vs out up as'.split(' '),
);

/**
 * Words right before a quotation that make it a work's title, however long: 'the new book "On
 * Your Case: A Compassionate (and Only Slightly Bossy) Legal Guide ..."', 'sermons such as
 * "Have You Heard John Preach?"'.
 */
const TITLE_CUE =
  /\b(?:books?|novels?|memoirs?|films?|movies?|documentar(?:y|ies)|songs?|albums?|singles?|poems?|essays?|sermons?|hymns?|titled|entitled)(?:,? (?:such as|like))? $/;

/**
 * Spans of quoted phrases that read as titles: 2-8 words, all capitalised but joiners; up to 30
 * after a word that says a title follows.
 */
export function quotedTitles(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of [DOUBLE, SINGLE]) {
    for (const m of text.matchAll(re)) {
      const cued = TITLE_CUE.test(text.slice(Math.max(0, m.index - 40), m.index));
      // American style puts the comma or period after a title inside its quotes:
      // "I grew up watching "Leave It to Beaver."" A quote ending in "!", "?" or ";" is speech.
      // A possessive is no part of it: ""Top Gear's" episode".
      const inner = (m[1] ?? '').replace(/[.,]\s*$/, '').replace(/['’]s$/, '');
      if (!cued && /[!?;]\s*$/.test(inner)) continue;
      const words = inner
        .split(/[\s:]+/)
        .map((w) => w.replace(/^[([]+|[)\]?!]+$/g, ''))
        .filter((w) => w !== '');
      const titled = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || JOINERS.has(w));
      if (words.length < 2 || words.length > (cued ? 30 : 8) || !titled) continue;
      const start = m.index + m[0].indexOf(inner);
      spans.push({ start, end: start + inner.length });
    }
  }
  return spans;
}

/**
 * "The Six Million Dollar Man", "The Dark Knight Rises": a name that keeps a capitalised
 * "The" and that nothing marks as an organization or place but reads as a person is the title
 * of a work. (Sentence-initial "The" is already dropped; "The Rock", "The Edge" stay people.)
 */
export function isTitledWork(m: { text: string; words: readonly string[]; type: string }): boolean {
  return m.type === 'person' && m.words.length >= 3 && m.text.startsWith('The ');
}

/**
 * Names read as people that the text quotes whole as a title ("Race Together", "Forever
 * Young", "Allahu Akbar") but that hold no given name, end in no surname and are no known
 * person: the titles of works, slogans and campaigns, no one's name. (A quoted nickname with a
 * name in it stays: "Jihadi John"; so does a show, which its cues make an organization.)
 */
export function quotedTitleNames(
  titles: readonly Span[],
  mentions: readonly { start: number; end: number; words: readonly string[]; type: string }[],
): Set<string> {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || !titles.some((t) => t.start === m.start && t.end === m.end)) {
      continue;
    }
    if (!m.words.some(isGivenName) && !readsAsPerson(m.words)) names.add(m.words.join(' '));
  }
  return names;
}

/** Pronouns that only title case capitalises inside a sentence (not "US" or "Us Weekly"). */
const TITLE_PRONOUNS = new Set(
  "You Me We They Them It It's My Your Our Their He Him She".split(' '),
);

/**
 * "the song Do They Know It's Christmas?", "The She Hate Me director": a capitalised pronoun
 * inside a sentence says its run of capitalised words is an unquoted title, so a piece of it
 * is no name. The names written only in such titles, but for given and known names ("Have You
 * Met John Lennon"); a name also written outside one keeps all its mentions ("My Ask Jeeves"
 * and "Ask Jeeves").
 */
export function namesOnlyInUnquotedTitles(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Set<string> {
  const inTitles = new Set<string>();
  const outside = new Set<string>();
  for (const m of mentions) {
    (inPronounTitle(text, tokens, m) ? inTitles : outside).add(m.words.join(' '));
  }
  return new Set([...inTitles].filter((name) => !outside.has(name)));
}

function inPronounTitle(text: string, tokens: readonly Token[], m: Mention): boolean {
  if (m.shouted || isGivenName(m.words[0] ?? '') || isListedName(m.words.join(' '))) return false;
  const pronoun = (k: number): boolean => {
    const t = tokens[k];
    // (Not one opening a quotation: 'saying "My D&G shirts are going"'.)
    const opens = /^["“‘'(]$/.test(tokens[k - 1]?.text ?? '');
    return t !== undefined && !t.sentenceStart && !opens && TITLE_PRONOUNS.has(t.text);
  };
  const joined = (k: number): boolean => {
    const [a, b] = [tokens[k], tokens[k + 1]];
    return a !== undefined && b?.cap === true && b.word && text.slice(a.end, b.start) === ' ';
  };
  for (let k = m.first; k <= m.last; k++) if (pronoun(k)) return true;
  for (let k = m.first - 1; k >= 0 && joined(k); k--) if (pronoun(k)) return true;
  for (let k = m.last; joined(k); k++) if (pronoun(k + 1)) return true;
  return false;
}

/** Nouns for the people a film or a show is made by and with. */
const CAST_NOUNS = new Set(['star', 'actor', 'actress', 'creator', 'director']);

/**
 * "Scrubs star Zach Braff", "Harry Potter director Alfonso Cuaron", "Troy actress Diane
 * Kruger": a name read as a person's right before a cast noun and another person's name is the
 * title of the work they made ("Tsarnaev attorney Miriam Conrad" stays the client). Not a known
 * person, nor one the text gives a title.
 */
export function castWorkNames(
  tokens: readonly Token[],
  mentions: readonly (Mention & { type: string })[],
): Set<string> {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.title !== undefined || tokens[m.last]?.possessive) continue;
    const key = m.words.join(' ');
    if (nounThenName(tokens, m.last, CAST_NOUNS) && !isKnownPerson(key)) names.add(key);
  }
  return names;
}
