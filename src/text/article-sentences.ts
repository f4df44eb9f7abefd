import { findBoilerplate, isBoilerplateSentence } from './boilerplate.js';
import { segmentSentences, type Sentence } from './segment.js';

/**
 * The sentences of an article's story: boilerplate prefixes and blurbs skipped, boilerplate
 * sentences dropped, the rest verbatim from `text` and renumbered in article order.
 */
export function articleSentences(text: string): Sentence[] {
  const sentences = segmentSentences(text, { skip: findBoilerplate(text) });
  const kept: Sentence[] = [];
  for (const sentence of sentences) {
    if (isBoilerplateSentence(sentence.text)) continue;
    // The segmenter's objects are fresh, so renumbering them in place copies nothing.
    sentence.index = kept.length;
    kept.push(sentence);
  }
  return kept;
}
