import { describe, expect, test } from 'vitest';
import { clientAddress, trustedProxies } from '@/server/client-address.mjs';
import { chooseEncoding } from '@/server/static-files.mjs';

describe('the client address used for rate limits', () => {
  test('is the connection’s peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('::ffff:127.0.0.1', '203.0.113.9', trustedProxies(undefined))).toBe('127.0.0.1');
    expect(clientAddress('10.0.0.5', ['1.1.1.1', '2.2.2.2'], trustedProxies(''))).toBe('10.0.0.5');
  });

  test('behind trusted proxies is the nearest untrusted address, read from the right', () => {
    const trusted = trustedProxies('10.0.0.1, 10.0.0.2');
    expect(clientAddress('10.0.0.1', '198.51.100.7', trusted)).toBe('198.51.100.7');
    expect(clientAddress('::ffff:10.0.0.1', 'forged, 198.51.100.7, 10.0.0.2', trusted)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.1', undefined, trusted)).toBe('10.0.0.1');
    // A peer that is not the proxy is believed as itself.
    expect(clientAddress('198.51.100.9', '10.9.9.9', trusted)).toBe('198.51.100.9');
  });
});

describe('the encoding chosen from Accept-Encoding', () => {
  const both = ['br', 'gzip'];
  test.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['identity', undefined],
    [undefined, undefined],
  ])('%j → %j', (header, expected) => {
    expect(chooseEncoding(header, both)).toBe(expected);
  });
  test('only encodings there is a copy of', () => {
    expect(chooseEncoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('br', [])).toBeUndefined();
  });
});
