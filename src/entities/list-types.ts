/**
 * Names listed together are of one kind: "the Los Angeles Rams, Chargers and Dodgers",
 * "Italy, Croatia, Serbia and Romania". A listed name that nothing types, read as a person
 * only because that is the default, takes the type every other name of its list shares.
 */
import type { EntityType } from '../model.js';
import type { Scores } from './classify.js';
import { isCommonWord, isKnownOrganization, readsAsPerson } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { TextMentions } from './settled-types.js';
import type { Token } from './tokens.js';

/** The evidence below which a name's type is only the default. */
const WEAK = 1;

/** Each listed name its list retypes (a typeless one, a known firm), with the type it gives. */
export function listMates(
  { mentions, keys, tokens, totals }: TextMentions,
  types: ReadonlyMap<string, EntityType>,
): Map<string, EntityType> {
  const out = new Map<string, EntityType>();
  // A firm we know that reads as a person ("Walt Disney") follows a list of bodies too.
  const knownFirm = (key: string): boolean =>
    types.get(key) === 'person' && isKnownOrganization(key);
  const typeOf = (key: string): EntityType | undefined =>
    knownFirm(key) ? 'organization' : types.get(key);
  for (const list of lists(mentions, tokens)) {
    const members = list.map((i) => keys[i] ?? '');
    const typeless = members.filter((key) => isTypeless(key, totals.get(key)));
    const typed = members.filter((key) => !typeless.includes(key));
    const [type, ...others] = new Set(typed.map(typeOf));
    if (typed.length < 2 || others.length > 0 || type === undefined) continue;
    for (const key of [...typeless, ...typed]) out.set(key, type);
  }
  return out;
}

/**
 * Whether nothing types a name but the default: no evidence, no look of a person's name, and
 * no ordinary word, which the list must not make a name ("Echo", "Fall").
 */
function isTypeless(key: string, s: Scores | undefined): boolean {
  const words = key.split(' ');
  if (readsAsPerson(words) || (words.length === 1 && isCommonWord(key))) return false;
  return s === undefined || Math.max(s.person, s.organization, s.place) <= WEAK;
}

/** Runs of three names or more joined only by commas, "and" or "or" (mention indexes). */
function lists(mentions: readonly Mention[], tokens: readonly Token[]): number[][] {
  const out: number[][] = [];
  let run = [0];
  for (let i = 1; i <= mentions.length; i++) {
    const a = mentions[i - 1];
    const b = mentions[i];
    if (a !== undefined && b !== undefined && joined(tokens, a.last, b.first)) {
      run.push(i);
      continue;
    }
    if (run.length >= 3) out.push(run);
    run = [i];
  }
  return out;
}

function joined(tokens: readonly Token[], last: number, first: number): boolean {
  const between = tokens.slice(last + 1, first).map((t) => t.text);
  const gap = between.join(' ');
  return gap === ',' || gap === 'and' || gap === 'or' || gap === ', and' || gap === ', or';
}
