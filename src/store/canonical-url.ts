/**
 * One spelling per article URL, so that the same article reached through a feed, a share link
 * or a newsletter is stored once. Only changes that never change the page are made: scheme and
 * host case, default ports, fragments, tracking parameters and query order.
 */

/** Query parameters that only track the reader; matched case-insensitively. */
const trackingParams = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gclsrc',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'cmpid',
  'ocid',
  'smid',
  'smtyp',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'spm',
]);
const trackingPrefixes = ['utm_', 'pk_', 'mtm_', 'at_', 'oly_'];

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return trackingParams.has(lower) || trackingPrefixes.some((prefix) => lower.startsWith(prefix));
}

/**
 * Returns the canonical form of an http(s) URL, or undefined when the string is not an
 * absolute http(s) URL (such articles are then identified by their content).
 */
export function canonicalizeUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // WHATWG URL already lowercases the scheme and host and drops default ports.
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  parsed.hostname = parsed.hostname.replace(/\.$/, '');
  const kept = [...parsed.searchParams.entries()]
    .filter(([name]) => !isTracking(name))
    .sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)));
  parsed.search = new URLSearchParams(kept).toString();
  let result = parsed.toString();
  // "https://x.org/a/" and "https://x.org/a" are the same article on news sites; keep the root "/".
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith('/') && parsed.search === '') {
    result = result.slice(0, -1);
  }
  return result;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
