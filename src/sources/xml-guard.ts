/**
 * Entity-expansion ("billion laughs") and external-entity (XXE) defence for feeds. feedsmith
 * runs fast-xml-parser with `processEntities: false`, so declared entities are not expanded
 * today; this guard makes the refusal explicit and independent of that setting: a document
 * whose DOCTYPE carries an internal subset (where ENTITY declarations live) is refused before
 * any parser sees it. Public DOCTYPEs without a subset (old RSS 0.91 feeds) pass.
 */
import { FeedParseError } from './errors.js';

/** The prolog: XML declaration, processing instructions, comments, whitespace, then DOCTYPE. */
const PROLOG_DOCTYPE = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<!DOCTYPE\b([^[>]*)(\[)?/i;

export function assertSafeXml(xml: string): void {
  const text = xml.replace(/^\uFEFF/, '');
  const doctype = PROLOG_DOCTYPE.exec(text);
  // An ENTITY declaration anywhere before the root element, even a malformed one.
  const rootStart = text.search(/<[A-Za-z_]/);
  const prolog = rootStart === -1 ? text : text.slice(0, rootStart);
  if (doctype?.[2] !== undefined || /<!ENTITY\b/i.test(prolog)) {
    throw new FeedParseError(
      'That feed declares its own XML entities, which are refused for safety.',
      { detail: 'DOCTYPE with an internal subset' },
    );
  }
}
