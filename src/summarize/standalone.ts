/**
 * Why a sentence might not stand alone in a summary, read from its surface. Each flaw is a
 * reason to prefer a comparable sentence that has none; none of them forbids a sentence.
 */
export interface StandaloneFlaws {
  /** Opens with a connective that points back: "But", "However", "Meanwhile". */
  connective: boolean;
  /** Opens with a pronoun whose referent is in an earlier sentence: "He", "They", "This". */
  pronoun: boolean;
  /** Only attributes speech: "He said." / "she told CNN". */
  attribution: boolean;
  /**
   * Part of a longer quotation (unbalanced quotes, or no quote mark at all inside a quotation
   * an earlier sentence opened) or a bare quote with no speaker.
   */
  quoteFragment: boolean;
  question: boolean;
  /** Mostly a quotation: chat readers need the reporter's account, not the quote. */
  mostlyQuoted: boolean;
  /** A heading, caption, list item or link: no sentence-final punctuation, or " ." endings. */
  fragment: boolean;
  /** Starts in lower case or with a dash or an ellipsis: the start of a sentence is missing. */
  truncated: boolean;
}

const CONNECTIVE =
  /^(?:but|and|or|so|yet|still|also|however|meanwhile|instead|nevertheless|nonetheless|moreover|furthermore|besides|then|thus|therefore|otherwise|indeed|likewise|similarly|plus|nor|hence|anyway|after all|in addition|as a result|on the other hand|by contrast|even so|that said|in fact)\b/i;
const PRONOUN =
  /^(?:he|she|they|it|his|her|their|its|them|him|this|these|those|that|such|there)\b/i;
const ATTRIBUTION =
  /^(?:he|she|they|it|we|i)\s+(?:said|says|added|adds|told|tells|explained|continued|noted|wrote|asked)\b/i;
const TRAILING_ATTRIBUTION = /,?["'”’]?\s*(?:he|she|they)\s+(?:said|added|says)\.?$/i;
const STARTS_QUOTED = /^["“‘']/;
const STARTS_LOWER = /^[\p{Ll}]/u;
const STARTS_BROKEN = /^(?:-|–|—|\.\.\.|…)/;
const TIME_PHRASE =
  /^(?:this|that|these|those)\s+(?:week|year|month|time|morning|afternoon|evening|season)\b/i;

/** Closing quotes and brackets that may follow sentence-final punctuation. */
function isCloser(code: number): boolean {
  // " ” ’ ' ) ]
  return (
    code === 34 || code === 0x201d || code === 0x2019 || code === 39 || code === 41 || code === 93
  );
}

/**
 * The surface checks at the end of a sentence are read from its last characters rather than
 * with `$`-anchored patterns, which would scan the whole sentence once each. `startsInQuote`
 * says that the sentence opens inside a quotation (see `startsInsideQuotes`).
 */
export function standaloneFlaws(text: string, startsInQuote = false): StandaloneFlaws {
  const trimmed = text.trim();
  const { quoteCount, quotedShare } = quotes(trimmed, startsInQuote);
  const startsQuoted = STARTS_QUOTED.test(trimmed);
  const lastIndex = trimmed.length - 1;
  const last = trimmed.charCodeAt(lastIndex);
  // " ” ’ '
  const endsQuoted = last === 34 || last === 0x201d || last === 0x2019 || last === 39;
  let end = lastIndex;
  while (end >= 0 && isCloser(trimmed.charCodeAt(end))) end -= 1;
  const final = trimmed.charCodeAt(end); // NaN when nothing is left
  // . ! ? …
  const terminated = final === 46 || final === 33 || final === 63 || final === 0x2026;
  const spacedPeriod = last === 46 && /\s/.test(trimmed.charAt(lastIndex - 1));
  return {
    connective: CONNECTIVE.test(trimmed),
    pronoun: PRONOUN.test(trimmed) && !TIME_PHRASE.test(trimmed),
    attribution: ATTRIBUTION.test(trimmed) && trimmed.split(/\s+/).length < 12,
    quoteFragment:
      startsInQuote ||
      quoteCount % 2 === 1 ||
      (startsQuoted && endsQuoted) ||
      (startsQuoted && TRAILING_ATTRIBUTION.test(trimmed)),
    mostlyQuoted: quotedShare > 0.5,
    question: final === 63,
    fragment: !terminated || spacedPeriod || last === 58, // 58: a colon
    truncated: STARTS_LOWER.test(trimmed) || STARTS_BROKEN.test(trimmed),
  };
}

function isLowSurrogateOfPair(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0xdc00 || code > 0xdfff || i === 0) return false;
  const before = text.charCodeAt(i - 1);
  return before >= 0xd800 && before <= 0xdbff;
}

const DOUBLE_QUOTE = /["“”]/;
const NO_QUOTES = { quoteCount: 0, quotedShare: 0 } as const;
const ALL_QUOTED = { quoteCount: 0, quotedShare: 1 } as const;

/**
 * Double quotes in the text, and the share of its characters (code points, over UTF-16 length)
 * that sit between them; `startsInside` when a quotation is already open at its start.
 */
function quotes(text: string, startsInside: boolean): { quoteCount: number; quotedShare: number } {
  // Most sentences quote nobody: one native search instead of a loop over every character.
  const first = text.search(DOUBLE_QUOTE);
  if (first === -1) return startsInside ? ALL_QUOTED : NO_QUOTES;
  let inside = startsInside;
  let quoted = startsInside ? first : 0;
  let quoteCount = 0;
  for (let i = first; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 34 || code === 0x201c || code === 0x201d) {
      quoteCount += 1;
      // A straight quote opening the sentence opens, as in startsInsideQuotes.
      inside =
        code === 0x201c || (code === 34 && i === 0) ? true : code === 0x201d ? false : !inside;
    } else if (inside && !isLowSurrogateOfPair(text, i)) quoted += 1;
  }
  return { quoteCount, quotedShare: text.length === 0 ? 0 : quoted / text.length };
}

/** A quotation left open longer than this many sentences is taken for a stray quote mark. */
const MAX_QUOTED_RUN = 4;

/**
 * For each sentence, whether it opens inside a quotation an earlier sentence began: in
 * `"Iran is dangerous. As leader of Israel, I will never accept it. Never. All options are
 * open."` the second to fourth sentences are the speaker's words with no quote mark before
 * them. A straight quote at a sentence's start always opens (a quotation running over several
 * paragraphs reopens at each); elsewhere it toggles.
 */
export function startsInsideQuotes(sentences: readonly string[]): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  let run = 0;
  for (const sentence of sentences) {
    inside.push(open);
    const text = sentence.trim();
    let state: boolean = open;
    for (let i = text.search(DOUBLE_QUOTE); i !== -1 && i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 0x201c || (code === 34 && i === 0)) state = true;
      else if (code === 0x201d) state = false;
      else if (code === 34) state = !state;
    }
    run = state ? run + 1 : 0;
    open = state && run <= MAX_QUOTED_RUN;
    if (!open) run = 0;
  }
  return inside;
}
