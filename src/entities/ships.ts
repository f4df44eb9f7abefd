/**
 * Ships: "USS Ronald Reagan", "HMS Queen Elizabeth", and later "the Reagan". We keep a ship's
 * name whole, prefix included, as one organization-typed entity: a story about a carrier is
 * about the carrier, so the highlight is worth showing, while split at its title or surname it
 * would make a person of "Reagan" or "Queen Elizabeth". (A ship is strictly a vehicle; of our
 * three types an organization is nearest: a crew under a command.)
 */
import { lookupKey, type Token } from './tokens.js';

/** Ship prefixes of navies and merchant fleets ("U.S.S." reads "uss"). Written for this project. */
const SHIP_PREFIXES = new Set(['uss', 'usns', 'hms', 'hmas', 'hmcs', 'hmnzs', 'rms', 'ins', 'mv']);

export function isShipPrefix(word: string): boolean {
  return SHIP_PREFIXES.has(word);
}

/** The run of name tokens without a leading "the", if it names a ship ("USS Ronald Reagan"). */
export function shipRun(tokens: readonly Token[], run: readonly number[]): number[] | undefined {
  const words = run.filter((k) => tokens[k]?.word === true && tokens[k]?.text !== 'the');
  const prefix = lookupKey(tokens[words[0] ?? -1]?.text ?? '');
  return SHIP_PREFIXES.has(prefix) && words.length > 1 ? words : undefined;
}

/** The parts of a mention this check reads. */
export interface ShipMention {
  words: string[];
  first: number;
  title?: string;
}

/**
 * "the Reagan", "the Ronald Reagan": the end of a ship's name after "the" is the ship (a
 * person's name takes no article), so it takes the ship's words and joins its entity.
 * "President Reagan" or a bare "Reagan" stays a person.
 */
export function asShipAlias<M extends ShipMention>(
  tokens: readonly Token[],
  m: M,
  ships: readonly (readonly string[])[],
): M {
  if (m.title !== undefined || tokens[m.first - 1]?.text.toLowerCase() !== 'the') return m;
  const phrase = m.words.join(' ');
  const ship = ships.find((s) => s.slice(-m.words.length).join(' ') === phrase);
  return ship === undefined || ship.length === m.words.length ? m : { ...m, words: [...ship] };
}
