/**
 * Lone ordinary words that only their capital makes look like names. BBC copy leaves the
 * titles of songs, films and games unquoted ("Her hits include Dirrty and Beautiful", "EA's
 * Need for Speed"), and headings and slogans capitalise words too ("Breakfast", "Design",
 * "Change"). Such a word, read as a person only because a lone unknown word defaults to one,
 * or as a place only because "in" comes before it ("Tears In Heaven"), is no name, nor are
 * such words together ("Million Dollar Baby"); nor is a word that only opens bodies' names,
 * alone ("World No. 4").
 */
import type { EntityType } from '../model.js';
import type { Scores } from './classify.js';
import { isCommonWord, isListedName } from './lexicon.js';
import { BODY_OPENERS } from './word-lists.js';

/** What a lone word with no other evidence scores as a person, per mention. */
export const LONE_WORD_PRIOR = 0.3;

/** What a name after "in", "at", "from" and the like scores as a place, per mention. */
export const AFTER_PREPOSITION = 0.8;

/**
 * Names that are also ordinary words, and that the lexicon knows only as words: surnames
 * ("Brown said", "Breakfast with Frost") and given names ("For Max, the law ...").
 */
const WORD_NAMES = new Set(
  `brown young white black green hill wood king moody frost love rice price long hope cook
  coats baker hunter ward banks rose swift stone lane gray grey hall fields sharp strong gates
  bishop page major cash bond gold silver little power noble rich wise reed butcher potter
  singer chambers cross dean field french gill hardy keen low park pool short small snow stark
  steel max frank robin faith joy ray dawn iris ivy holly daisy sonny dick guy penny gene eddy
  al`.split(/\s+/),
);

/**
 * The names (lookup keys, one per mention) that are bare words: a word that only opens
 * bodies' names, alone; or, typed as a person or a place with nothing for it in `totals` but
 * the default and prepositions, either words that are all ordinary and none a name too
 * ("Million Dollar Baby", "Scissor Sisters": a title, a band, a slogan), or one word the
 * lexicon knows only as a common word, in no longer person's name of the text (then it is a
 * surname: "Ward" of "Burt Ward").
 */
export function bareWords(
  mentions: readonly { words: readonly string[] }[],
  keys: readonly string[],
  totals: ReadonlyMap<string, Scores>,
  types: ReadonlyMap<string, EntityType>,
): Set<string> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const bare = new Set<string>();
  const isPerson = (key: string): boolean => types.get(key) === 'person' && totals.has(key);
  /**
   * Whether `key` is typed a person or a place with nothing for it but `personPrior` a mention
   * and the place a preposition gives ("Tears In Heaven", "in Million Dollar Baby").
   */
  const onlyDefault = (key: string, count: number, personPrior: number): boolean => {
    const t = totals.get(key);
    const type = types.get(key);
    if (t === undefined || (type !== 'person' && type !== 'place')) return false;
    const onlyAfterIn = t.place <= AFTER_PREPOSITION * count + 1e-9;
    return t.person <= personPrior * count + 1e-9 && t.organization <= 0 && onlyAfterIn;
  };
  for (const [key, count] of counts) {
    if (!key.includes(' ') || !onlyDefault(key, count, 0)) continue;
    if (key.split(' ').every(isPlainWord)) bare.add(key);
  }
  // (A word of a longer person's name is a surname: "Ward" of "Burt Ward"; one of a body's
  // name is not: "Technology" of "Massachusetts Institute of Technology", nor one of a
  // title: "Film" of "Total Film".)
  const inLonger = new Set(
    keys.flatMap((k) => (k.includes(' ') && isPerson(k) && !bare.has(k) ? k.split(' ') : [])),
  );
  const titled = new Set(keys.filter((_, i) => mentions[i]?.words[0] === 'the'));
  for (const [key, count] of counts) {
    // "World No. 4", "the United States and the World": a word that only opens bodies' names
    // is none alone, unless written with a capital "The" ("correspondent for The World").
    if (BODY_OPENERS.has(key) && !titled.has(key)) bare.add(key);
    if (key.includes(' ') || inLonger.has(key) || WORD_NAMES.has(key) || !isCommonWord(key)) {
      continue;
    }
    if (onlyDefault(key, count, LONE_WORD_PRIOR)) bare.add(key);
  }
  return bare;
}

/** A word the lexicon knows only as an ordinary word, and no name that is one too. */
function isPlainWord(word: string): boolean {
  return isCommonWord(word) && !WORD_NAMES.has(word) && !isListedName(word);
}
