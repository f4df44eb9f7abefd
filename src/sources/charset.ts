/**
 * Response bytes → text. The charset comes from, in order: a byte-order mark, the
 * Content-Type header, the XML declaration, an HTML <meta charset>; else UTF-8. Node's
 * TextDecoder has full ICU, so every WHATWG encoding label works (windows-1252, shift_jis...).
 */

/** How many leading bytes are searched for an XML declaration or a <meta charset>. */
const SNIFF_BYTES = 2048;

export function decodeBody(bytes: Uint8Array, contentTypeHeader: string | undefined): string {
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bom, bytes) ?? '';

  const declared = charsetFromContentType(contentTypeHeader) ?? sniffCharset(bytes);
  const label = declared && isSupported(declared) ? declared : 'utf-8';
  if (normalise(label) !== 'utf-8') return decodeWith(label, bytes) ?? '';

  // Undeclared or declared UTF-8, but not valid UTF-8: by far the most common mislabel is a
  // Windows-1252 (or Latin-1, its subset) document, so read it as that rather than show U+FFFD.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** The `charset` parameter of a Content-Type header value, if any. */
export function charsetFromContentType(header: string | undefined): string | undefined {
  const match = header?.match(/;\s*charset\s*=\s*"?([^";\s]+)"?/i);
  return match?.[1]?.toLowerCase();
}

/** The media type of a Content-Type header value ("application/rss+xml"), lowercased. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function sniffCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 maps bytes 1:1, enough to read ASCII markup whatever the real encoding.
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.length, SNIFF_BYTES),
  ).toString('latin1');
  const xml = head.match(/^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/);
  if (xml?.[1]) return xml[1].toLowerCase();
  const meta = head.match(/<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i);
  if (meta?.[1]) {
    // HTML spec: a <meta> that claims UTF-16 in an ASCII-readable document means UTF-8.
    const label = meta[1].toLowerCase();
    return label.startsWith('utf-16') ? 'utf-8' : label;
  }
  return undefined;
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function isSupported(label: string): boolean {
  return normalise(label) !== undefined;
}

function normalise(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function decodeWith(label: string, bytes: Uint8Array): string | undefined {
  if (normalise(label) === 'windows-1252') return decodeWindows1252(bytes);
  try {
    // TextDecoder strips a matching BOM itself.
    return new TextDecoder(label).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Windows-1252 (the WHATWG meaning of "iso-8859-1", "latin1" and "us-ascii" too). Node 20's
 * TextDecoder decodes it as plain Latin-1, turning 0x80-0x9F (curly quotes, dashes, €) into
 * C1 control characters, so those 32 bytes are mapped here.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
