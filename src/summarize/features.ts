import type { Sentence } from '../text/segment.js';
import { contentTerms } from '../text/tokens.js';
import { standaloneFlaws, type StandaloneFlaws } from './standalone.js';

/** What the scorer knows about one candidate sentence. */
export interface SentenceFeatures {
  sentence: Sentence;
  /** Content-term ids → count in the sentence. */
  terms: Map<number, number>;
  /** Number of words (all tokens, stopwords included). */
  words: number;
  flaws: StandaloneFlaws;
}

export interface DocumentFeatures {
  sentences: SentenceFeatures[];
  /** Content-term ids of the title, if any. */
  title: Map<number, number>;
  /** Per term id: in how many sentences it occurs. */
  sentenceFrequency: number[];
}

const WORD_COUNT = /[\p{L}\p{N}]+/gu;

/** Turns sentences (and the title) into term-count vectors over one shared vocabulary. */
export function extractFeatures(sentences: readonly Sentence[], title = ''): DocumentFeatures {
  const vocabulary = new Map<string, number>();
  const sentenceFrequency: number[] = [];
  const vector = (text: string, countDocuments: boolean): Map<number, number> => {
    const counts = new Map<number, number>();
    for (const term of contentTerms(text)) {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(term, id);
        sentenceFrequency.push(0);
      }
      const previous = counts.get(id);
      if (previous === undefined && countDocuments)
        sentenceFrequency[id] = (sentenceFrequency[id] ?? 0) + 1;
      counts.set(id, (previous ?? 0) + 1);
    }
    return counts;
  };
  const features = sentences.map((sentence) => ({
    sentence,
    terms: vector(sentence.text, true),
    words: sentence.text.match(WORD_COUNT)?.length ?? 0,
    flaws: standaloneFlaws(sentence.text),
  }));
  return { sentences: features, title: vector(title, false), sentenceFrequency };
}
