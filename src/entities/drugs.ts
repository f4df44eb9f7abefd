/**
 * Medicines by brand name: "the anti-depressant Prozac", "drugs such as Celebrex and Vioxx".
 * A drug is a product, none of person, organization or place, though its made-up name reads
 * as a person's. Once the text says a name is a drug, every mention of it goes.
 */
import type { Token } from './tokens.js';

/** Lower-case nouns right before a drug's name. Written for this project. */
const DRUG_NOUNS = new Set(
  `drug drugs medicine medicines medication painkiller painkillers antidepressant
  antidepressants anti-depressant anti-depressants vaccine pill pills antibiotic antibiotics
  treatment treatments`.split(/\s+/),
);

/** The parts of a mention this check reads. */
export interface MentionWords {
  words: readonly string[];
  title?: string;
  /** Indexes of its first and last tokens. */
  first: number;
  last: number;
}

/**
 * The names the text gives to drugs: a name right after a drug noun ("the drug Tysabri"), or
 * after "such as" following one ("drugs such as Celebrex"), and a name joined to either by
 * "and" or "or" ("Paxil and Wellbutrin").
 */
export function drugNames(
  mentions: readonly MentionWords[],
  tokens: readonly Token[],
): Set<string> {
  const out = new Set<string>();
  let previous: MentionWords | undefined;
  for (const m of mentions) {
    const before = tokens[m.first - 1]?.text ?? '';
    const joined =
      previous !== undefined &&
      out.has(previous.words.join(' ')) &&
      previous.last + 2 === m.first &&
      (before === 'and' || before === 'or');
    if (m.title === undefined && (joined || afterDrugNoun(tokens, m.first))) {
      out.add(m.words.join(' '));
    }
    previous = m;
  }
  return out;
}

function afterDrugNoun(tokens: readonly Token[], first: number): boolean {
  const noun = (k: number): boolean => {
    const t = tokens[k];
    return t !== undefined && t.word && !t.cap && DRUG_NOUNS.has(t.text.toLowerCase());
  };
  if (noun(first - 1)) return true;
  // "drugs such as Celebrex", "painkillers like Vioxx"
  const like = tokens[first - 1]?.text === 'like';
  const suchAs = tokens[first - 1]?.text === 'as' && tokens[first - 2]?.text === 'such';
  if (like) return noun(first - 2);
  if (suchAs) return noun(first - 3) || noun(first - 4) || noun(first - 5);
  return false;
}
