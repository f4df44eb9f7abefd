import nlp from 'compromise';
import { countWords, isSpaceCode } from '../text/tokens.js';

/**
 * The cuts an editor makes when quoting a sentence as an answer: keep the clause(s) that answer,
 * drop an attribution tail (", police said."), a trailing aside or afterthought (", which ...",
 * ", adding ...", " -- yet again.") or a leading connective or introductory phrase ("But",
 * "On Tuesday,"). Cuts fall only on clause punctuation outside quotes and brackets, so a piece is
 * always verbatim, balanced and starts with a capital; a piece whose end was cut ends with "…".
 */

export interface SentencePiece {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** What the reader sees: the verbatim slice, with "…" when its end was cut. */
  text: string;
}

interface Boundary {
  /** Where the left part ends (before the punctuation). */
  leftEnd: number;
  /** Where the right part starts (after the punctuation and spaces). */
  rightStart: number;
  kind: ',' | ';' | ':' | 'dash';
}

/** The verbs of an attribution: "police said", "the BBC reported on Wednesday". */
const ATTRIBUTION_VERB =
  /\b(?:said|says|say|told|tells|added|adds|reported|reports|announced|wrote|writes|tweeted|noted|explained|stated|claimed|confirmed)\b/u;
/** A piece never ends on a word that needs the next one ("deteriorated and…"). */
const DANGLING_END =
  /\b(?:and|or|but|nor|the|a|an|of|to|in|on|at|for|with|by|from|that|which|who|as|is|was|are|were|be|been|has|have|had)\s*$/iu;
const CLAUSE_AFTER_AND =
  /^and\s+(?:(?:he|she|it|they|we|i|you)(?:['’]\p{L}+)?|the|his|her|its|their|this|that|these|those)\s/iu;
/** First words of a trailing clause or phrase that the rest of a sentence can do without. */
const DROPPABLE_OPENERS = new Set([
  'a',
  'after',
  'although',
  'amid',
  'an',
  'as',
  'at',
  'before',
  'but',
  'despite',
  'during',
  'for',
  'from',
  'in',
  'including',
  'near',
  'on',
  'since',
  'the',
  'though',
  'until',
  'where',
  'whereas',
  'which',
  'while',
  'who',
  'whom',
  'whose',
  'with',
]);

/**
 * A piece shorter than this reads as a fragment, not an answer. Words as `countWords` counts
 * them, like the rest of the code: "co-author" is two.
 */
export const minPieceWords = 5;

const CAPITAL_START = /^["“]?\p{Lu}/u;
/** "But Graham said" reads as well from "Graham said". */
const LEADING_CONNECTIVE = /^(?:But|And|So|Yet|Or|Still|Now|Then|Also)\s+(?=["“]?\p{Lu})/u;
/** First words of an introductory phrase that a comma closes ("On Tuesday, ..."). */
const INTRO_WORDS = new Set([
  'after',
  'also',
  'although',
  'as',
  'at',
  'because',
  'before',
  'by',
  'despite',
  'during',
  'earlier',
  'for',
  'however',
  'if',
  'in',
  'instead',
  'last',
  'later',
  'meanwhile',
  'moreover',
  'on',
  'once',
  'since',
  'still',
  'then',
  'though',
  'thus',
  'today',
  'until',
  'when',
  'while',
  'with',
  'without',
  'yesterday',
]);

/**
 * The whole sentence and every piece of it an editor could quote instead, in no set order.
 * A piece starts at the sentence's start, after a leading connective, after an introductory
 * phrase, or after a semicolon, colon or dash when a capital follows; it ends at the sentence's
 * end or at any clause punctuation; it has at least `minPieceWords` words.
 */
export function sentencePieces(sentence: string): SentencePiece[] {
  const text = sentence.trimEnd();
  const boundaries = clauseBoundaries(text);
  // A dash or bullet left over from a list opens no answer.
  const starts = new Set([/^(?:--|—|–|-|•|\*)\s+/u.exec(text)?.[0].length ?? 0]);
  const connective = LEADING_CONNECTIVE.exec(text);
  if (connective !== null) starts.add(connective[0].length);
  // Dashes pair up around an aside ("-- Gregory Laughlin of ... --"): no piece starts or ends
  // inside one, nor ends at its closing dash.
  const dashes = boundaries.filter((boundary) => boundary.kind === 'dash');
  const asides: { open: number; close: number; after: number }[] = [];
  for (let i = 0; i + 1 < dashes.length; i += 2) {
    const [open, close] = [dashes[i]!, dashes[i + 1]!];
    asides.push({ open: open.leftEnd, close: close.leftEnd, after: close.rightStart });
  }
  const inAside = (at: number): boolean =>
    asides.some(({ open, close }) => at > open && at <= close);
  const asideOpenedAt = (boundary: Boundary) =>
    asides.find(({ open }) => open === boundary.leftEnd);
  boundaries.forEach((boundary, i) => {
    if (!CAPITAL_START.test(text.slice(boundary.rightStart))) return;
    if (asideOpenedAt(boundary) !== undefined || inAside(boundary.leftEnd)) return;
    if (boundary.kind !== ',' || (i === 0 && INTRO_WORDS.has(firstWord(text))))
      starts.add(boundary.rightStart);
  });
  // An attribution goes whole (", Yves Naffrechoux, captain of rescue operations, told CNN."):
  // no cut inside it.
  const attribution = boundaries.findIndex(
    (boundary) => boundary.kind === ',' && isAttribution(text.slice(boundary.rightStart)),
  );
  const candidates = boundaries.filter(
    (boundary, i) => (attribution < 0 || i <= attribution) && !inAside(boundary.leftEnd),
  );
  // An aside between dashes is cut with what follows it: the sentence may go on after it ("He
  // and his co-author -- ... -- are building on a model"), so the cut is a tail only when that
  // rest could go as a comma tail could.
  const droppable = candidates.map((boundary) => {
    const aside = asideOpenedAt(boundary);
    if (aside === undefined) return droppableTail(boundary, text.slice(boundary.rightStart));
    const rest = text.slice(aside.after);
    return !/[\p{L}\p{N}]/u.test(rest) || droppableTail({ ...boundary, kind: ',' }, rest);
  });
  // A comma aside that closes before the sentence goes on ("the travel ban, which has been
  // blocked by federal courts, was not intended as a ban") is no tail: cutting at it would drop
  // the verb. So a comma tail goes only when every later comma opens a droppable tail too.
  const ends = [
    text.length,
    ...candidates
      .filter(
        (boundary, i) =>
          droppable[i] === true &&
          (boundary.kind !== ',' ||
            candidates.every((later, j) => j <= i || later.kind !== ',' || droppable[j])),
      )
      .filter((boundary) => !DANGLING_END.test(text.slice(0, boundary.leftEnd)))
      .map((boundary) => boundary.leftEnd),
  ];
  const pieces: SentencePiece[] = [];
  for (const start of starts) {
    for (const end of ends) {
      if (end <= start || countWords(text.slice(start, end)) < minPieceWords) continue;
      const slice = text.slice(start, end);
      pieces.push({ start, end, text: end === text.length ? slice : `${slice}…` });
    }
  }
  return pieces;
}

const SPACED_DASH = /^\s+(?:--|—|–)\s+/u;

/** Clause punctuation outside quotes and brackets: ", " "; " ": " and spaced dashes. */
function clauseBoundaries(text: string): Boundary[] {
  const boundaries: Boundary[] = [];
  let brackets = 0;
  let straightQuote = false;
  let curlyQuotes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '(' || char === '[') brackets += 1;
    else if ((char === ')' || char === ']') && brackets > 0) brackets -= 1;
    else if (char === '"') straightQuote = !straightQuote;
    else if (char === '“') curlyQuotes += 1;
    else if (char === '”' && curlyQuotes > 0) curlyQuotes -= 1;
    if (brackets > 0 || straightQuote || curlyQuotes > 0) continue;
    if ((char === ',' || char === ';' || char === ':') && isSpaceCode(text.charCodeAt(i + 1))) {
      boundaries.push({ leftEnd: i, rightStart: skipSpaces(text, i + 1), kind: char });
      continue;
    }
    // A spaced dash starts with a space: no need to look anywhere else.
    const dash =
      i > 0 && isSpaceCode(text.charCodeAt(i)) ? SPACED_DASH.exec(text.slice(i, i + 8)) : null;
    if (dash !== null) {
      boundaries.push({ leftEnd: i, rightStart: i + dash[0].length, kind: 'dash' });
      i += dash[0].length - 1;
    }
  }
  return boundaries;
}

/**
 * Whether what follows a boundary can go without leaving the rest a fragment: an attribution
 * (", police said."), a relative clause, a participle or a subordinate phrase (", which ...",
 * ", adding ...", ", after ..."), an appositive (", a former ..."), or what a semicolon or a dash
 * sets apart. Not the main clause after an introductory one ("When he spoke, he ...").
 */
function droppableTail(boundary: Boundary, tail: string): boolean {
  if (boundary.kind === ';' || boundary.kind === 'dash') return true;
  if (boundary.kind !== ',') return false;
  if (isAttribution(tail)) return true;
  const first = firstWord(tail);
  // ", and the police ..." starts a clause of its own; ", and Italy" ends a list.
  if (first === 'and') return CLAUSE_AFTER_AND.test(tail);
  return DROPPABLE_OPENERS.has(first) || (first.length > 4 && first.endsWith('ing'));
}

/**
 * Whether the rest of a sentence only says who said it: ", police said." / ", according to
 * officials." / ", said Lisa Pak, a spokeswoman for the church." / ", Yves Naffrechoux, captain
 * of rescue operations, told CNN." Short parts, the verb in the first or the last; the parts
 * before a last one only name the speaker (no verb of their own).
 */
function isAttribution(tail: string): boolean {
  const parts = tail.split(/,\s+/u);
  if (parts.length > 4 || countWords(tail) > 20) return false;
  if (/^according to\b/iu.test(tail)) return true;
  const first = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  if (countWords(first) <= 8 && ATTRIBUTION_VERB.test(first) && parts.length <= 2) return true;
  if (countWords(last) > 8 || !ATTRIBUTION_VERB.test(last)) return false;
  return parts.slice(0, -1).every((part) => !isClause(part));
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i += 1;
  return i;
}

function firstWord(text: string): string {
  return (/^[\p{L}']+/u.exec(text)?.[0] ?? '').toLowerCase();
}

/**
 * Whether a piece is a clause rather than a bare phrase: "David Boren, president of the
 * university" names someone but says nothing. Asked only of the piece about to be shown.
 */
export function isClause(piece: string): boolean {
  return nlp(piece).verbs().length > 0;
}
