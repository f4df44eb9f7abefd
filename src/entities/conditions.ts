/**
 * Diseases and conditions: "Ebola", "Marfan syndrome", "Alzheimer's disease", "Parkinson's".
 * Their names are capitalised (often after a person or a place) but they are none of ours.
 */
import type { Token } from './tokens.js';
import { ORG_OF_HEADS, ORG_SUFFIXES } from './word-lists.js';

/** Lower-case words that make the capitalised name before them a condition. */
const CONDITION_HEADS = new Set([
  'syndrome',
  'syndromes',
  'disease',
  'diseases',
  'disorder',
  'disorders',
  'virus',
  'palsy',
  'deficiency',
  'sarcoma',
  'lymphoma',
  'dystrophy',
]);

/**
 * Well-known conditions news names without a head word ("Ebola"). Written for this project
 * from general knowledge.
 */
const CONDITION_NAMES = new Set([
  'ebola',
  'zika',
  'hiv',
  'aids',
  'sars',
  'mers',
  'mrsa',
  'covid',
  'covid-19',
  'covid19',
  'sars-cov-2',
  'h1n1',
  'h5n1',
  'h7n9',
  'dengue',
  'chikungunya',
  'ptsd',
  'adhd',
]);

/** A word that names a condition by itself: "COVID-19" of "the Pfizer COVID-19 vaccine". */
export function isConditionWord(key: string): boolean {
  return CONDITION_NAMES.has(key);
}

/**
 * Surnames that, in the possessive and alone, name a condition ("Parkinson's", "Alzheimer's");
 * without the possessive they stay a person ("Michael Parkinson ... Parkinson said").
 */
const EPONYMS = new Set(['alzheimer', 'parkinson', 'crohn', 'asperger', 'tourette', 'huntington']);

/** The parts of a mention this check reads. */
export interface NamedSpan {
  words: readonly string[];
  last: number;
  title?: string;
}

/**
 * Names the text writes before a condition head ("Marfan" in "Marfan syndrome", "Down" in
 * "Down Syndrome"): every mention of them in the text is the condition.
 */
export function conditionNames(
  tokens: readonly Token[],
  mentions: readonly NamedSpan[],
): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const words = m.words;
    const own = words[words.length - 1] ?? '';
    if (words.length > 1 && CONDITION_HEADS.has(own)) out.add(words.slice(0, -1).join(' '));
    const next = tokens[m.last + 1];
    if (next?.word === true && !next.cap && CONDITION_HEADS.has(next.text)) {
      out.add(words.join(' '));
    }
  }
  return out;
}

/** A mention that names a condition, not a person, organization or place. */
export function isConditionName(
  tokens: readonly Token[],
  m: NamedSpan,
  learned: ReadonlySet<string>,
): boolean {
  // "Dr. Parkinson": a title says a person.
  if (m.title !== undefined) return false;
  const phrase = m.words.join(' ');
  if (learned.has(phrase) || CONDITION_NAMES.has(phrase)) return true;
  if (EPONYMS.has(phrase) && tokens[m.last]?.possessive === true) return true;
  // "Down Syndrome", "Ebola Virus": the head written in capitals is part of the name (but a
  // body's name may end in one: "National Institute of Allergy and Infectious Diseases").
  const body = m.words.some((w) => ORG_OF_HEADS.has(w) || ORG_SUFFIXES.has(w));
  return m.words.length > 1 && CONDITION_HEADS.has(m.words[m.words.length - 1] ?? '') && !body;
}
