/**
 * Turns free user text into a safe FTS5 MATCH expression: only word tokens survive, each one
 * double-quoted, so quotes, operators (AND, NEAR, -, *, :) and column filters in the user's text
 * are plain words and can never break the query syntax.
 */

/** More terms than this add little to ranking and slow the query down. */
const maxTerms = 64;

export type MatchMode = 'any' | 'all';

export function ftsTerms(text: string): string[] {
  const tokens =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(tokens)].slice(0, maxTerms);
}

/** `any`: an article matching any term (ranked by BM25); `all`: every term must occur. */
export function ftsMatchExpression(text: string, mode: MatchMode = 'any'): string | undefined {
  const terms = ftsTerms(text);
  if (terms.length === 0) return undefined;
  return terms.map((term) => `"${term}"`).join(mode === 'any' ? ' OR ' : ' AND ');
}
