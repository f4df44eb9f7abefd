/**
 * Titles before a name: "Attorney General Jeff Sessions", "Defense Secretary Robert Gates",
 * "Deputy U.S. Marshal Josie Wells". They are the person's role, never part of the name.
 */
import { isGivenName } from './lexicon.js';
import { lookupKey, type Token } from './tokens.js';
import { ORG_SUFFIXES, PORTFOLIOS, TITLE_PREFIXES, TITLES } from './word-lists.js';

/** A capitalised title word: "Senator", "Gov.", "Attorney-General". */
export function isTitle(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.cap &&
    lookupKey(t.text)
      .split('-')
      .every((w) => TITLES.has(w))
  );
}

/**
 * Where a title opens and closes in a run of capitalised words (`idx` holds token indices),
 * as positions in `idx`; undefined when the run holds none.
 */
export function findTitle(
  tokens: readonly Token[],
  idx: readonly number[],
): { start: number; end: number } | undefined {
  // A title word after a given name is a surname: "Stephen King", "Martin Luther King Jr.".
  // A portfolio before a title is part of it: "Defense Secretary Robert Gates"; so are a rank
  // and a level of office ("Major General ...", "State Trooper ..."), the country between
  // them too ("Assistant U.S. Attorney ...").
  // Prefixes may be chained: "Supervisory Special Agent Jason Pack".
  const portfolio = (n: number): boolean => {
    const key = lookupKey(tokens[idx[n] ?? -1]?.text ?? '');
    if (!PORTFOLIOS.has(key) && !TITLE_PREFIXES.has(key)) return false;
    const next = tokens[idx[n + 1] ?? -1];
    return (
      isTitle(next) ||
      (isNationalTag(next) && isTitle(tokens[idx[n + 2] ?? -1])) ||
      portfolio(n + 1)
    );
  };
  const start = idx.findIndex(
    (k, n) =>
      (isTitle(tokens[k]) || portfolio(n)) &&
      !(n > 0 && isGivenName(lookupKey(tokens[idx[n - 1] ?? -1]?.text ?? ''))),
  );
  if (start < 0) return undefined;
  let end = start;
  while (end + 1 < idx.length && (isTitleOrOf(tokens, idx, end + 1) || portfolio(end + 1))) end++;
  return { start, end };
}

/** "Secretary of State", "Minister of Defence": "of X" stays in the title. */
function isTitleOrOf(tokens: readonly Token[], idx: readonly number[], pos: number): boolean {
  const t = tokens[idx[pos] ?? -1];
  if (isTitle(t)) return true;
  const prev = tokens[idx[pos - 1] ?? -1];
  if (t?.text === 'of') return true;
  // "Deputy U.S. Marshal Josie Wells": the country of a title is part of it.
  const next = tokens[idx[pos + 1] ?? -1];
  if (isNationalTag(t) && isTitle(next) && pos + 2 < idx.length) return true;
  // "Deputy Police Chief Keizo Okumoto": an organization word between title words.
  if (ORG_SUFFIXES.has(lookupKey(t?.text ?? '')) && isTitle(next) && pos + 2 < idx.length) {
    return true;
  }
  return prev?.text === 'of' && pos + 1 < idx.length;
}

/** "U.S.", "U.N.", "UK", "EU": the body a title belongs to, written between title words. */
function isNationalTag(t: Token | undefined): boolean {
  return t !== undefined && NATIONAL_TAGS.has(lookupKey(t.text));
}

const NATIONAL_TAGS = new Set(['us', 'un', 'uk', 'eu']);
