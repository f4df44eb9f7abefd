/**
 * US states as AP style abbreviates them after a town: "Montoursville, Pa.", "Kiel, Wis.",
 * "Manchester, N.H.". Alone, "Pa" or "Miss" is no state; after a town and a comma, with its
 * dot, it is one, and it is the same place as "Pennsylvania" written out.
 */
import type { Token } from './tokens.js';

/** AP abbreviations (lookup form: lower case, no dots) and the states they stand for. */
const AP_STATES: ReadonlyMap<string, string> = new Map([
  ['ala', 'Alabama'],
  ['ariz', 'Arizona'],
  ['ark', 'Arkansas'],
  ['calif', 'California'],
  ['colo', 'Colorado'],
  ['conn', 'Connecticut'],
  ['del', 'Delaware'],
  ['fla', 'Florida'],
  ['ga', 'Georgia'],
  ['ill', 'Illinois'],
  ['ind', 'Indiana'],
  ['kan', 'Kansas'],
  ['ky', 'Kentucky'],
  ['la', 'Louisiana'],
  ['md', 'Maryland'],
  ['mass', 'Massachusetts'],
  ['mich', 'Michigan'],
  ['minn', 'Minnesota'],
  ['miss', 'Mississippi'],
  ['mo', 'Missouri'],
  ['mont', 'Montana'],
  ['neb', 'Nebraska'],
  ['nev', 'Nevada'],
  ['nh', 'New Hampshire'],
  ['nj', 'New Jersey'],
  ['nm', 'New Mexico'],
  ['ny', 'New York'],
  ['nc', 'North Carolina'],
  ['nd', 'North Dakota'],
  ['okla', 'Oklahoma'],
  ['ore', 'Oregon'],
  ['pa', 'Pennsylvania'],
  ['ri', 'Rhode Island'],
  ['sc', 'South Carolina'],
  ['sd', 'South Dakota'],
  ['tenn', 'Tennessee'],
  ['vt', 'Vermont'],
  ['va', 'Virginia'],
  ['wash', 'Washington'],
  ['wva', 'West Virginia'],
  ['wis', 'Wisconsin'],
  ['wyo', 'Wyoming'],
]);

const BY_NAME: ReadonlyMap<string, string> = new Map(
  [...AP_STATES.values()].map((name) => [name.toLowerCase(), name]),
);

/** The states AP style never abbreviates. */
const UNABBREVIATED = new Set('alaska hawaii idaho iowa maine ohio texas utah'.split(' '));

/** Whether a lookup key is a state's AP abbreviation ("nc" of "N.C.", "ind" of "Ind."). */
export function isStateAbbreviation(key: string): boolean {
  return AP_STATES.has(key);
}

/** Whether a lookup key is a state's name written out ("missouri", "new hampshire"). */
export function isStateName(key: string): boolean {
  return BY_NAME.has(key) || UNABBREVIATED.has(key);
}

/** A state's name as written out, from its lookup key ("new hampshire" -> "New Hampshire"). */
export function stateNamed(key: string): string | undefined {
  return BY_NAME.get(key);
}

/**
 * The state an abbreviated one-word mention stands for, when it follows a town and a comma and
 * keeps its dot ("Montoursville, Pa."), or is a postal code news writes alone ("NY"); else
 * undefined.
 */
export function abbreviatedState(
  tokens: readonly Token[],
  m: { first: number; last: number; words: readonly string[] },
): string | undefined {
  // ("NY AG Letitia James": in capitals, not the surname of Marianne Ny.)
  const postal = POSTAL_CODES.get(tokens[m.first]?.text ?? '');
  if (postal !== undefined && m.first === m.last) return postal;
  const state = m.words.length === 1 ? AP_STATES.get(m.words[0] ?? '') : undefined;
  if (state === undefined || m.first !== m.last) return undefined;
  const comma = tokens[m.first - 1];
  const town = tokens[m.first - 2];
  const dotted = tokens[m.last + 1]?.text === '.' || tokens[m.first]?.text.endsWith('.') === true;
  return comma?.text === ',' && town?.word === true && town.cap && dotted ? state : undefined;
}

/** Postal codes that news writes alone for their state and that spell no word. */
const POSTAL_CODES = new Map([
  ['NY', 'New York'],
  ['NJ', 'New Jersey'],
]);
