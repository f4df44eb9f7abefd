/**
 * The SSRF address policy: which URLs and which resolved IP addresses the fetcher may reach.
 * Pure functions; the guarded fetcher applies them before every hop (URL) and inside the
 * socket's DNS lookup (every resolved address), so a name that resolves to a private address,
 * or re-resolves to one later (DNS rebinding), is refused before any connection is made.
 */
import ipaddr from 'ipaddr.js';
import { FetchRefusedError, InvalidUrlError, UnsupportedSchemeError } from './errors.js';
import type { RefusalReason } from './errors.js';

export interface AddressPolicy {
  /** 127.0.0.0/8, ::1 and "localhost": only when the operator explicitly allows it (tests). */
  allowLoopback: boolean;
  /** RFC 1918, CGNAT 100.64/10 and IPv6 ULA fc00::/7: for self-hosted feeds on a LAN. */
  allowPrivate: boolean;
}

/** The default: only public unicast addresses. */
export const PUBLIC_ONLY: AddressPolicy = Object.freeze({
  allowLoopback: false,
  allowPrivate: false,
});

/** Cloud metadata endpoints: refused whatever the policy says (AWS, GCP, Azure, ECS, Alibaba). */
const METADATA_ADDRESSES = new Set(['169.254.169.254', '169.254.170.2', '100.100.100.200']);
const METADATA_V6 = ['fd00:ec2::254'].map((a) => ipaddr.IPv6.parse(a).toNormalizedString());

type Classification = RefusalReason | 'public';

/** What kind of address `ip` is: 'public', or the reason it is sensitive. */
export function classifyAddress(ip: string): Classification {
  // dns.lookup may return scoped IPv6 addresses ("fe80::1%eth0"); the scope does not matter here.
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return 'invalid';
  const parsed = ipaddr.parse(bare);
  return parsed.kind() === 'ipv4'
    ? classifyV4(parsed as ipaddr.IPv4)
    : classifyV6(parsed as ipaddr.IPv6);
}

/** True when the policy forbids connecting to `ip`. */
export function isForbiddenAddress(ip: string, policy: AddressPolicy): boolean {
  return refusalFor(ip, policy) !== undefined;
}

/** Throws FetchRefusedError when the policy forbids connecting to `ip`. */
export function assertAllowedAddress(ip: string, policy: AddressPolicy): void {
  const reason = refusalFor(ip, policy);
  if (reason !== undefined) throw new FetchRefusedError(reason, ip);
}

/**
 * Parses and checks a URL before any network use: http/https only, and a host that is not a
 * forbidden IP literal or a loopback name. Numeric host forms (2130706433, 0x7f000001,
 * 0177.0.0.1, 127.1) are normalised to dotted quads by the WHATWG URL parser first, so they
 * are judged as the address they denote. Host names are judged at connection time.
 */
export function checkUrl(url: string, policy: AddressPolicy): URL {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new InvalidUrlError(url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UnsupportedSchemeError(parsed.protocol);
  }
  const host = parsed.hostname.toLowerCase();
  if (host === '') throw new InvalidUrlError(url);

  if (host.startsWith('[') || ipaddr.IPv4.isValidFourPartDecimal(host)) {
    assertAllowedAddress(host, policy);
  } else {
    const name = host.replace(/\.$/, '');
    // RFC 6761: "localhost" and its subdomains always mean this machine.
    if ((name === 'localhost' || name.endsWith('.localhost')) && !policy.allowLoopback) {
      throw new FetchRefusedError('loopback', host);
    }
  }
  return parsed;
}

function refusalFor(ip: string, policy: AddressPolicy): RefusalReason | undefined {
  const kind = classifyAddress(ip);
  if (kind === 'public') return undefined;
  if (kind === 'loopback' && policy.allowLoopback) return undefined;
  if (kind === 'private' && policy.allowPrivate) return undefined;
  return kind;
}

function classifyV4(address: ipaddr.IPv4): Classification {
  if (METADATA_ADDRESSES.has(address.toString())) return 'metadata';
  switch (address.range()) {
    case 'unicast':
    case 'as112':
    case 'amt':
      return 'public';
    case 'unspecified':
      return 'unspecified';
    case 'broadcast':
    case 'multicast':
      return 'multicast';
    case 'linkLocal':
      return 'link-local';
    case 'loopback':
      return 'loopback';
    case 'private':
    case 'carrierGradeNat':
      return 'private';
    default:
      return 'reserved';
  }
}

function classifyV6(address: ipaddr.IPv6): Classification {
  if (METADATA_V6.includes(address.toNormalizedString())) return 'metadata';
  const parts = address.parts;
  const v4At = (hi: number, lo: number): ipaddr.IPv4 =>
    new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  // A plain string: the runtime knows more range names (deprecatedSiteLocal) than its types.
  const range: string = address.range();

  // Addresses that carry an IPv4 address are judged by that address.
  if (range === 'ipv4Mapped') return classifyV4(address.toIPv4Address());
  if (range === 'rfc6145' || (range === 'rfc6052' && parts[1] === 0xff9b && parts[2] === 0)) {
    return classifyV4(v4At(parts[6] ?? 0, parts[7] ?? 0));
  }
  // IPv4-compatible ::a.b.c.d (deprecated, but some stacks still route it).
  if (parts.slice(0, 6).every((p) => p === 0) && range === 'unicast') {
    return classifyV4(v4At(parts[6] ?? 0, parts[7] ?? 0));
  }
  if (range === '6to4') {
    const embedded = classifyV4(v4At(parts[1] ?? 0, parts[2] ?? 0));
    return embedded === 'public' ? 'public' : embedded;
  }
  if (range === 'teredo') {
    const server = classifyV4(v4At(parts[2] ?? 0, parts[3] ?? 0));
    // The client address is stored with every bit inverted.
    const client = classifyV4(v4At((parts[6] ?? 0) ^ 0xffff, (parts[7] ?? 0) ^ 0xffff));
    if (client !== 'public') return client;
    return server;
  }

  switch (range) {
    case 'unicast':
      return 'public';
    case 'unspecified':
      return 'unspecified';
    case 'loopback':
      return 'loopback';
    case 'linkLocal':
      return 'link-local';
    case 'multicast':
      return 'multicast';
    case 'uniqueLocal':
    case 'deprecatedSiteLocal':
    case 'rfc6052': // 64:ff9b:1::/48, local-use NAT64
      return 'private';
    default:
      return 'reserved';
  }
}
