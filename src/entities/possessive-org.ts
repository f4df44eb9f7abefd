/** Organization and place names that begin with a possessive word. */
import {
  isCommonWord,
  isGivenName,
  isKnownName,
  isKnownPlace,
  isProperInLexicon,
  orgHeadWords,
} from './lexicon.js';
import { lookupKey, type Token } from './tokens.js';
import { ORG_SUFFIXES, TITLES } from './word-lists.js';

/**
 * "Alzheimer's Association", "Children's Hospital", "People's Liberation Army", "White House
 * Correspondents' Association": a possessive word before a name that ends in an organization
 * head is the first word of that name, not a person or place of its own (a known person,
 * place or given name before one owns it: "Britain's Labour Party"). Returns the index of the
 * name's next word, or -1.
 */
export function possessiveOrgName(
  text: string,
  tokens: readonly Token[],
  j: number,
  isName: readonly boolean[],
): number {
  const cur = tokens[j];
  if (cur?.possessive !== true) return -1;
  // A plural's bare apostrophe is a token of its own: "Correspondents' Association".
  const bare = /^['’]$/.test(tokens[j + 1]?.text ?? '') && tokens[j + 1]?.start === cur.end;
  const at = bare ? j + 2 : j + 1;
  const next = tokens[at];
  if (next === undefined || isName[at] !== true) return -1;
  if (!(bare ? /^['’] $/ : /^['’]s $/).test(text.slice(cur.end, next.start))) return -1;
  // The head may end a longer name: "People's Liberation Army".
  let last = at;
  while (last < at + 2 && isName[last + 1] === true) {
    const gap = text.slice(tokens[last]?.end ?? 0, tokens[last + 1]?.start ?? 0);
    if (gap !== ' ') break;
    last += 1;
  }
  const owner = lookupKey(cur.text);
  // "Isaac Herzog ... Herzog's Zionist Union": the party of a person the text named in full.
  if (namedInFullBefore(tokens, j)) return -1;
  // "President Biden's ABC News interview": a titled person owns what follows (not "Lord
  // Chancellor's Department", "General Workers' Union").
  const titled = TITLES.has(lookupKey(tokens[j - 1]?.text ?? ''));
  if (titled && !TITLES.has(owner) && !isCommonWord(owner)) return -1;
  // "the Bank's Monetary Policy Committee": a body the text named before owns it.
  if (ORG_SUFFIXES.has(owner) && tokens[j - 1]?.text.toLowerCase() === 'the') return -1;
  // "Vietnam Women's Memorial", "Women's World Cup": a group of people owns no name of its
  // own, whatever the head.
  if (isOwningGroup(cur)) return at;
  // "Martha's Vineyard", "Earl's Court": places named so.
  const words = tokens.slice(at, last + 1).map((t) => lookupKey(t.text));
  if (!bare && POSSESSIVE_PLACES.has(`${owner}'s ${words.join(' ')}`)) return at;
  // "Donetsk People's Republic" names a state the same way. (The head may also come first,
  // before a title: "Correspondents' Association President Steve Portnoy".)
  // ("National People's Congress", "Workers' Party": an assembly of a people, not Silk's.)
  const assembly = (w: string): boolean => ASSEMBLY_HEADS.has(w) && ASSEMBLED.has(owner);
  const isHead = (w: string): boolean =>
    (ORG_SUFFIXES.has(w) && (orgHeadWords.has(w) || assembly(w))) || w === 'republic';
  const headFirst = isHead(words[0] ?? '') && TITLES.has(words[1] ?? '');
  if (!headFirst && !isHead(words.at(-1) ?? '')) return -1;
  // (A known name owns what follows: "the United Nations' Committee on ...".)
  const before = lookupKey(tokens[j - 1]?.text ?? '');
  if (bare && tokens[j - 1]?.cap === true && isKnownName(`${before} ${owner}`)) return -1;
  // (Nor do initials: "UNC's Hussman School of Journalism" is the university's school.)
  const initials = /^[A-Z]{2,6}$/.test(cur.text);
  const owns = isKnownPlace(owner) || isGivenName(owner) || isProperInLexicon(owner) || initials;
  return owns ? -1 : at;
}

/** "Women's", "Veterans'": a group of people in the possessive, inside a name it owns. */
export function isOwningGroup(t: Token): boolean {
  return t.possessive && OWNING_GROUPS.has(lookupKey(t.text));
}

/** Plural nouns for people that open or continue a name in the possessive. */
const OWNING_GROUPS = new Set([
  'women',
  'men',
  'children',
  'veterans',
  'girls',
  'boys',
  'mothers',
  'fathers',
]);

/** Heads of assemblies and parties the lexicon lacks: "National People's Congress". */
const ASSEMBLY_HEADS = new Set(['congress', 'assembly', 'party', 'front', 'movement']);
/** Those whose assembly or party it is. */
const ASSEMBLED = new Set(['people', 'peoples', 'workers', 'farmers', 'citizens']);

/**
 * Places whose name holds a possessive (written for this project); the gazetteer lists them
 * as their lookup keys ("martha vineyard").
 */
const POSSESSIVE_PLACES = new Set([
  "martha's vineyard",
  "earl's court",
  "john's wood",
  "peter's square",
  "paul's cathedral",
  "patrick's cathedral",
  "mark's square",
]);

/** Whether the text gave token `j`'s word before as the surname after a given name. */
function namedInFullBefore(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j]?.text;
  for (let k = 1; k < j; k++) {
    if (tokens[k]?.text === word && isGivenName(lookupKey(tokens[k - 1]?.text ?? ''))) return true;
  }
  return false;
}
