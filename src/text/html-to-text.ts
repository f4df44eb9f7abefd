import { Parser } from 'htmlparser2';

/** Elements whose content is never article prose. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'nav',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'form',
  'button',
  'select',
  'textarea',
  'iframe',
  'svg',
  'canvas',
  'video',
  'audio',
  'object',
  'embed',
]);

/** Elements that end a paragraph: their text never runs into the next block's. */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/**
 * HTML to clean text: entities decoded, non-prose elements dropped, each block a paragraph,
 * paragraphs separated by a blank line and whitespace inside them collapsed to single spaces.
 */
export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  // Nesting depth inside dropped elements; text only counts at depth 0.
  let dropped = 0;

  const flush = (): void => {
    const paragraph = current.join('').replace(/\s+/g, ' ').trim();
    if (paragraph !== '') paragraphs.push(paragraph);
    current = [];
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (DROPPED.has(name)) dropped += 1;
        else if (dropped === 0 && BLOCKS.has(name)) flush();
      },
      onclosetag(name) {
        if (DROPPED.has(name)) dropped = Math.max(0, dropped - 1);
        else if (dropped === 0 && BLOCKS.has(name)) flush();
      },
      ontext(text) {
        if (dropped === 0) current.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return paragraphs.join('\n\n');
}
