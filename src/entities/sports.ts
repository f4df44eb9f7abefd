/**
 * Sports reports: a text that uses several words of sport, and the fixture lines of a
 * schedule. In them a city names its club ("lost to Leeds"), so the types read differently.
 */
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';
import { SPORTS_WORDS } from './word-lists.js';

/**
 * Sports reports use these words often; three different ones make a text a sports report. So
 * does a team sheet: "Replacements: Kalman, Regan", "Palmer (capt)".
 */
export function isSportsText(tokens: readonly Token[], needed = 3): boolean {
  const seen = new Set<string>();
  for (const [k, t] of tokens.entries()) {
    if (isTeamSheetMark(tokens, k)) return true;
    const lower = t.text.toLowerCase();
    if (t.word && (!t.cap || t.shouted) && SPORTS_WORDS.has(lower)) seen.add(lower);
    if (seen.size >= needed) return true;
  }
  return false;
}

/** A line that is only "NAME AT NAME" (a schedule). */
export function fixtureLine(tokens: readonly Token[], m: Mention): boolean {
  const line = tokens[m.first]?.line;
  let at = 0;
  let words = 0;
  for (let k = m.first - 4; k <= m.last + 4; k++) {
    const t = tokens[k];
    if (t === undefined || t.line !== line || !t.word) continue;
    if (/^\p{N}/u.test(t.text)) return false;
    words++;
    if (t.text === 'AT') at++;
  }
  return at === 1 && words <= 7;
}

/** Words that head a team sheet's substitutes: "Replacements:", "Subs Not Used:". */
export const BENCH_HEADS: ReadonlySet<string> = new Set(['Replacements', 'Substitutes', 'Subs']);

function isTeamSheetMark(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const captain = t?.text === 'capt' && tokens[k - 1]?.text === '(' && tokens[k + 1]?.text === ')';
  const bench = BENCH_HEADS.has(t?.text ?? '') && /^(?::|Not)$/.test(tokens[k + 1]?.text ?? '');
  return captain || bench;
}
