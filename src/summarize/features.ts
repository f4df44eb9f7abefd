import type { Sentence } from '../text/segment.js';
import { normalizeWord, scanWords, termOf } from '../text/tokens.js';
import { standaloneFlaws, startsInsideQuotes, type StandaloneFlaws } from './standalone.js';

/**
 * A sparse term-count vector over one document's vocabulary: for k in [start, end), term
 * `ids[k]` occurs `counts[k]` times, in order of first occurrence. `ids` and `counts` are the
 * document's arrays, shared by all its vectors: one allocation per document, not per sentence.
 */
export interface TermVector {
  ids: Int32Array;
  counts: Int32Array;
  start: number;
  end: number;
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
  sentenceFrequency: Int32Array;
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
 * table probed with the hash `scanWords` gives and checked against the characters in place, so
 * a word seen before costs no string, no lower-casing and no stemming. The forms' characters
 * are copied into one pool, so the table keeps no article text alive. Shared between calls; it
 * only memoises `normalizeWord` and `termOf`, so results depend on the input alone.
 */
class FormTable {
  // Sized for a few hundred articles' word forms, so a stream seldom has to rehash.
  private slots = new Int32Array(1 << 16);
  private hashes = new Int32Array(1 << 15);
  /** Form i's characters are pool[offsets[i]..offsets[i + 1]). */
  private offsets = new Int32Array(1 << 15);
  private pool = new Uint16Array(1 << 18);
  private entries: TermEntry[] = [];
  private byTerm = new Map<string, TermEntry>();
  size = 0;

  lookup(text: string, start: number, end: number, hash: number): TermEntry {
    const slots = this.slots;
    const mask = slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const taken = slots[slot] ?? 0;
      if (taken === 0) break;
      const index = taken - 1;
      if (this.hashes[index] === hash && this.matches(index, text, start, length)) {
        return this.entries[index] ?? NO_TERM;
      }
    }
    return this.insert(text, start, end, hash);
  }

  private matches(index: number, text: string, start: number, length: number): boolean {
    const from = this.offsets[index] ?? 0;
    if ((this.offsets[index + 1] ?? 0) - from !== length) return false;
    const pool = this.pool;
    for (let k = 0; k < length; k += 1) {
      if (pool[from + k] !== text.charCodeAt(start + k)) return false;
    }
    return true;
  }

  private insert(text: string, start: number, end: number, hash: number): TermEntry {
    const index = this.size;
    if (index + 2 > this.offsets.length) {
      this.offsets = grow(this.offsets, this.offsets.length * 2);
      this.hashes = grow(this.hashes, this.hashes.length * 2);
    }
    const from = this.offsets[index] ?? 0;
    if (from + end - start > this.pool.length) {
      this.pool = grow(this.pool, Math.max(this.pool.length * 2, from + end - start));
    }
    for (let k = start; k < end; k += 1) this.pool[from + k - start] = text.charCodeAt(k);
    this.offsets[index + 1] = from + end - start;
    this.hashes[index] = hash;
    // V8 copies short slices but makes longer ones views of `text`, which the table would keep
    // alive: those are rebuilt from the pool.
    const form =
      end - start < 13 ? text.slice(start, end) : stringOf(this.pool, from, from + end - start);
    const term = termOf(normalizeWord(form));
    let entry = NO_TERM;
    if (term !== '') {
      const known = this.byTerm.get(term);
      if (known === undefined) {
        entry = { term, document: -1, id: -1 };
        this.byTerm.set(term, entry);
      } else entry = known;
    }
    this.entries.push(entry);
    this.size += 1;
    if (this.size * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let i = 0; i < this.size; i += 1) this.place(this.hashes[i] ?? 0, i);
    } else this.place(hash, index);
    return entry;
  }

  private place(hash: number, index: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = index + 1;
  }
}

/** The characters pool[from..to) as a new string, in chunks (a long token would overflow a spread). */
function stringOf(pool: Uint16Array, from: number, to: number): string {
  let out = '';
  for (let at = from; at < to; at += 4096) {
    out += String.fromCharCode(...pool.subarray(at, Math.min(to, at + 4096)));
  }
  return out;
}

function grow<T extends Int32Array | Uint16Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/** Forms kept before the table starts afresh (checked between documents). */
const CACHE_LIMIT = 200_000;
let forms = new FormTable();
let documentNumber = 0;

/**
 * Per-term and per-position work arrays reused by every call (they only grow), so a document
 * costs no array growth. `stamps` marks the vector that last saw a term; vector numbers only
 * increase, so a stamp left by an earlier document never matches.
 */
let termIds = new Int32Array(1 << 12);
let termCounts = new Int32Array(1 << 12);
let stamps = new Int32Array(1 << 11);
let slots = new Int32Array(1 << 11);
let frequencies = new Int32Array(1 << 11);
let vectorNumber = 0;

/** Turns sentences (and the title) into term-count vectors over one shared vocabulary. */
export function extractFeatures(sentences: readonly Sentence[], title = ''): DocumentFeatures {
  if (forms.size > CACHE_LIMIT) forms = new FormTable();
  if (vectorNumber > 1 << 30) {
    vectorNumber = 0;
    stamps.fill(0);
  }
  documentNumber += 1;
  const document = documentNumber;
  let vocabularySize = 0;
  let used = 0; // entries of termIds / termCounts filled so far
  const bounds = new Int32Array(sentences.length + 2);
  const squaredNorms = new Float64Array(sentences.length + 1);
  const words = new Int32Array(sentences.length + 1);
  let vector = 0;
  let runs = 0;
  let text = '';

  const visit = (start: number, end: number, wordRuns: number, hash: number): void => {
    runs += wordRuns;
    // A one-character ASCII word ("a", "I", "5") is never a term: no need to look it up.
    if (end - start === 1 && text.charCodeAt(start) < 128) return;
    const entry = forms.lookup(text, start, end, hash);
    if (entry === NO_TERM) return;
    if (entry.document !== document) {
      entry.document = document;
      entry.id = vocabularySize;
      if (vocabularySize === stamps.length) {
        stamps = grow(stamps, vocabularySize * 2);
        slots = grow(slots, vocabularySize * 2);
        frequencies = grow(frequencies, vocabularySize * 2);
      }
      stamps[vocabularySize] = 0;
      frequencies[vocabularySize] = 0;
      vocabularySize += 1;
    }
    const id = entry.id;
    if (stamps[id] === vectorNumber) {
      const k = slots[id] ?? 0;
      termCounts[k] = (termCounts[k] ?? 0) + 1;
    } else {
      if (used === termIds.length) {
        termIds = grow(termIds, used * 2);
        termCounts = grow(termCounts, used * 2);
      }
      stamps[id] = vectorNumber;
      slots[id] = used;
      termIds[used] = id;
      termCounts[used] = 1;
      used += 1;
    }
  };
  const scan = (source: string, countDocuments: boolean): void => {
    vectorNumber += 1;
    const vectorStart = used;
    runs = 0;
    text = source;
    scanWords(source, visit);
    let squaredNorm = 0;
    for (let k = vectorStart; k < used; k += 1) {
      const count = termCounts[k] ?? 0;
      squaredNorm += count * count;
      if (countDocuments) {
        const id = termIds[k] ?? 0;
        frequencies[id] = (frequencies[id] ?? 0) + 1;
      }
    }
    bounds[vector + 1] = used;
    squaredNorms[vector] = squaredNorm;
    words[vector] = runs;
    vector += 1;
  };

  for (const sentence of sentences) scan(sentence.text, true);
  scan(title, false);
  const allIds = termIds.slice(0, used);
  const allCounts = termCounts.slice(0, used);
  const sentenceFrequency = frequencies.slice(0, vocabularySize);
  const vectorAt = (v: number): TermVector => ({
    ids: allIds,
    counts: allCounts,
    start: bounds[v] ?? 0,
    end: bounds[v + 1] ?? 0,
    squaredNorm: squaredNorms[v] ?? 0,
  });
  const inQuotes = startsInsideQuotes(sentences.map((sentence) => sentence.text));
  return {
    sentences: sentences.map((sentence, v) => ({
      sentence,
      terms: vectorAt(v),
      words: words[v] ?? 0,
      flaws: standaloneFlaws(sentence.text, inQuotes[v] === true),
    })),
    title: vectorAt(sentences.length),
    sentenceFrequency,
    vocabularySize,
  };
}
