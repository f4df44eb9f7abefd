/**
 * A plural title before a list of names is each one's: "Reps. Jim Banks of Indiana and Jim
 * Jordan of Ohio", "Sens. Roy Blunt (Mo.), Richard Burr (N.C.) and Susan Collins".
 */
import type { Mention } from './mentions.js';
import { isPluralTitle } from './role.js';
import type { Token } from './tokens.js';

/** Words that join the names of a list, and "of" before a member's state. */
const JOINERS = new Set([',', 'and', 'of']);

export function shareListTitles(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const out = [...mentions];
  for (let i = 0; i < out.length; i++) {
    const title = out[i]?.title;
    if (title === undefined || !isPluralTitle(title)) continue;
    for (let j = i + 1; j < out.length && joined(tokens, out[j - 1]!, out[j]!); j++) {
      const member = out[j]!;
      // "of Indiana" tells where the member is from; the list goes on after it.
      if (tokens[member.first - 1]?.text === 'of') continue;
      if (member.title !== undefined) break;
      out[j] = { ...member, title };
    }
  }
  return out;
}

/** Whether only list joiners, and bracketed tags such as "(Mo.)", stand between two names. */
function joined(tokens: readonly Token[], a: Mention, b: Mention): boolean {
  let depth = 0;
  let between = 0;
  for (let k = a.last + 1; k < b.first; k++) {
    const text = tokens[k]?.text ?? '';
    between++;
    if (text === '(') depth++;
    else if (text === ')') depth--;
    else if (depth === 0 && !JOINERS.has(text)) return false;
  }
  return depth === 0 && between > 0 && between <= 8;
}
