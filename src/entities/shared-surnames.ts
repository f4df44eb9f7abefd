/**
 * "Tammy and Brandon Meyers", "Joe and Anthony Russo": a given name joined by "and" to a full
 * name shares its surname. The given name's mention keeps its own offsets and carries the
 * surname in its words and text, so it names the person in full ("Tammy Meyers").
 */
import { isGivenName } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';

export function shareSurnames(mentions: readonly Mention[], tokens: readonly Token[]): Mention[] {
  // (Not a surname of someone named in full: "Trayvon Martin ... Martin and Michael Brown".)
  const surnames = new Set(mentions.flatMap((m) => (m.words.length > 1 ? [m.words.at(-1)] : [])));
  return mentions.map((m, i) => {
    const next = mentions[i + 1];
    const [given] = m.words;
    if (next === undefined || given === undefined || m.words.length !== 1) return m;
    if (m.title !== undefined || m.shouted || surnames.has(given) || !isGivenName(given)) return m;
    if (inList(tokens, m.first)) return m;
    const joined = tokens[m.last + 1]?.text === 'and' && next.first === m.last + 2;
    const full = next.words.length === 2 && isGivenName(next.words[0] ?? '');
    if (!joined || !full || next.title !== undefined) return m;
    const surname = next.text.slice(next.text.indexOf(' ') + 1);
    return { ...m, words: [given, ...next.words.slice(1)], text: `${m.text} ${surname}` };
  });
}

/** Family nouns before a couple or siblings: "his parents, Graham and Sherry Edwards". */
const FAMILY = new Set(
  'parents brothers sisters twins sons daughters children grandparents couple'.split(' '),
);

/**
 * Whether the given name at `first` ends a list of other people ("Paul Simon, Madonna and
 * David Bowie", "singers Madonna and Jennifer Lopez") or opens a title ("The Jesus and Mary
 * Chain"), so that the name after "and" is someone else's.
 */
function inList(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  const before = tokens[first - 2];
  if (prev === undefined) return false;
  if (prev.text === ',') return before?.cap === true;
  const word = prev.text.toLowerCase();
  return word === 'the' || (!prev.cap && word.endsWith('s') && !FAMILY.has(word));
}
