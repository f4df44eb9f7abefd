import { describe, expect, it } from 'vitest';
import { parseFeedDocument } from '../../src/sources/feed.js';
import { FeedParseError } from '../../src/sources/errors.js';
import { sniffDocument } from '../../src/sources/sniff.js';

const RSS = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire &amp; Co</title>
<link>https://wire.example/</link><item><title>Rates rise</title><link>/a/1</link>
<pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate><dc:creator>Ann Lee</dc:creator>
<description>&lt;p&gt;Short teaser.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>The central bank raised rates.</p><p>Markets fell.</p>]]></content:encoded></item></channel></rss>`;

const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title><id>x</id>
<updated>2026-11-20T00:00:00Z</updated><entry><title type="html">A &amp;amp; B</title><id>e1</id>
<link rel="alternate" href="https://atom.example/e1"/><updated>2026-11-20T09:00:00Z</updated>
<author><name>Bo</name></author><summary>Sum</summary><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>`;

const RDF = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>RDF news</title><link>https://rdf.example/</link>
<description>d</description></channel><item rdf:about="https://rdf.example/1"><title>RDF item</title>
<link>https://rdf.example/1</link><description>Desc</description><dc:date>2026-11-19T10:00:00Z</dc:date>
<dc:creator>Cy</dc:creator></item></rdf:RDF>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON news',
  items: [
    {
      id: '1',
      url: 'https://json.example/1',
      title: 'JSON item',
      content_text: 'Para one.\n\nPara two.',
      date_published: '2026-11-18T07:00:00Z',
      authors: [{ name: 'Di' }],
    },
  ],
});

describe('parseFeedDocument', () => {
  it('reads RSS 2.0 with content:encoded, dc:creator and a relative link', () => {
    const feed = parseFeedDocument(RSS, 'https://wire.example/feed.xml');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Wire & Co');
    expect(feed.items).toEqual([
      {
        title: 'Rates rise',
        link: 'https://wire.example/a/1',
        publishedAt: '2026-11-20T08:00:00.000Z',
        author: 'Ann Lee',
        summary: 'Short teaser.',
        content: 'The central bank raised rates.\n\nMarkets fell.',
      },
    ]);
  });

  it('reads Atom with an HTML title and content', () => {
    const feed = parseFeedDocument(ATOM);
    expect(feed.format).toBe('atom');
    expect(feed.items[0]).toEqual({
      title: 'A & B',
      link: 'https://atom.example/e1',
      publishedAt: '2026-11-20T09:00:00.000Z',
      author: 'Bo',
      summary: 'Sum',
      content: 'Body',
    });
  });

  it('reads RSS 1.0 (RDF) with Dublin Core date and creator', () => {
    const feed = parseFeedDocument(RDF);
    expect(feed.format).toBe('rdf');
    expect(feed.items[0]).toMatchObject({
      title: 'RDF item',
      link: 'https://rdf.example/1',
      publishedAt: '2026-11-19T10:00:00.000Z',
      author: 'Cy',
      summary: 'Desc',
    });
  });

  it('reads JSON Feed with plain-text content', () => {
    const feed = parseFeedDocument(JSON_FEED);
    expect(feed.format).toBe('json');
    expect(feed.items[0]).toMatchObject({
      title: 'JSON item',
      author: 'Di',
      content: 'Para one.\n\nPara two.',
    });
  });

  it('refuses broken XML with a clear error', () => {
    expect(() => parseFeedDocument('<rss><channel><title>broken')).toThrow(FeedParseError);
  });

  it('refuses an entity-expansion bomb before parsing', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>&lol2;</title></channel></rss>`;
    try {
      parseFeedDocument(bomb);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(FeedParseError);
      expect((error as FeedParseError).userMessage).toMatch(/XML entities/);
    }
  });

  it('accepts a public DOCTYPE without an internal subset', () => {
    const old = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
 "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title>
<item><title>Item</title><link>https://old.example/1</link></item></channel></rss>`;
    expect(parseFeedDocument(old).items[0]?.title).toBe('Item');
  });
});

describe('sniffDocument', () => {
  it('tells feeds from pages whatever the label', () => {
    expect(sniffDocument(RSS, 'text/html')).toBe('feed');
    expect(sniffDocument(JSON_FEED, 'application/json')).toBe('feed');
    expect(sniffDocument('<!doctype html><html></html>', 'text/html')).toBe('page');
    expect(sniffDocument('\x89PNG', 'image/png')).toBe('other');
  });
});
