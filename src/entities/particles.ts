/**
 * Name particles: the lower-case words that belong to a name ("Ludwig van Beethoven", "Bashar
 * al-Assad", "de Blasio"). Four lists, deliberately different, because each place a particle
 * stands risks a different mistake: between two name words almost any particle is safe; before
 * a name only those that are rarely ordinary English words; joined by a hyphen only those
 * written that way.
 */

import type { Token } from './tokens.js';

/**
 * Lower-case words that may sit between the capitalised words of a name ("Ludwig van
 * Beethoven", "Jose dos Santos", "Rio Grande do Sul"). The widest list: between two name words
 * even "la", "y" or "do" can only be part of the name.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  `van von der den de da do del della di du des la le bin ibn al el dos das ter ten zu y und
  am`.split(/\s+/),
);

/**
 * Particles that may open a name, written apart ("al Qaeda", "de Blasio", "von Trapp").
 * Narrower than `NAME_PARTICLES`: before a capitalised word, "van", "la", "y" and the like are
 * too often ordinary words of English text, so only these open a name.
 */
export const LEADING_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'de',
  'del',
  'della',
  'von',
  'da',
]);

/** "20th", "82nd": an ordinal, which may open a name ("20th Century Fox": see name-words.ts). */
export function isOrdinal(word: string): boolean {
  return /^\d+(?:st|nd|rd|th)$/.test(word);
}

/** A lower-case word that the name after it may keep: a leading particle or an ordinal. */
export function mayOpenName(word: string): boolean {
  return LEADING_PARTICLES.has(word) || isOrdinal(word);
}

/**
 * "Stoke-on-Trent", "Seyne-les-Alpes", "Frankfurt-am-Main": joiners of place names (not "in":
 * "Commander-in-Chief" is a title).
 */
export const PLACE_JOINERS: ReadonlySet<string> = new Set(
  'on upon under les lès sur sous en aux et am'.split(' '),
);

/**
 * Lower-case inner parts of a hyphenated name ("Abu al-Bakr", "Jean-de-Dieu", "Zia-ul-Haq"): a
 * capitalised word is not cut at the hyphen before one of these as it is before an ordinary
 * lower-case part ("Russia-related"). Its own list: the particles written joined by hyphens,
 * "ul" and "ud" among them, and the joiners of place names.
 */
export const NAME_INNER: ReadonlySet<string> = new Set([
  'al',
  'el',
  'de',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'ul',
  'ud',
  // "Zaki-ur-Rehman", "Hizb-ut-Tahrir", "Lashkar-e-Taiba": Urdu and Persian joiners.
  'ur',
  'ut',
  'e',
  'i',
  // "Mar-a-Lago".
  'a',
  ...PLACE_JOINERS,
]);

/**
 * An Arabic article or "son of" joined by a hyphen to a capitalised name ("al-Qaeda", "el-Sisi",
 * "bin-Talal"): the word counts as capitalised, so the name is not clipped. Only these four,
 * the particles written joined at the head of a name; the European ones are written apart.
 */
export const PARTICLE_HEAD = /^(?:al|el|bin|ibn)[-‐]\p{Lu}/u;

/**
 * An article after the joiner inside a name: "Department of the Interior", "Coalition for a
 * Democratic Syria" (not "of a": "the head of a Senate panel").
 */
export function isJoinedArticle(joiner: string, next: Token | undefined): boolean {
  return next?.text === 'the' || (next?.text === 'a' && joiner === 'for');
}
