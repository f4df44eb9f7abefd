import { contentTerms } from '../text/tokens.js';

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

/** Stemmed content terms of a question, question words dropped. */
export function questionTerms(question: string): string[] {
  return contentTerms(question).filter((term) => !questionWords.has(term));
}

/** Term weights: rarer terms among the candidate sentences weigh more; unseen ones most. */
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
    const df = this.#documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.#documents + 1) / (df + 0.5));
  }
}
