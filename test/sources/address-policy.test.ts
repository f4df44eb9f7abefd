import { describe, expect, it } from 'vitest';
import {
  PUBLIC_ONLY,
  checkUrl,
  classifyAddress,
  isForbiddenAddress,
} from '../../src/sources/address-policy.js';
import {
  FetchRefusedError,
  InvalidUrlError,
  UnsupportedSchemeError,
} from '../../src/sources/errors.js';

const LOOPBACK_OK = { allowLoopback: true, allowPrivate: false };
const PRIVATE_OK = { allowLoopback: false, allowPrivate: true };

function refusal(url: string, policy = PUBLIC_ONLY): unknown {
  try {
    checkUrl(url, policy);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('checkUrl', () => {
  it.each([
    ['http://127.0.0.1/feed', 'loopback'],
    ['http://localhost/feed', 'loopback'],
    ['http://LOCALHOST./feed', 'loopback'],
    ['http://api.localhost/feed', 'loopback'],
    ['http://[::1]/feed', 'loopback'],
    ['http://0x7f000001/feed', 'loopback'],
    ['http://2130706433/feed', 'loopback'],
    ['http://0177.0.0.1/feed', 'loopback'],
    ['http://127.1/feed', 'loopback'],
    ['http://[::ffff:127.0.0.1]/feed', 'loopback'],
    ['http://[::127.0.0.1]/feed', 'loopback'],
    ['http://169.254.169.254/latest/meta-data/', 'metadata'],
    ['http://[fd00:ec2::254]/latest/meta-data/', 'metadata'],
    ['http://169.254.1.1/', 'link-local'],
    ['http://10.0.0.1/', 'private'],
    ['http://172.16.5.4/', 'private'],
    ['http://192.168.1.1/', 'private'],
    ['http://100.64.0.1/', 'private'],
    ['http://[fd00::1]/', 'private'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://0/', 'unspecified'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://255.255.255.255/', 'multicast'],
    ['http://240.0.0.1/', 'reserved'],
    ['https://[::ffff:10.0.0.1]/', 'private'],
  ])('refuses %s as %s', (url, reason) => {
    const error = refusal(url);
    expect(error).toBeInstanceOf(FetchRefusedError);
    expect((error as FetchRefusedError).reason).toBe(reason);
    expect((error as FetchRefusedError).userMessage).toMatch(/^That address is not allowed: /);
  });

  it('tells the user a private address points to a private network', () => {
    expect((refusal('http://192.168.1.1/') as FetchRefusedError).userMessage).toBe(
      'That address is not allowed: it points to a private network.',
    );
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/feed', 'data:text/plain,hi', 'gopher://x/'])(
    'refuses the non-http scheme of %s',
    (url) => {
      const error = refusal(url, LOOPBACK_OK);
      expect(error).toBeInstanceOf(UnsupportedSchemeError);
      expect((error as UnsupportedSchemeError).userMessage).toBe(
        'Only http and https addresses can be fetched.',
      );
    },
  );

  it('refuses text that is not a URL', () => {
    expect(refusal('not a url')).toBeInstanceOf(InvalidUrlError);
    expect(refusal('http://1.2.3.4.5/')).toBeInstanceOf(InvalidUrlError);
  });

  it('accepts public addresses and names, returning the normalised URL', () => {
    expect(checkUrl('https://example.com/feed.xml', PUBLIC_ONLY).href).toBe(
      'https://example.com/feed.xml',
    );
    expect(checkUrl('http://93.184.215.14/', PUBLIC_ONLY).hostname).toBe('93.184.215.14');
    expect(checkUrl('http://[2606:4700::1111]/', PUBLIC_ONLY).hostname).toBe('[2606:4700::1111]');
  });

  it('accepts loopback forms only when loopback is explicitly allowed', () => {
    for (const url of [
      'http://127.0.0.1:8080/',
      'http://localhost/',
      'http://[::1]/',
      'http://0x7f000001/',
      'http://2130706433/',
      'http://[::ffff:127.0.0.1]/',
    ]) {
      expect(refusal(url, LOOPBACK_OK)).toBeUndefined();
      expect(refusal(url, PRIVATE_OK)).toBeInstanceOf(FetchRefusedError);
    }
  });

  it('never allows metadata or link-local addresses, even with loopback and private allowed', () => {
    const everything = { allowLoopback: true, allowPrivate: true };
    expect(refusal('http://169.254.169.254/', everything)).toBeInstanceOf(FetchRefusedError);
    expect(refusal('http://100.100.100.200/', everything)).toBeInstanceOf(FetchRefusedError);
    expect(refusal('http://[fd00:ec2::254]/', everything)).toBeInstanceOf(FetchRefusedError);
    expect(refusal('http://[fe80::1]/', everything)).toBeInstanceOf(FetchRefusedError);
    expect(refusal('http://10.0.0.1/', everything)).toBeUndefined();
  });
});

describe('isForbiddenAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '::1',
    '10.0.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '100.64.0.1',
    '169.254.169.254',
    '0.0.0.0',
    '224.0.0.251',
    '255.255.255.255',
    '192.0.2.1',
    '198.18.0.1',
    'fc00::1',
    'fd00::1',
    'fe80::1',
    'fe80::1%eth0',
    'fec0::1',
    'ff02::1',
    '::',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
    '::ffff:0:10.0.0.1',
    '::7f00:1',
    '64:ff9b::10.0.0.1',
    '2002:7f00:1::1',
    '2002:c0a8:101::1',
    '2001:db8::1',
    'not-an-ip',
  ])('forbids %s', (ip) => {
    expect(isForbiddenAddress(ip, PUBLIC_ONLY)).toBe(true);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8', '2002:808:808::1'])(
    'allows the public address %s',
    (ip) => {
      expect(isForbiddenAddress(ip, PUBLIC_ONLY)).toBe(false);
    },
  );

  it('judges a Teredo address by the inverted client address it carries', () => {
    // Server 65.54.227.120, client 127.0.0.1 (stored inverted as 80ff:fffe).
    expect(classifyAddress('2001:0:4136:e378:8000:63bf:80ff:fffe')).toBe('loopback');
    // Same server, public client 8.8.8.8 (inverted f7f7:f7f7).
    expect(classifyAddress('2001:0:4136:e378:8000:63bf:f7f7:f7f7')).toBe('public');
  });

  it('allows private ranges with allowPrivate but keeps loopback refused', () => {
    expect(isForbiddenAddress('10.1.2.3', PRIVATE_OK)).toBe(false);
    expect(isForbiddenAddress('fd12::1', PRIVATE_OK)).toBe(false);
    expect(isForbiddenAddress('127.0.0.1', PRIVATE_OK)).toBe(true);
    expect(isForbiddenAddress('127.0.0.1', LOOPBACK_OK)).toBe(false);
    expect(isForbiddenAddress('::1', LOOPBACK_OK)).toBe(false);
  });
});
