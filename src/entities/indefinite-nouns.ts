/**
 * Capitalised words the text uses as common nouns with "a" or "an": "an SUV that ...",
 * "a GIF.". A name takes an indefinite article only to modify a noun after it ("a
 * CNN reporter", "an FBI agent"), so a word that ends such a phrase is a thing, not a name.
 */
import { canonicalOf } from './canonical.js';
import { isGivenName, isKnownOrganization, isKnownPerson, isKnownPlace } from './lexicon.js';
import { lookupKey, type Token } from './tokens.js';

const ARTICLES = new Set(['a', 'an']);
/** Lower-case words that can follow a noun phrase but never continue it. */
const PHRASE_ENDS = new Set(
  `that which who whose and or but with in on at to from for into as by of was is were had has
  when while after before near`.split(/\s+/),
);

/** Lookup keys of lone capitalised words used as common nouns in `tokens`. */
export function indefiniteNouns(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (!t.word || !t.cap || t.shouted || t.sentenceStart || t.possessive) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev?.word !== true || prev.cap || prev.line !== t.line) return;
    if (next?.word === true && (next.cap || !PHRASE_ENDS.has(next.text))) return;
    // "a U.S.-Iran deal", "a Google/Apple phone": a joined word continues the phrase.
    if (
      t.hyphenBreak ||
      (next !== undefined && !next.word && next.start === t.end && /[-/&]/.test(next.text))
    ) {
      return;
    }
    // Only right after the article: "a frightened Batgirl" may still be a name.
    if (!ARTICLES.has(prev.text)) return;
    const key = lookupKey(t.text);
    // "a Kennedy", "an Iraq that ...": a known name stays one.
    if (isGivenName(key) || isKnownPerson(key) || isKnownPlace(key)) return;
    if (isKnownOrganization(key) || canonicalOf(key) !== undefined) return;
    out.add(key);
  });
  return out;
}
