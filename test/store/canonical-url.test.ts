import { describe, expect, it } from 'vitest';
import { articleIdFor, contentFingerprint } from '../../src/store/article-id.js';
import { canonicalizeUrl } from '../../src/store/canonical-url.js';

describe('canonicalizeUrl', () => {
  it('lowercases the host, drops the fragment and the default port', () => {
    expect(canonicalizeUrl('HTTPS://News.Example.COM:443/World/Story?id=7#comments')).toBe(
      'https://news.example.com/World/Story?id=7',
    );
    expect(canonicalizeUrl('http://example.com:80/a')).toBe('http://example.com/a');
  });

  it('keeps a non-default port', () => {
    expect(canonicalizeUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('strips tracking parameters and sorts the rest', () => {
    expect(
      canonicalizeUrl(
        'https://example.com/a?utm_source=tw&b=2&fbclid=xyz&a=1&gclid=1&mc_cid=3&ref=home&UTM_Medium=x',
      ),
    ).toBe('https://example.com/a?a=1&b=2');
  });

  it('treats a trailing slash on an article path as the same page', () => {
    expect(canonicalizeUrl('https://example.com/news/story/')).toBe(
      canonicalizeUrl('https://example.com/news/story'),
    );
    expect(canonicalizeUrl('https://example.com/')).toBe('https://example.com/');
  });

  it('returns undefined for non-http URLs and garbage', () => {
    expect(canonicalizeUrl('file:///etc/passwd')).toBeUndefined();
    expect(canonicalizeUrl('not a url')).toBeUndefined();
    expect(canonicalizeUrl('javascript:alert(1)')).toBeUndefined();
  });
});

describe('articleIdFor', () => {
  it('gives the same id to URLs that differ only in tracking and fragment', () => {
    const a = articleIdFor({ url: 'https://example.com/a?utm_campaign=x#top', text: 'one' });
    const b = articleIdFor({ url: 'https://EXAMPLE.com/a', text: 'two' });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });

  it('hashes the content when there is no usable URL', () => {
    expect(articleIdFor({ text: 'Hello,   world!' })).toBe(articleIdFor({ text: 'hello world' }));
    expect(articleIdFor({ text: 'hello world' })).not.toBe(articleIdFor({ text: 'goodbye world' }));
  });
});

describe('contentFingerprint', () => {
  const text =
    'The council approved the new budget on Tuesday after a long debate about schools and roads.';

  it('ignores case, punctuation and spacing', () => {
    expect(contentFingerprint(text)).toBe(
      contentFingerprint(`  ${text.toUpperCase().replace(/ /g, '\n')} `),
    );
  });

  it('differs when a word differs', () => {
    expect(contentFingerprint(text)).not.toBe(
      contentFingerprint(text.replace('Tuesday', 'Monday')),
    );
  });

  it('refuses to fingerprint a text too short to identify an article', () => {
    expect(contentFingerprint('Developing story.')).toBeUndefined();
  });
});
