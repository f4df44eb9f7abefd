/**
 * The words for a place's people or things ("Israeli", "Iraqis", "North Korean", "British")
 * refer to that place: an article about "Israeli elections" is about Israel. Entity linkers
 * link them so (AIDA's CoNLL annotations give "German" the entity Germany); here they join a
 * place the text names, as aliases, and count towards its salience. A party's members are its
 * demonyms the same way ("Republicans", "a Democratic senator"). They are not names, so they
 * are no mentions and never make a place or a party of their own.
 */
import { isNationality, isResidents, NATIONALITY_ENDINGS, peopleStems } from './nationality.js';
import type { Token } from './tokens.js';

/** Demonyms that no ending rule derives, with the names of their place (lookup form). */
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    american: ['united states', 'america', 'us', 'usa'],
    british: ['united kingdom', 'britain', 'uk', 'great britain'],
    briton: ['united kingdom', 'britain', 'uk', 'great britain'],
    english: ['england'],
    scottish: ['scotland'],
    scot: ['scotland'],
    scots: ['scotland'],
    welsh: ['wales'],
    irish: ['ireland'],
    french: ['france'],
    german: ['germany'],
    dutch: ['netherlands', 'holland'],
    belgian: ['belgium'],
    swiss: ['switzerland'],
    spanish: ['spain'],
    portuguese: ['portugal'],
    danish: ['denmark'],
    swedish: ['sweden'],
    norwegian: ['norway'],
    finnish: ['finland'],
    polish: ['poland'],
    czech: ['czech republic'],
    greek: ['greece'],
    turkish: ['turkey'],
    lebanese: ['lebanon'],
    afghan: ['afghanistan'],
    kyrgyz: ['kyrgyzstan', 'kyrgyz republic'],
    uzbek: ['uzbekistan'],
    kazakh: ['kazakhstan'],
    tajik: ['tajikistan'],
    turkmen: ['turkmenistan'],
    saudi: ['saudi arabia'],
    emirati: ['united arab emirates', 'uae'],
    thai: ['thailand'],
    filipino: ['philippines'],
    peruvian: ['peru'],
    argentine: ['argentina'],
    argentinian: ['argentina'],
    soviet: ['soviet union', 'ussr'],
    kurdish: ['kurdistan'],
    catalan: ['catalonia'],
    basque: ['basque country'],
    flemish: ['flanders'],
    persian: ['iran', 'persia'],
    arabian: ['arabia', 'arabian peninsula'],
    chechen: ['chechnya', 'chechen republic'],
    cypriot: ['cyprus'],
    azeri: ['azerbaijan'],
    laotian: ['laos'],
    salvadoran: ['el salvador'],
    mozambican: ['mozambique'],
    serb: ['serbia'],
    croat: ['croatia'],
    // A party's members and adjective are its own kind of demonym.
    republican: ['republican party'],
    democrat: ['democratic party'],
    democratic: ['democratic party'],
  }),
);

/** What a place's name may end in instead of a nationality ending ("Syrian" -> "Syria"). */
const PLACE_ENDINGS = ['', 'a', 'ia', 'e', 'o', 'y', 'as', 'on'];

/**
 * The place names (lookup form) a demonym may stand for, most likely first: "iraqi" ->
 * "iraq", "chinese" -> "china", "ugandans" -> "uganda". Only candidates: the caller keeps the
 * one the text names.
 */
export function placesOfDemonym(word: string): string[] {
  const lower = word.toLowerCase();
  const one = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  const irregular = IRREGULAR.get(lower) ?? IRREGULAR.get(one);
  if (irregular !== undefined) return [...irregular];
  // A word the lexicon knows for a people ("Kenyan", "Gazans"), not any word in "-an".
  if (!isNationality(lower) && !isResidents(lower)) return [];
  const out: string[] = [];
  for (const ending of NATIONALITY_ENDINGS) {
    if (!one.endsWith(ending)) continue;
    const stem = one.slice(0, -ending.length);
    if (stem.length < 3) continue;
    for (const end of PLACE_ENDINGS) out.push(stem + end);
  }
  return out;
}

/** One use of a demonym: the words as written and where. */
export interface DemonymUse {
  text: string;
  start: number;
  end: number;
  /** Written in a capitals-only line. */
  shouted: boolean;
}

/**
 * Demonyms in `tokens` that stand for a place or party in `places` (keyed by every lookup form
 * of its name), grouped by that place or party. A capitalised word inside a name (`inName`) is
 * part of that name ("Israeli Defense Forces"), and a word that is itself a place's name is no
 * demonym.
 */
export function findDemonyms<T>(
  tokens: readonly Token[],
  places: ReadonlyMap<string, T>,
  inName: (index: number) => boolean,
): Map<T, DemonymUse[]> {
  const found = new Map<T, DemonymUse[]>();
  tokens.forEach((t, i) => {
    if (!t.word || !t.cap || inName(i)) return;
    if (places.has(t.text.toLowerCase())) return;
    const before = tokens[i - 1];
    const candidates = placesOfDemonym(t.text);
    // "North Korean" is of North Korea, "New Yorkers" of New York: a capitalised word before
    // first tries the place it opens.
    const opened =
      before?.cap === true && before.word
        ? [...candidates, ...peopleStems(t.text)]
            .map((c) => `${before.text.toLowerCase()} ${c}`)
            .find((c) => places.has(c))
        : undefined;
    const key = opened ?? candidates.find((c) => places.has(c));
    const place = key === undefined ? undefined : places.get(key);
    if (place === undefined) return;
    const use: DemonymUse =
      opened !== undefined && before !== undefined
        ? { text: `${before.text} ${t.text}`, start: before.start, end: t.end, shouted: t.shouted }
        : { text: t.text, start: t.start, end: t.end, shouted: t.shouted };
    const uses = found.get(place) ?? [];
    uses.push(use);
    found.set(place, uses);
  });
  return found;
}
