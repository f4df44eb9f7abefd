/**
 * What a mention does in its text, for salience. A dateline says where a story was filed, a
 * byline, credit or contributor line who made it, and an attribution who said or reported
 * something: none of them says what the story is about. Recognition keeps these mentions;
 * only the ranking discounts them.
 */
import type { Span } from '../model.js';

const AGENCIES = String.raw`CNN|Reuters|AP|AFP`;
const DATELINE_AFTER = new RegExp(String.raw`^(?:,[\p{L} .]+)?\s*\((?:${AGENCIES})\)`, 'u');

/** The most text before a dateline's last place on its line ("Kabul, " of "Kabul, Afghanistan"). */
const MAX_DATELINE_LEAD = 80;

/** "JERUSALEM (Reuters) -", "Kabul, Afghanistan (CNN)". */
export function isDateline(text: string, span: Span): boolean {
  // A dateline opens its line: look back a short way only, as a text of one long line would
  // otherwise be scanned back to its start for every name.
  const from = Math.max(0, span.start - MAX_DATELINE_LEAD);
  const window = text.slice(from, span.start);
  const newline = window.lastIndexOf('\n');
  if (newline < 0 && from > 0) return false;
  const before = window.slice(newline + 1);
  if (before.trim() !== '' && !/^[\p{L} .]+, $/u.test(before)) return false;
  return DATELINE_AFTER.test(text.slice(span.end, span.end + 40));
}

// A run of names as bylines and credits write them: "Sarah Griffiths and Tom Lee for MailOnline".
const NAMES = String.raw`[\p{Lu}][\p{L}\p{M}'’.-]*(?:(?:\s+|,\s*|\s+and\s+|\s+for\s+|\s+in\s+|/)[\p{Lu}][\p{L}\p{M}'’.-]*)*`;
/** "By . Sarah Griffiths . PUBLISHED", "By Tom Lee\n": a line or item that only names authors. */
const BYLINE = new RegExp(
  String.raw`(?:^|\n|[.|]\s)\s*By\s+(?:\.\s+)?${NAMES}(?=\s+\.(?:\s|$)|\s*\n|\s*$|\s+(?:PUBLISHED|UPDATED|Last updated)\b)`,
  'gu',
);
/** "Photo: Getty Images", "(Photo by Jane Doe/AFP)", "Reporting by Jack Smith; editing by Ann Lee". */
const CREDIT = new RegExp(
  String.raw`\b(?:(?:Photos?|Pictures?|Images?|Photograph|Video|Credit)\s*(?::|\bby\b)|(?:Additional\s+)?(?:[Rr]eporting|[Ee]diting|[Ww]riting)\s+by)\s*(?:\.\s+)?${NAMES}(?=\s*(?:[).;|\n]|$))`,
  'gu',
);
/** "PUBLISHED: . 12:01 EST, 3 March 2014 . | . UPDATED: . 09:14 EST, 3 March 2014 .": when, not what. */
const HEADER =
  /\b(?:PUBLISHED|UPDATED|Last updated(?: at)?)\s*:?[\s.|]*\d{1,2}:\d{2}[^|\n]{0,40}?\d{4}[\s.|]*/gu;
/** "CNN's Ray Sanchez, John Newsome and Steve Almasy contributed to this report." */
const CONTRIBUTORS = new RegExp(
  String.raw`(?:^|[.!?"”]\s+|\n)([^.!?\n]{0,160}?\bcontributed(?:\s+reporting|\s+to\s+(?:this|the)\s+(?:report|story|article))[^.!?\n]*)`,
  'gu',
);

/** "©2015 The Hollywood Reporter. All rights reserved.", "Copyright 2011 Wired." */
const COPYRIGHT = /(?:©|\bCopyright\b)\s*\d{4}[^.\n]{0,60}/gu;
/** "(The Hollywood Reporter)The skies over ...": the outlet a story opens with, as "(CNN)". */
const OPENING_OUTLET = /^\s*\(([\p{Lu}][^()\n]{0,40})\)/u;

/**
 * Spans that credit the text's makers: bylines, publication times, photo credits, copyright
 * lines, the outlet a story opens with, contributors.
 */
export function creditSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of [BYLINE, HEADER, CREDIT, COPYRIGHT]) {
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  // (The outlet's name only: the sentence it opens is the story's first.)
  const outlet = OPENING_OUTLET.exec(text);
  if (outlet?.[1] !== undefined) {
    const start = outlet[0].length - outlet[1].length - 1;
    spans.push({ start, end: start + outlet[1].length });
  }
  // Most texts have no contributor line: skip the sentence-by-sentence search for one.
  if (!text.includes('contributed')) return spans;
  for (const m of text.matchAll(CONTRIBUTORS)) {
    const line = m[1] ?? '';
    const start = m.index + m[0].length - line.length;
    spans.push({ start, end: start + line.length });
  }
  return spans;
}

export function isInside(spans: readonly Span[], span: Span): boolean {
  return spans.some((s) => s.start <= span.start && span.end <= s.end);
}

// "said Smith", "according to the Times", "told Reuters": the name is a source.
const SOURCE_BEFORE =
  /\b(?:said|says|told|according\s+to|interview\s+with|quoted\s+by|reported\s+by)\s+(?:the\s+)?$/i;
// "Smith said", "The Times reported".
const SOURCE_AFTER = /^\s*(?:said|says|told|reported|reports|wrote|writes|tweeted)\b/i;

/** The mention names who said or reported something, not who or what the story is about. */
export function isAttribution(text: string, span: Span): boolean {
  return (
    SOURCE_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)) ||
    SOURCE_AFTER.test(text.slice(span.end, span.end + 12))
  );
}

// "(CNN)", "London (CNN) --": the agency tag that opens a story, alone in its sentence.
const AGENCY_TAG = new RegExp(String.raw`^(?:[^()\n]{0,60}\()?(?:${AGENCIES})\)[\s\-–—]*$`, 'u');

/**
 * Index of the first sentence of the story proper: an agency tag, a byline or a publication
 * header before it is no sentence of the story.
 */
export function storyStart(
  text: string,
  sentenceStarts: readonly number[],
  credits: readonly Span[],
): number {
  let i = 0;
  while (i < sentenceStarts.length - 1) {
    const start = sentenceStarts[i] ?? 0;
    const sentence = text.slice(start, sentenceStarts[i + 1] ?? text.length).trim();
    if (!AGENCY_TAG.test(sentence) && !isInside(credits, { start, end: start + 1 })) break;
    i++;
  }
  return i;
}
