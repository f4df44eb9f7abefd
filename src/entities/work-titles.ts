/**
 * Titles of films, books, songs and shows in quotes: "Montage of Heck", 'Descent into
 * Madness'. Their capitals are title case, not names, so a piece of one ("Heck") is no name.
 */
import type { Span } from '../model.js';

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
