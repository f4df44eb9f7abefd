/**
 * Products and works the text introduces by their kind: "the anti-depressant Prozac", "drugs
 * such as Celebrex and Vioxx", "the film Sideways", "her album Nevermind". A drug, a film or a
 * song is none of person, organization or place, though its name reads as a person's; once the
 * text says what a name is, every mention of it goes (like storms).
 */
import { isKnownName, readsAsPerson } from './lexicon.js';
import { speaks } from './settled-types.js';
import type { Token } from './tokens.js';

/**
 * Lower-case nouns right before a product's or a work's name. Written for this project; not
 * words that are also adjectives ("a musical Beatles tribute", "a novel Google feature").
 */
const KIND_NOUNS = new Set(
  `drug drugs medicine medicines medication painkiller painkillers antidepressant
  antidepressants anti-depressant anti-depressants vaccine pill pills antibiotic antibiotics
  film films movie movies documentary documentaries sitcom sitcoms biopic thriller thrillers
  comedy comedies drama dramas blockbuster sequel remake series album albums
  song songs animation cartoon game games videogame codename codenamed code-named book books
  memoir biography autobiography`.split(/\s+/),
);

/** Words that may follow a kind noun ending an appositive: "Sideways, a comedy starring ...". */
const AFTER_KIND = new Set(
  `starring featuring about by from that which with in on for directed written released set
  based made`.split(/\s+/),
);

/** The parts of a mention this check reads. */
export interface MentionWords {
  words: readonly string[];
  title?: string;
  /** Indexes of its first and last tokens. */
  first: number;
  last: number;
}

/**
 * The names the text gives to products and works: a name right after a kind noun ("the drug
 * Tysabri", "the film Ray", "codenamed Longhorn"), or after "such as" or "like" following one
 * ("drugs such as Celebrex"), a name an appositive calls one ("Sideways, a wine-tasting
 * comedy starring ..."), and a name joined to any of these by "and" or "or" ("Paxil and
 * Wellbutrin").
 */
export function productNames(
  mentions: readonly MentionWords[],
  tokens: readonly Token[],
): Set<string> {
  const out = new Set<string>();
  let previous: MentionWords | undefined;
  for (const m of mentions) {
    const before = tokens[m.first - 1]?.text ?? '';
    const joined =
      previous !== undefined &&
      out.has(previous.words.join(' ')) &&
      previous.last + 2 === m.first &&
      (before === 'and' || before === 'or');
    const kind = afterKindNoun(tokens, m.first) || kindAppositive(tokens, m.last);
    if (m.title === undefined && (joined || kind)) {
      out.add(m.words.join(' '));
    }
    previous = m;
  }
  // "the film Steve Jobs" is named after the man, "the album Rihanna released" names the
  // singer and "the film Google made" the firm: a name that reads as a person's, that speaks
  // anywhere or that the lexicon knows as a name keeps its mentions.
  for (const m of mentions) {
    const name = m.words.join(' ');
    const person = m.title !== undefined || speaks(tokens, m.last) || readsAsPerson(m.words);
    if (out.has(name) && (person || isKnownName(name))) out.delete(name);
  }
  return out;
}

function afterKindNoun(tokens: readonly Token[], first: number): boolean {
  const noun = (k: number): boolean => {
    const t = tokens[k];
    return t !== undefined && t.word && !t.cap && KIND_NOUNS.has(t.text.toLowerCase());
  };
  if (noun(first - 1)) return true;
  // "her graphic novel Angel Catbird" ("a novel Google feature" is new, not a book).
  if (tokens[first - 1]?.text === 'novel' && tokens[first - 2]?.text === 'graphic') return true;
  // "the UK premiere of Polar Express"
  if (tokens[first - 1]?.text === 'of' && tokens[first - 2]?.text === 'premiere') return true;
  // "drugs such as Celebrex", "painkillers like Vioxx"
  const like = tokens[first - 1]?.text === 'like';
  const suchAs = tokens[first - 1]?.text === 'as' && tokens[first - 2]?.text === 'such';
  if (like) return noun(first - 2);
  if (suchAs) return noun(first - 3) || noun(first - 4) || noun(first - 5);
  return false;
}

/**
 * "Sideways, a wine-tasting comedy starring Paul Giamatti": an appositive whose noun phrase ends
 * with a kind noun (not "Smith, a comedy writer", whose kind noun is no head).
 */
function kindAppositive(tokens: readonly Token[], last: number): boolean {
  const det = tokens[last + 2]?.text.toLowerCase();
  if (tokens[last + 1]?.text !== ',' || !(det === 'a' || det === 'an' || det === 'the')) {
    return false;
  }
  for (let k = last + 3; k <= last + 5; k++) {
    const t = tokens[k];
    if (t === undefined || !t.word || t.cap) return false;
    if (!t.possessive && KIND_NOUNS.has(t.text.toLowerCase())) {
      const next = tokens[k + 1];
      return next === undefined || !next.word || AFTER_KIND.has(next.text);
    }
  }
  return false;
}
