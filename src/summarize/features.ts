import type { Sentence } from '../text/segment.js';
import { normalizeWord, scanWords, termOf } from '../text/tokens.js';
import { standaloneFlaws, type StandaloneFlaws } from './standalone.js';

/**
 * A sparse term-count vector over one document's vocabulary: `ids[k]` occurs `counts[k]` times,
 * ids in order of first occurrence. Typed arrays rather than Maps: the summarizer builds one per
 * sentence and must stay allocation-light.
 */
export interface TermVector {
  ids: Int32Array;
  counts: Int32Array;
  /** Sum of the squared counts (the squared norm), an integer. */
  squaredNorm: number;
}

/** What the scorer knows about one candidate sentence. */
export interface SentenceFeatures {
  sentence: Sentence;
  terms: TermVector;
  /** Number of words (letter-and-digit runs, stopwords included). */
  words: number;
  flaws: StandaloneFlaws;
}

export interface DocumentFeatures {
  sentences: SentenceFeatures[];
  /** Content terms of the title, if any. */
  title: TermVector;
  /** Per term id: in how many sentences it occurs. */
  sentenceFrequency: number[];
  /** Number of distinct terms (ids run from 0 to this − 1). */
  vocabularySize: number;
}

/**
 * A term as the summarizer met it: `id` is its number in the document being read, valid while
 * `document` is that document's number. Word forms that stem alike share one entry.
 */
interface TermEntry {
  term: string;
  document: number;
  id: number;
}

/** Word forms that carry no term (stopwords, numbers, single letters). */
const NO_TERM: TermEntry = { term: '', document: -1, id: -1 };

/**
 * Raw word form (as it appears in the text, case and all) → its term entry: an open-addressing
 * table probed with a hash of the characters and checked against them in place, so a word seen
 * before costs no string, no lower-casing and no stemming. Shared between calls; it only
 * memoises `normalizeWord` and `termOf`, so results depend on the input alone.
 */
const CACHE_LIMIT = 200_000;
let slots = new Int32Array(1 << 14);
let forms: string[] = [];
let formHashes: number[] = [];
let formEntries: TermEntry[] = [];
let byTerm = new Map<string, TermEntry>();
let documentNumber = 0;

function sameForm(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let i = 0; i < form.length; i += 1) {
    if (form.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  }
  return true;
}

function insertSlot(hash: number, index: number): void {
  const mask = slots.length - 1;
  let slot = hash & mask;
  while (slots[slot] !== 0) slot = (slot + 1) & mask;
  slots[slot] = index + 1;
}

function entryAt(text: string, start: number, end: number, hash: number): TermEntry {
  const mask = slots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const taken = slots[slot] ?? 0;
    if (taken === 0) break;
    const index = taken - 1;
    if (formHashes[index] === hash && sameForm(forms[index] ?? '', text, start, end)) {
      return formEntries[index] ?? NO_TERM;
    }
  }
  const form = text.slice(start, end);
  const term = termOf(normalizeWord(form));
  let entry = NO_TERM;
  if (term !== '') {
    entry = byTerm.get(term) ?? { term, document: -1, id: -1 };
    byTerm.set(term, entry);
  }
  forms.push(form);
  formHashes.push(hash);
  formEntries.push(entry);
  if (forms.length * 2 > slots.length) {
    slots = new Int32Array(slots.length * 2);
    for (let i = 0; i < forms.length; i += 1) insertSlot(formHashes[i] ?? 0, i);
  } else insertSlot(hash, forms.length - 1);
  return entry;
}

function resetCache(): void {
  slots = new Int32Array(1 << 14);
  forms = [];
  formHashes = [];
  formEntries = [];
  byTerm = new Map();
}

/** Turns sentences (and the title) into term-count vectors over one shared vocabulary. */
export function extractFeatures(sentences: readonly Sentence[], title = ''): DocumentFeatures {
  if (forms.length > CACHE_LIMIT) resetCache();
  documentNumber += 1;
  const document = documentNumber;
  let vocabularySize = 0;
  const sentenceFrequency: number[] = [];
  // Per term id: the number of the vector that last saw it, and its slot there.
  const seenIn: number[] = [];
  const slotOf: number[] = [];
  // Every vector's ids and counts, one after another; vectors are views into them.
  const ids: number[] = [];
  const counts: number[] = [];
  const bounds: number[] = [0];
  const squaredNorms: number[] = [];
  const words: number[] = [];
  let vectorNumber = 0;
  let vectorStart = 0;
  let runs = 0;
  let text = '';

  const visit = (start: number, end: number, wordRuns: number, hash: number): void => {
    runs += wordRuns;
    const entry = entryAt(text, start, end, hash);
    if (entry === NO_TERM) return;
    if (entry.document !== document) {
      entry.document = document;
      entry.id = vocabularySize;
      vocabularySize += 1;
      sentenceFrequency.push(0);
      seenIn.push(0);
      slotOf.push(0);
    }
    const id = entry.id;
    if (seenIn[id] === vectorNumber) {
      const k = slotOf[id] ?? 0;
      counts[k] = (counts[k] ?? 0) + 1;
    } else {
      seenIn[id] = vectorNumber;
      slotOf[id] = ids.length;
      ids.push(id);
      counts.push(1);
    }
  };
  const scan = (source: string, countDocuments: boolean): void => {
    vectorNumber += 1;
    vectorStart = ids.length;
    runs = 0;
    text = source;
    scanWords(source, visit);
    let squaredNorm = 0;
    for (let k = vectorStart; k < ids.length; k += 1) {
      const count = counts[k] ?? 0;
      squaredNorm += count * count;
      if (countDocuments) {
        const id = ids[k] ?? 0;
        sentenceFrequency[id] = (sentenceFrequency[id] ?? 0) + 1;
      }
    }
    bounds.push(ids.length);
    squaredNorms.push(squaredNorm);
    words.push(runs);
  };

  for (const sentence of sentences) scan(sentence.text, true);
  scan(title, false);
  const allIds = new Int32Array(ids);
  const allCounts = new Int32Array(counts);
  const vectorAt = (v: number): TermVector => ({
    ids: allIds.subarray(bounds[v], bounds[v + 1]),
    counts: allCounts.subarray(bounds[v], bounds[v + 1]),
    squaredNorm: squaredNorms[v] ?? 0,
  });
  return {
    sentences: sentences.map((sentence, v) => ({
      sentence,
      terms: vectorAt(v),
      words: words[v] ?? 0,
      flaws: standaloneFlaws(sentence.text),
    })),
    title: vectorAt(sentences.length),
    sentenceFrequency,
    vocabularySize,
  };
}
