/**
 * A family named in the plural after a person of the text: "the Clintons", "the Pettits",
 * "the Schwartzes". It is that person's surname, not a body of its own, so it joins the
 * person ("Levi Pettit") as "Pettit" would.
 */
import type { TypedMention } from './classify.js';
import type { Token } from './tokens.js';

export function familiesAsSurnames(
  mentions: readonly TypedMention[],
  tokens: readonly Token[],
): TypedMention[] {
  const surnames = new Set(
    mentions.flatMap((m) =>
      m.type === 'person' && m.words.length > 1 ? [m.key.split(' ').at(-1) ?? ''] : [],
    ),
  );
  return mentions.map((m) => {
    const word = m.words.length === 1 && m.title === undefined ? (m.words[0] ?? '') : '';
    // Right after "the" ("the ex-Smiths star" names a band).
    const the = tokens[m.first - 1];
    if (the?.text.toLowerCase() !== 'the' || the.end + 1 !== m.start || !word.endsWith('s')) {
      return m;
    }
    const stem = [word.slice(0, -1), word.endsWith('es') ? word.slice(0, -2) : ''].find((s) =>
      surnames.has(s),
    );
    return stem === undefined ? m : { ...m, words: [stem], key: stem, type: 'person' };
  });
}
