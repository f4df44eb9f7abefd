import { describe, expect, it } from 'vitest';
import {
  charsetFromContentType,
  decodeBody,
  decodeWindows1252,
  mediaType,
} from '../../src/sources/charset.js';

describe('decodeBody', () => {
  it('maps Windows-1252 curly quotes, dashes and the euro sign (Node 20 decodes them as C1)', () => {
    expect(decodeWindows1252(Buffer.from([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80]))).toBe(
      '\u201CA\u201D \u2013 \u20AC',
    );
  });

  it('treats a declared ISO-8859-1 as Windows-1252, as browsers do', () => {
    expect(decodeBody(Buffer.from([0x93, 0x68, 0x69, 0x94]), 'text/html; charset=iso-8859-1')).toBe(
      '\u201Chi\u201D',
    );
  });

  it('prefers the Content-Type charset over the XML declaration', () => {
    const bytes = Buffer.from('<?xml version="1.0" encoding="utf-8"?><a>\xe9</a>', 'latin1');
    expect(decodeBody(bytes, 'application/xml; charset="ISO-8859-1"')).toBe(
      '<?xml version="1.0" encoding="utf-8"?><a>é</a>',
    );
  });

  it('reads an http-equiv meta charset', () => {
    const html = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>'),
      Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]),
    ]);
    expect(decodeBody(html, 'text/html')).toBe(
      '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>Привет',
    );
  });

  it('decodes curly quotes in Windows-1252 bytes labelled UTF-8', () => {
    expect(decodeBody(Buffer.from([0x93, 0x6f, 0x6b, 0x94]), 'text/plain; charset=utf-8')).toBe(
      '\u201Cok\u201D',
    );
  });

  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeBody(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]), undefined)).toBe('hi');
  });
});

describe('content-type helpers', () => {
  it('reads the charset parameter and the media type', () => {
    expect(charsetFromContentType('text/html; Charset="UTF-8"')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeUndefined();
    expect(mediaType('Application/RSS+XML; charset=utf-8')).toBe('application/rss+xml');
    expect(mediaType(undefined)).toBe('');
  });
});
