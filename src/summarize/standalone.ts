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
  /** Part of a longer quotation (unbalanced quotes) or a bare quote with no speaker. */
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
const QUOTES = /["“”]/g;

export function standaloneFlaws(text: string): StandaloneFlaws {
  const trimmed = text.trim();
  const quoteCount = trimmed.match(QUOTES)?.length ?? 0;
  const startsQuoted = /^["“‘']/.test(trimmed);
  const endsQuoted = /["”’']\s*$/.test(trimmed);
  return {
    connective: CONNECTIVE.test(trimmed),
    pronoun:
      PRONOUN.test(trimmed) &&
      !/^(?:this|that|these|those)\s+(?:week|year|month|time|morning|afternoon|evening|season)\b/i.test(
        trimmed,
      ),
    attribution: ATTRIBUTION.test(trimmed) && trimmed.split(/\s+/).length < 12,
    quoteFragment:
      quoteCount % 2 === 1 ||
      (startsQuoted && endsQuoted) ||
      (startsQuoted && TRAILING_ATTRIBUTION.test(trimmed)),
    mostlyQuoted: quotedShare(trimmed) > 0.5,
    question: /\?["”’')\]]*$/.test(trimmed),
    fragment: !/[.!?…]["”’')\]]*$/.test(trimmed) || /\s\.$/.test(trimmed) || /:$/.test(trimmed),
    truncated: /^[\p{Ll}]/u.test(trimmed) || /^(?:-|–|—|\.\.\.|…)/.test(trimmed),
  };
}

/** Share of the characters that sit between double quotes. */
function quotedShare(text: string): number {
  let inside = false;
  let quoted = 0;
  for (const char of text) {
    if (char === '"' || char === '“' || char === '”')
      inside = char === '“' ? true : char === '”' ? false : !inside;
    else if (inside) quoted += 1;
  }
  return text.length === 0 ? 0 : quoted / text.length;
}
