/**
 * Names an editor completed in brackets inside a quote: "Fela [Kuti]", "Xi [Jinping]",
 * "President [Vladimir] Putin", "Eddie (O'Sullivan)". The two parts are one name, spanning the
 * brackets, and written without them ("Fela Kuti"). Not a place after a place: "Sepang
 * [Malaysia]".
 */
import { isGivenName, isKnownName } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';

export function joinBracketedNames(
  mentions: readonly Mention[],
  tokens: readonly Token[],
): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    if (b !== undefined && b.first === a.last + 2 && joins(a, b, tokens)) {
      // The span takes in the brackets, so that a reader sees the whole name marked.
      const start =
        tokens[a.first - 1]?.text === '[' ? (tokens[a.first - 1]?.start ?? a.start) : a.start;
      const close = tokens[b.last + 1]?.text;
      const closed = close === ']' || (close === ')' && tokens[a.last + 1]?.text === '(');
      const end = closed ? (tokens[b.last + 1]?.end ?? b.end) : b.end;
      const words = [...a.words, ...b.words];
      out.push({ ...a, start, end, last: b.last, words, text: `${a.text} ${b.text}` });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** "Fela [Kuti]" (the surname added) or "[Vladimir] Putin" (the given name added). */
function joins(a: Mention, b: Mention, tokens: readonly Token[]): boolean {
  const between = tokens[a.last + 1]?.text;
  const known = isKnownName(a.words.join(' ')) || isKnownName(b.words.join(' '));
  if (known || a.shouted || b.shouted || b.title !== undefined) return false;
  // "Fela [Kuti]": a bracketed last word after the name (not initials: "Korean People's
  // Army [KPA]").
  const surname = b.words.length === 1 && !/^[A-Z]{2,}$/.test(b.text);
  if (between === '[' && surname && tokens[b.last + 1]?.text === ']') return true;
  // "Eddie (O'Sullivan) was very calm": in round brackets after a lone given name too (not
  // after a full name, where they give a team or a firm: "Ann Berg (Acme)").
  const given = a.words.length === 1 && isGivenName(a.words[0] ?? '');
  if (between === '(' && given && surname && tokens[b.last + 1]?.text === ')') return true;
  // "[Vladimir] Putin": a bracketed given name before the surname.
  const opened = tokens[a.first - 1]?.text === '[' && between === ']';
  return opened && a.words.length === 1 && isGivenName(a.words[0] ?? '');
}
