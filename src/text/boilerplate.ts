import type { Span } from '../model.js';
import { isSpaceCode } from './tokens.js';

/**
 * News boilerplate: text that is part of an article file but not of its story. Prefixes
 * (datelines, bylines) and inline link blurbs are found as spans to skip; whole sentences
 * (captions, "Click here ...", credits) are recognised one sentence at a time. The article
 * text itself is never rewritten, so offsets stay valid.
 */

const SOURCE = String.raw`(?:CNN|Reuters|AP|AFP|UPI|Bloomberg|EW\.com|WIRED|Wired|Rolling Stone|Mashable|CNET|Time\.com|TIME|The Hollywood Reporter|THR|Variety|Fortune|Money|Billboard|People|The Conversation|Digital Spy|PEOPLE\.com|[A-Z][A-Za-z.&' ]{1,30})`;

/**
 * At the very start: `(CNN)`, `Tokyo (CNN)`, `LONDON, England (Reuters) --`, `WASHINGTON —`.
 * The place may be absent; the parenthesised source is required unless the place is in capitals.
 */
const DATELINE = new RegExp(
  String.raw`^\s*(?:(?:[A-Z][\p{L}.'-]*(?:[ ,]+[A-Z][\p{L}.'-]*){0,4}\s*)?\(${SOURCE}\)|[A-Z][A-Z.'-]{2,}(?:[ ,]+[A-Z][A-Za-z.'-]*){0,3}\s*(?=--|—|–))\s*(?:--|—|–|-|:)?\s*(?=[\p{Lu}\p{N}"“‘'])`,
  'u',
);

/** Daily Mail: `By . Name . PUBLISHED: . 14:11 EST, 1 May 2015 . | . UPDATED: . 15:01 EST, 1 May 2015 .` */
const DAILY_MAIL_BYLINE =
  /^\s*(?:By \.\s+(?:[^.\n]{1,80}?\s+\.\s+){1,4}?)?(?:(?:PUBLISHED|UPDATED|Last updated)\b:?\s*\.?\s*[^.\n|]{3,60}?\s+\.\s*(?:\|\s*\.\s*)?)+/;
const SIMPLE_BYLINE =
  /^\s*By \.\s+[^.\n]{1,80}?\s+\.\s+(?:and \.\s+[^.\n]{1,80}?\s+\.\s+)?(?:(?:Daily Mail|Mail|Associated Press|MailOnline|Press Association)[^.\n]{0,40}\s+\.\s+)?/;
/** CNN Student News style date lines: `March 9, 2015 .` */
const DATE_LINE =
  /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\s+\.\s+/;

/** "Read more: Some linked headline ." and "Read more from WIRED: . A . B ." blurbs. */
const READ_MORE =
  /\b(?:READ MORE|Read more|READ|RELATED|Related|MORE|WATCH|SEE ALSO|See also)(?: from [^:\n]{1,40})?:\s*(?:\.\s+)?(?:[^.\n]{1,140}?\s\.(?=\s|$))+/g;

/** Prefix spans (dateline, byline) and inline blurbs to leave out of the sentences. */
export function findBoilerplate(text: string): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  // Several prefixes can follow one another (byline, then dateline).
  for (let round = 0; round < 4; round += 1) {
    const rest = text.slice(cursor);
    const match =
      DAILY_MAIL_BYLINE.exec(rest) ??
      SIMPLE_BYLINE.exec(rest) ??
      DATE_LINE.exec(rest) ??
      DATELINE.exec(rest);
    if (match === null || match[0].trim() === '') break;
    spans.push({ start: cursor, end: cursor + match[0].length });
    cursor += match[0].length;
  }
  for (const match of text.matchAll(READ_MORE)) {
    if (match.index < cursor) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/**
 * Whole-sentence patterns. Those anchored at the start are joined into one RegExp, which fails
 * at once on most sentences. The others scan the sentence, so those anchored at the end start
 * near the end, and the photo note is tried only when the sentence has a "(".
 */
const STARTS: readonly RegExp[] = [
  /^scroll down\b/i,
  /^click here\b/i,
  /^(?:please )?follow (?:us |me |him |her |them )?(?:on (?:twitter|facebook|instagram)|@)/i,
  /^(?:like|join|find) us on (?:facebook|twitter)/i,
  /^(?:read|see|watch) more\b/i,
  /^(?:share|send) (?:this|your)\b.*\b(?:twitter|facebook|comments?|e-?mail)\b/i,
  /^(?:e-?mail|share) (?:to a friend|this)\b/i,
  /^subscribe\b/i,
  /^sign up\b/i,
  /^(?:copyright\s*(?:©|\(c\)|\d{4})|©)/i,
  /^the views expressed in this (?:commentary|article|column)\b/i,
  /^social media\s*\.?$/i,
  /^(?:pictured|photo|photograph|picture|image|video|credit|source|sources|caption)s?\s*[:.]/i,
  // A time stamp, not "Updated guidance says ..." or "Published in Lancet, the study ...".
  /^(?:updated|published|last updated)(?:\s*:|\s+(?:at\s+|on\s+)?\d)/i,
  /^(?:transcript|advertisement)\s*\.?$/i,
  /^(?:for (?:confidential )?support|if you (?:or someone|need)).*\b(?:call|visit|samaritans|hotline)\b/i,
];
const START = new RegExp(`^(?:${STARTS.map((pattern) => pattern.source.slice(1)).join('|')})`, 'i');
/**
 * A byline standing as a sentence: "By Jane Smith", "By . Sam Webb .", "BY JANE SMITH, CNN", only
 * capitalised name words after "By", so "By the end of the day, ..." is a story sentence.
 */
const BYLINE_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const BYLINE = new RegExp(
  String.raw`^(?:By|BY)\s+(?:\.\s+)?${BYLINE_NAME}(?:(?:\s*,\s*|\s+and\s+|\s+for\s+)${BYLINE_NAME})*\s*\.?$`,
  'u',
);
/**
 * "... Click here", "... All rights reserved." (or "Some", as Creative Commons articles say),
 * photo credits: "(Getty Images)". Agencies whose name is also an ordinary news name stay
 * out: "... said the EPA." ends a story sentence.
 */
const END =
  /\b(?:click here!?\s*|(?:all|some) rights reserved\.?|(?:getty images|ap photo|reuters\/|afp\/getty|rex features|rex\/shutterstock|file photo)\s*\.?\s*\)?\.?)$/gi;
/** The longest word part of END ("some rights reserved"). */
const END_WORDS = 20;
const CONTRIBUTED = /\bcontributed (?:to )?(?:this )?report(?:ing)?\b/i;
const PHOTO_NOTE =
  /\((?:pictured|photo|file photo|file picture|left|right|centre|center)\b[^)]*\)/i;

/** Whole-sentence boilerplate: links, captions, credits, calls to follow or subscribe. */
export function isBoilerplateSentence(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (START.test(trimmed) || BYLINE.test(trimmed)) return true;
  if (CONTRIBUTED.test(trimmed)) return true;
  if (trimmed.includes('(') && PHOTO_NOTE.test(trimmed)) return true;
  // An END match ends in a run of spaces, dots, brackets and "!" after at most END_WORDS other
  // characters, so the search starts there; it still sees the character before, for \b.
  let end = trimmed.length;
  while (end > 0 && isEndPunctuation(trimmed.charCodeAt(end - 1))) end -= 1;
  END.lastIndex = Math.max(0, end - END_WORDS);
  return END.test(trimmed);
}

/** White space, "." , ")" or "!". */
function isEndPunctuation(code: number): boolean {
  return code === 46 || code === 41 || code === 33 || isSpaceCode(code);
}
