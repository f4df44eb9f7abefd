/**
 * Roles the text gives a person: a title written before the name ("Attorney General Jeff
 * Sessions") or a lower-case role phrase with the organization or nationality just before it
 * ("White House press secretary Sean Spicer", "Russian ambassador Sergey Kislyak").
 */
import { isDemonym } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';
import { HONORIFICS, JOB_MODIFIERS, PORTFOLIOS, ROLE_NOUNS } from './word-lists.js';

/**
 * @param before the mention that ends closest before `m`, if any (an organization or place
 *   that may head the role phrase).
 */
export function roleOf(
  m: Mention,
  before: Mention | undefined,
  tokens: readonly Token[],
  text: string,
): string | undefined {
  const title = m.title === undefined ? undefined : withoutHonorific(m.title);
  if (title !== undefined && !HONORIFICS.has(title.toLowerCase().replace(/\./g, ''))) {
    return singular(title);
  }
  const roleEnd = tokens[m.first - 1];
  // The role ends in a role noun ("minister"); the words before it may describe it ("prime").
  if (roleEnd === undefined || !ROLE_NOUNS.has(roleEnd.text)) return undefined;
  let k = m.first - 1;
  let roleStart = -1;
  while (k >= 0 && isRoleNoun(tokens[k]) && joined(text, tokens[k], tokens[k + 1])) {
    roleStart = k;
    k--;
  }
  if (roleStart < 0) return undefined;
  const head = tokens[k];
  if (before !== undefined && before.last === k && joined(text, head, tokens[k + 1])) {
    roleStart = before.first;
  } else if (head !== undefined && head.cap && isDemonym(head.text.toLowerCase())) {
    if (joined(text, head, tokens[k + 1])) roleStart = k;
  }
  const start = tokens[roleStart];
  return start === undefined ? undefined : text.slice(start.start, roleEnd.end);
}

/** Each of "Reps. Jim Banks and Jim Jordan" is a Rep. */
const SINGULAR_TITLES = new Map([
  ['reps', 'Rep.'],
  ['sens', 'Sen.'],
  ['senators', 'Senator'],
  ['representatives', 'Representative'],
  ['justices', 'Justice'],
  ['judges', 'Judge'],
]);

/** "Reps.", "Senators": a title that several names after it share. */
export function isPluralTitle(title: string): boolean {
  return SINGULAR_TITLES.has(lastTitleWord(title));
}

function singular(title: string): string {
  const one = SINGULAR_TITLES.get(lastTitleWord(title));
  return one === undefined ? title : [...title.split(' ').slice(0, -1), one].join(' ');
}

function lastTitleWord(title: string): string {
  return (title.split(' ').at(-1) ?? '').toLowerCase().replace(/\./g, '');
}

/** "CDC Director Dr. Rochelle Walensky": the honorific after the office is no part of it. */
function withoutHonorific(title: string): string {
  const words = title.split(' ');
  const honorific = HONORIFICS.has(lastTitleWord(title));
  return words.length > 1 && honorific ? words.slice(0, -1).join(' ') : title;
}

/** A lower-case word of a role: "press secretary", "prime minister", "foreign minister". */
function isRoleNoun(t: Token | undefined): boolean {
  if (t === undefined || !t.word || t.cap) return false;
  const w = t.text;
  return ROLE_NOUNS.has(w) || RANKS.has(w) || JOB_MODIFIERS.has(w) || PORTFOLIOS.has(w);
}

/** Words of rank before a role: "prime minister", "vice president". */
const RANKS = new Set(['prime', 'vice']);

function joined(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && /^ $/.test(text.slice(a.end, b.start));
}
