import nlp from 'compromise';
import { forEachWord, isStopword, lightStem, termOf } from '../text/tokens.js';

/** Question words that never carry the topic ("what did X say about Y"). */
const questionWords = new Set([
  'what',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'why',
  'how',
  'which',
  'say',
  'said',
  'tell',
  'told',
  'news',
  'latest',
  'new',
  'anything',
  'happen',
  'happened',
]);

const multiDigit = /^\d{2,}$/;

/**
 * Stemmed content terms, numbers of two digits or more included: "March 17", "23 people" or
 * "$7.4 million" tell one report from another on the same story.
 */
export function askTerms(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => {
    const term = termOf(word);
    if (term !== '') out.push(term);
    else if (multiDigit.test(word)) out.push(word);
  });
  return out;
}

/** Stemmed content terms of a question, question words dropped. */
export function questionTerms(question: string): string[] {
  return askTerms(question).filter((term) => !questionWords.has(term));
}

/**
 * Every word, stopwords included, lightly stemmed: what a reader sees two texts share. Pairs
 * of adjacent words (not both stopwords) catch phrases a paraphrase keeps, "this Sunday".
 */
export function surfaceWords(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => out.push(isStopword(word) ? word : lightStem(word)));
  return out;
}

/** The question's words as a reader sees them, its question words ("what", "did") dropped. */
export function questionSurface(question: string): string[] {
  return surfaceWords(question).filter(
    (word) => !questionWords.has(word) && !auxiliaries.has(word),
  );
}

const auxiliaries = new Set(['do', 'does', 'did']);

export function phrasePairs(surface: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < surface.length; i += 1) {
    const a = surface[i - 1]!;
    const b = surface[i]!;
    if (!(isStopword(a) && isStopword(b))) pairs.push(`${a} ${b}`);
  }
  return pairs;
}

export interface VerbForms {
  /** Stemmed question term → the stemmed terms of its other forms. */
  byTerm: Map<string, string[]>;
  /** Every single-word form, as written (for the full-text index). */
  words: string[];
}

/**
 * The other forms of the question's verbs: "who did Sessions meet?" is answered by a sentence
 * that says "met". Stemming alone cannot join irregular forms.
 */
export function verbForms(question: string): VerbForms {
  const byTerm = new Map<string, string[]>();
  const allWords = new Set<string>();
  const conjugations = nlp(question).verbs().conjugate() as Record<string, string>[];
  for (const conjugation of conjugations) {
    // "will meet" adds nothing "meet" does not: multi-word forms are skipped.
    const forms = Object.values(conjugation).filter((form) => /^[\p{L}'’-]+$/u.test(form));
    const terms = new Set(forms.flatMap((form) => questionTerms(form)));
    if (terms.size < 2) continue;
    for (const form of forms) allWords.add(form);
    for (const term of terms) {
      const others = [...terms].filter((other) => other !== term);
      byTerm.set(term, [...(byTerm.get(term) ?? []), ...others]);
    }
  }
  return { byTerm, words: [...allWords] };
}

/** Inverse document frequency: a term in few of the documents weighs more; an unseen one most. */
export function idf(documents: number, frequency: number): number {
  return Math.log(1 + (documents + 1) / (frequency + 0.5));
}

/** Term weights: rarer terms among the candidate articles weigh more; unseen ones most. */
export class TermWeights {
  readonly #documentFrequency = new Map<string, number>();
  #documents = 0;

  addDocument(terms: ReadonlySet<string>): void {
    this.#documents += 1;
    for (const term of terms) {
      this.#documentFrequency.set(term, (this.#documentFrequency.get(term) ?? 0) + 1);
    }
  }

  weight(term: string): number {
    return idf(this.#documents, this.#documentFrequency.get(term) ?? 0);
  }
}
