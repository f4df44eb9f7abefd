/**
 * Named storms: "Hurricane Katrina", "Cyclone Pam", "Tropical Storm Bill", then "Katrina".
 * A storm is an event, none of person, organization or place (like the competitions mention
 * finding already drops), though its given name would read as a person.
 */

/** Words that make the name after them a storm's. Written for this project. */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'superstorm']);

/** The parts of a mention this check reads. */
export interface WordsOnly {
  words: readonly string[];
  title?: string;
}

/** The storms' own names in the text ("katrina"), from mentions like "Hurricane Katrina". */
export function stormNames(mentions: readonly WordsOnly[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const at = m.words.findIndex((w) => STORM_WORDS.has(w));
    if (at >= 0 && at < m.words.length - 1) out.add(m.words.slice(at + 1).join(' '));
  }
  return out;
}

/** A storm's full name, or its own name alone once the text has named the storm. */
export function isStorm(m: WordsOnly, storms: ReadonlySet<string>): boolean {
  const at = m.words.findIndex((w) => STORM_WORDS.has(w));
  if (at >= 0 && at < m.words.length - 1) return true;
  return m.title === undefined && storms.has(m.words.join(' '));
}
