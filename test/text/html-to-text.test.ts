import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/text/html-to-text.js';

describe('htmlToText', () => {
  it('decodes entities and collapses whitespace inside a paragraph', () => {
    expect(
      htmlToText('<p>Profits  rose&nbsp;5%\n at AT&amp;T &mdash; &#8220;a record&#8221;.</p>'),
    ).toBe('Profits rose 5% at AT&T — “a record”.');
  });

  it('separates block elements with a blank line', () => {
    expect(
      htmlToText(
        '<article><h1>Storm hits coast</h1><p>Thousands lost power.</p><ul><li>One</li><li>Two</li></ul></article>',
      ),
    ).toBe('Storm hits coast\n\nThousands lost power.\n\nOne\n\nTwo');
  });

  it('turns <br> into a paragraph break and keeps inline elements in the flow', () => {
    expect(htmlToText('<div>First line<br>Second <b>bold</b> <a href="/x">link</a></div>')).toBe(
      'First line\n\nSecond bold link',
    );
  });

  it('drops scripts, styles, navigation, header, footer, asides, figures, captions, forms and noscript', () => {
    const html = `<html><head><title>Page</title><style>p{color:red}</style></head><body>
      <header>Site name</header><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
      <main><p>The council approved the budget.</p>
      <figure><img src="a.jpg"><figcaption>The council chamber (pictured)</figcaption></figure>
      <aside>Related: other stories</aside><script>track("view")</script><noscript>Enable JS</noscript>
      <form><label>Email</label><button>Subscribe</button></form>
      <p>The vote was 7 to 2.</p></main><footer>© 2024 Example News</footer></body></html>`;
    expect(htmlToText(html)).toBe('The council approved the budget.\n\nThe vote was 7 to 2.');
  });

  it('returns an empty string for markup without text', () => {
    expect(htmlToText('<div><script>x()</script><p>   </p></div>')).toBe('');
  });
});
