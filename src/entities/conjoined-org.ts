/**
 * Organization names with "and", "for", "on" or "in" inside: "Food and Drug Administration",
 * "Centers for Disease Control", "Council on Foreign Relations", "Truth in Lending Act".
 */
import {
  isDemonym,
  isGivenName,
  isKnownOrganization,
  isKnownPlace,
  isListedName,
  isProperInLexicon,
} from './lexicon.js';
import { isTitle } from './titles.js';
import { lookupKey, type Token } from './tokens.js';
import { CHAMBERS, ORG_OF_HEADS, ORG_SUFFIXES } from './word-lists.js';

/**
 * Heads that close an agency or company name joined by "and". Narrower than ORG_SUFFIXES on
 * purpose: "Congress", "Senate", "Union" or "Bank" after "and" is more often a second entity
 * ("Merkel and European Central Bank") than the end of one name.
 */
export const AND_HEADS = new Set([
  'act',
  'administration',
  'agency',
  'association',
  'authority',
  'board',
  'bureau',
  'commission',
  'committee',
  'company',
  'corporation',
  'council',
  'department',
  'enforcement',
  'foundation',
  'institute',
  'museum',
  'organization',
  'organisation',
  'protection',
  'report',
  'service',
  'services',
  'society',
  'survey',
]);

/** A chamber's committees: "House Oversight and Reform Committee". */
const COMMITTEES = new Set(['committee', 'subcommittee']);

/** Heads joined by "for" to what they are for: "Centers for Disease Control". */
export const FOR_HEADS = new Set([
  'center',
  'centers',
  'centre',
  'centres',
  'institute',
  'committee',
  'commission',
  'council',
  'office',
  'campaign',
  'coalition',
  'alliance',
  'foundation',
  'society',
  'observatory',
  'agency',
  'department',
  'fund',
  'association',
  'organization',
  'organisation',
  'network',
  'union',
  'league',
  'bank',
  'party',
  'movement',
  'action',
]);

/** Heads joined by "on" to their subject: "Council on Foreign Relations". */
export const ON_HEADS = new Set([
  'convention',
  'council',
  'committee',
  'subcommittee',
  'commission',
  'conference',
  'center',
  'centre',
  'institute',
  'panel',
]);

/** Last words that make "on ..." a place, where a committee sits: "on Capitol Hill". */
const PLACE_ENDS = new Set(
  'hill street avenue road square island park river valley city county state beach bay coast'.split(
    ' ',
  ),
);

/**
 * Whether the "on" at token `on`, after an ON_HEADS word, continues the name with the words up
 * to `rightEnd`: "Council on American-Islamic Relations", but not "Security Council on Syria",
 * whose "Syria" names something of its own, nor "Senate Committee on Capitol Hill".
 */
export function continuesOrgWithOn(
  tokens: readonly Token[],
  on: number,
  rightEnd: number,
): boolean {
  if (tokens[on]?.text !== 'on' || rightEnd <= on || rightEnd - on > 3) return false;
  const right = tokens.slice(on + 1, rightEnd + 1).map((t) => lookupKey(t.text));
  if (PLACE_ENDS.has(right[right.length - 1] ?? '')) return false;
  // "the Kennedy Space Center on STS-1": a numbered mission or flight is no subject.
  if (right.some((w) => /\d/.test(w))) return false;
  return !right.some(isNameOfItsOwn);
}

/** A word that names something on its own, so "X and ..." joins two entities. */
function isNameOfItsOwn(key: string): boolean {
  return isListedName(key) || isProperInLexicon(key) || isDemonym(key);
}

/**
 * Whether the "and" at token `and` continues the organization name in `run`:
 * - "Food and Drug Administration", "Securities and Exchange Commission": the words after it
 *   end with an agency head, and no word on either side names something of its own;
 * - "Department of Fish and Game", "Centers for Disease Control and Prevention": one or two
 *   words after "of" or "for" on the left, and on the right words that are not an
 *   organization by themselves ("Department of Justice and Congress" stays two).
 * `rightEnd` is the index of the last capitalised word adjacent after the "and".
 */
export function continuesOrgWithAnd(
  tokens: readonly Token[],
  run: readonly number[],
  and: number,
  rightEnd: number,
): boolean {
  if (endsOrgWithAnd(tokens, run, and, rightEnd)) return true;
  // "Food and Drug Administration Commissioner Janet Woodcock": the name ends before a title,
  // or a given name ("National Air and Space Museum Steven F. Udvar-Hazy Center").
  for (let k = and + 1; k < rightEnd; k++) {
    const next = tokens[k + 1];
    const before = isTitle(next) || isGivenName(lookupKey(next?.text ?? ''));
    if (before && endsOrgWithAnd(tokens, run, and, k)) return true;
  }
  return false;
}

/** Whether the words after the "and" at token `and`, up to `rightEnd`, end the name. */
function endsOrgWithAnd(
  tokens: readonly Token[],
  run: readonly number[],
  and: number,
  rightEnd: number,
): boolean {
  if (tokens[and]?.text !== 'and' || rightEnd <= and) return false;
  const keys = (from: number, to: number): string[] =>
    tokens.slice(from, to + 1).map((t) => lookupKey(t.text));
  const left = run.map((k) => tokens[k]).filter((t) => t !== undefined);
  const right = keys(and + 1, rightEnd);
  if (left.length === 0 || left.some((t) => t.text === 'and')) return false;
  // A known name that holds "and": "Marks and Spencer", "Victoria and Albert Museum".
  const whole = [...left.map((t) => lookupKey(t.text)), 'and', ...right].join(' ');
  if (isKnownOrganization(whole)) return true;
  const of = left.findIndex((t) => t.text === 'of' || t.text === 'for');
  if (of < 0) {
    const head = right[right.length - 1] ?? '';
    // "House Oversight and Reform Committee", "Commons Work and Pensions Committee": after a
    // chamber a committee's name goes on through "and", and the chamber is no name of its own.
    const chamber = CHAMBERS.has(lookupKey(left[0]?.text ?? ''));
    const headed = AND_HEADS.has(head) || (chamber && COMMITTEES.has(head));
    const own = left.map((t) => lookupKey(t.text)).slice(chamber ? 1 : 0);
    const words = [...own, ...right.slice(0, -1)];
    return right.length >= 2 && headed && !words.some(isNameOfItsOwn);
  }
  const orgHead = lookupKey(left[of - 1]?.text ?? '');
  if (!(ORG_OF_HEADS.has(orgHead) || FOR_HEADS.has(orgHead)) || left.length - of - 1 > 2) {
    return false;
  }
  if (right.length === 1 && ORG_SUFFIXES.has(right[0] ?? '')) return false;
  // A second "and" lists more names: "Homeland Security and Immigration and Customs ..."
  // (not "Health and Human Services and other agencies").
  if (tokens[rightEnd + 1]?.text === 'and' && tokens[rightEnd + 2]?.cap === true) return false;
  // ("Centers for Medicare and Medicaid Services": a head closes the name whatever the words
  // before it name, if it opens no "X of Y" body of its own: "the Department of Justice and
  // Homeland Security Department" are two.)
  const head = right.at(-1) ?? '';
  if (right.length >= 2 && ORG_OF_HEADS.has(head)) return false;
  // (Nor a body we know: "the Institute of Government Studies and Los Angeles Times".)
  if (right.length >= 2 && isKnownOrganization(right.join(' '))) return false;
  const headed = right.length >= 2 && AND_HEADS.has(head);
  return right.length <= 3 && (headed || !right.some(isNameOfItsOwn));
}

/** The heads of a law's name, which may hold "in": "Truth in Lending Act". */
const LAW_HEADS = new Set(['act', 'bill']);

/**
 * Whether the "in" or "of" at token `at` continues a law's name: "George Floyd Justice in
 * Policing Act", "Truth in Lending Act", "Freedom of Information Act". The words after it, up to
 * `rightEnd`, end with "Act" or "Bill" (not "Partners in Health", which this cannot tell from
 * "experts in Health Policy").
 */
export function continuesActWith(tokens: readonly Token[], at: number, rightEnd: number): boolean {
  const last = lookupKey(tokens[rightEnd]?.text ?? '');
  const joiner = tokens[at]?.text;
  return (joiner === 'in' || joiner === 'of') && rightEnd > at && LAW_HEADS.has(last);
}

/**
 * "Islamic State of Iraq and the Levant", "Church of Jesus Christ of Latter-day Saints",
 * "Partners in Health", "Trinidad and Tobago": a body or place the gazetteer knows goes on past
 * "and", "of" or "in" (and a "the" after it) however its words read alone. Returns the bridge
 * length, or 0.
 */
export function knownNameWith(
  tokens: readonly Token[],
  run: readonly number[],
  joiner: number,
  isName: readonly boolean[],
): number {
  const left = run.map((k) => lookupKey(tokens[k]?.text ?? '')).join(' ');
  const the = tokens[joiner + 1]?.text === 'the' ? 1 : 0;
  let phrase = `${left} ${tokens[joiner]?.text ?? ''}${the === 1 ? ' the' : ''}`;
  for (let k = joiner + 1 + the; k <= joiner + 3 + the && isName[k] === true; k++) {
    phrase += ` ${lookupKey(tokens[k]?.text ?? '')}`;
    // (Not the start of a longer name through "in": "Partners in Health Policy".)
    const longer = tokens[joiner]?.text === 'in' && isName[k + 1] === true;
    const known = isKnownOrganization(phrase) || isKnownPlace(phrase);
    if (known && !longer) return 1 + the;
  }
  return 0;
}
