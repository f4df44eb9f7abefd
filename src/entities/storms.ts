/**
 * Named storms: "Hurricane Katrina", "Cyclone Pam", "Tropical Storm Bill", "Tropical Depression
 * Grace", then "Katrina"; and weather named in the text ("a heatwave nicknamed Lucifer"). A
 * storm is an event, none of person, organization or place (like the competitions mention
 * finding already drops), though its given name would read as a person.
 */
import type { Token } from './tokens.js';

/** Words that make the name after them a storm's. Written for this project. */
const STORM_WORDS = new Set([
  'hurricane',
  'typhoon',
  'cyclone',
  'storm',
  'superstorm',
  // ("Tropical Depression Grace"; "the Great Depression" ends with it, so names no storm.)
  'depression',
]);

/** Weather that news gives a name to, in lower case before the name. */
const WEATHER_WORDS = new Set([
  ...STORM_WORDS,
  'heatwave',
  'blizzard',
  'snowstorm',
  'windstorm',
  'storms',
  'wave',
]);
const NAMING_VERBS = new Set(['named', 'nicknamed', 'dubbed', 'called']);
/** Words that may stand between the weather and its naming: "heatwave, which forecasters named". */
const NAMING_JOINERS = new Set([
  ',',
  'which',
  'that',
  'forecasters',
  'meteorologists',
  'officials',
  'locals',
  'has',
  'have',
  'been',
  'was',
  'were',
]);

/** The parts of a mention this check reads. */
export interface MentionParts {
  words: readonly string[];
  title?: string;
  /** Index of its first token. */
  first: number;
}

/**
 * The storms' own names in the text ("katrina"), from mentions like "Hurricane Katrina" and
 * from names the text gives to weather ("a heatwave nicknamed Lucifer", "the heat wave, which
 * forecasters named Lucifer"; only namers and relative words may stand between, so "a storm
 * victim named Ana" keeps Ana).
 */
export function stormNames(
  mentions: readonly MentionParts[],
  tokens: readonly Token[],
): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const at = m.words.findIndex((w) => STORM_WORDS.has(w));
    if (at >= 0 && at < m.words.length - 1) out.add(m.words.slice(at + 1).join(' '));
    else if (namedWeather(tokens, m.first)) out.add(m.words.join(' '));
  }
  return out;
}

/** Whether the name at token `first` follows "<weather> [joiners] named|dubbed|...". */
function namedWeather(tokens: readonly Token[], first: number): boolean {
  const verb = tokens[first - 1];
  if (verb === undefined || !NAMING_VERBS.has(verb.text)) return false;
  for (let k = first - 2; k >= Math.max(0, first - 6); k -= 1) {
    const word = tokens[k]?.text.toLowerCase() ?? '';
    if (WEATHER_WORDS.has(word)) return true;
    if (!NAMING_JOINERS.has(word)) return false;
  }
  return false;
}

/** A storm's full name, or its own name alone once the text has named the storm. */
export function isStorm(m: MentionParts, storms: ReadonlySet<string>): boolean {
  const at = m.words.findIndex((w) => STORM_WORDS.has(w));
  if (at >= 0 && at < m.words.length - 1) return true;
  return m.title === undefined && storms.has(m.words.join(' '));
}
