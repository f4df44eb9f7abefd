/**
 * Lone ordinary words that only their capital makes look like names. BBC copy leaves the
 * titles of songs, films and games unquoted ("Her hits include Dirrty and Beautiful", "EA's
 * Need for Speed"), and headings and slogans capitalise words too ("Breakfast", "Design",
 * "Change"). Such a word, read as a person only because a lone unknown word defaults to one,
 * is no name.
 */
import { isCommonWord } from './lexicon.js';

/** What a lone word with no other evidence scores as a person, per mention. */
export const LONE_WORD_PRIOR = 0.3;

/**
 * Names that are also ordinary words, and that the lexicon knows only as words: surnames
 * ("Brown said", "Breakfast with Frost") and given names ("For Max, the law ...").
 */
const WORD_NAMES = new Set(
  `brown young white black green hill wood king moody frost love rice price long hope cook
  coats baker hunter ward banks rose swift stone lane gray grey hall fields sharp strong gates
  bishop page major cash bond gold silver little power noble rich wise reed butcher potter
  singer chambers cross dean field french gill hardy keen low park pool short small snow stark
  steel max frank robin faith joy ray dawn iris ivy holly daisy sonny`.split(/\s+/),
);

export interface Evidence {
  person: number;
  organization: number;
  place: number;
}

/**
 * Whether the name `key` (lookup form), written `count` times and scored `evidence` in all, is
 * a bare ordinary word: one word the lexicon knows only as a common word, in no longer name of
 * the text (then it is a surname: "Ward" of "Burt Ward"), with nothing for it but the default.
 */
export function isBareWord(
  key: string,
  evidence: Evidence,
  count: number,
  inLongerNames: ReadonlySet<string>,
): boolean {
  if (key.includes(' ') || inLongerNames.has(key) || WORD_NAMES.has(key)) return false;
  if (!isCommonWord(key)) return false;
  const onlyDefault = evidence.person <= LONE_WORD_PRIOR * count + 1e-9;
  return onlyDefault && evidence.organization <= 0 && evidence.place <= 0;
}
