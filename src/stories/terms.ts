/**
 * Terms for story clustering: lowercased, Porter-stemmed word forms, and whether the text uses
 * a word as a name (capitalised inside a sentence). Adjacent names also count as one term
 * ("dave_chappelle"): outlets frame an event differently but name the same people and places.
 */
import { stemmer } from 'stemmer';

/** Function words and newsroom filler that say nothing about which event an article covers. */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each either few for ' +
    'from further had has have having he her here hers herself him himself his how i if in into ' +
    'is it its itself just me more most my myself no nor not now of off on once only or other our ' +
    'ours ourselves out over own same she should so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said says say according told tell new news one two year years week weeks day days time ' +
    'today yesterday tomorrow last first ' +
    'many much may might must shall us mr mrs ms dr just like get got make made take took ' +
    'since still even though however while amid via per going report reported reports people ' +
    'yet ago least well back way ve ll re don doesn didn isn wasn aren weren won t s d m'
  ).split(' '),
);

export interface DocumentTerms {
  /** Term → occurrence count, title and lead counted separately. */
  title: Map<string, number>;
  lead: Map<string, number>;
  /** Terms the text capitalises mid-sentence (or a sentence-case title capitalises). */
  named: Set<string>;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:[.,]\p{N}+)*/gu;

/** Lowercases, drops possessives and Porter-stems ("court's" → "court", "ruled" → "rule"). */
export function normalizeTerm(word: string): string {
  let term = word.toLowerCase().replace(/['’]s?$/u, '');
  if (term.includes("'") || term.includes('’')) term = term.replace(/['’]/gu, '');
  return /^[a-z]+$/.test(term) ? stemmer(term) : term;
}

/** Memoises normalizeTerm over one batch: news repeats the same few thousand words. */
export function createTermNormalizer(): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let term = cache.get(word);
    if (term === undefined) {
      term = normalizeTerm(word);
      cache.set(word, term);
    }
    return term;
  };
}

const UPPER = /^\p{Lu}/u;

function isCapitalised(word: string): boolean {
  return UPPER.test(word);
}

/** True when the characters before `index` end a sentence (or there are none). */
function startsSentence(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i -= 1) {
    const ch = text.charAt(i);
    if (ch === ' ' || ch === '\t' || ch === '"' || ch === '“' || ch === '‘' || ch === "'") continue;
    if (ch === '(' || ch === '[') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ':' || ch === '—';
  }
  return true;
}

interface Token {
  term: string;
  capitalised: boolean;
  sentenceStart: boolean;
}

function tokenize(text: string, normalize: (word: string) => string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const term = normalize(word);
    if (term.length < 2 && !/\p{N}/u.test(term)) continue;
    tokens.push({
      term,
      capitalised: isCapitalised(word),
      sentenceStart: startsSentence(text, match.index),
    });
  }
  return tokens;
}

/** Adds each content term, and each adjacent pair of named words as one "a_b" term. */
function countTerms(tokens: Token[], isNamed: (token: Token) => boolean, into: DocumentTerms) {
  const counts = new Map<string, number>();
  let previousNamed: string | undefined;
  for (const token of tokens) {
    if (STOPWORDS.has(token.term)) {
      previousNamed = undefined;
      continue;
    }
    counts.set(token.term, (counts.get(token.term) ?? 0) + 1);
    if (isNamed(token)) {
      into.named.add(token.term);
      if (previousNamed !== undefined) {
        const pair = `${previousNamed}_${token.term}`;
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
        into.named.add(pair);
      }
      previousNamed = token.term;
    } else {
      previousNamed = undefined;
    }
  }
  return counts;
}

/** A title in Title Case capitalises every word, so its capitals say nothing about names. */
function isTitleCase(tokens: Token[]): boolean {
  const content = tokens.filter((token) => !STOPWORDS.has(token.term) && /\p{L}/u.test(token.term));
  if (content.length < 3) return true;
  const capitalised = content.filter((token) => token.capitalised).length;
  return capitalised / content.length > 0.6;
}

/** The start of the text holding about `words` words, so long articles are not tokenized whole. */
function leadText(text: string, words: number): string {
  const roughEnd = words * 12;
  if (text.length <= roughEnd) return text;
  const cut = text.indexOf(' ', roughEnd);
  return cut === -1 ? text : text.slice(0, cut);
}

/** Splits an article into title terms, lead terms (the first `leadWords` words) and named terms. */
export function extractTerms(
  title: string,
  text: string,
  leadWords: number,
  normalize: (word: string) => string = normalizeTerm,
): DocumentTerms {
  const terms: DocumentTerms = { title: new Map(), lead: new Map(), named: new Set() };
  const leadTokens = tokenize(leadText(text, leadWords), normalize).slice(0, leadWords);
  terms.lead = countTerms(leadTokens, (token) => token.capitalised && !token.sentenceStart, terms);
  const titleTokens = tokenize(title, normalize);
  const titleCase = isTitleCase(titleTokens);
  terms.title = countTerms(
    titleTokens,
    (token) =>
      token.capitalised && (titleCase ? terms.named.has(token.term) : !token.sentenceStart),
    terms,
  );
  return terms;
}
