import { expect, test } from 'vitest';
import { formatCredential, hashSecret, matchesHash, newJoinCode, newSecret, normalizeJoinCode, parseCredential } from '@/server/secrets';

test('a secret carries 256 bits and only its hash matches it', () => {
  const secret = newSecret();
  expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
  expect(matchesHash(secret, hashSecret(secret))).toBe(true);
  expect(matchesHash(newSecret(), hashSecret(secret))).toBe(false);
  expect(matchesHash(secret, 'not-a-hash')).toBe(false);
});

test('a credential names its kind and owner and round-trips', () => {
  const secret = newSecret();
  expect(parseCredential(formatCredential('learner', 'abc', secret))).toEqual({ kind: 'learner', id: 'abc', secret });
  expect(parseCredential(formatCredential('instructor', 'abc', secret))?.kind).toBe('instructor');
  expect(parseCredential(`x_abc.${secret}`)).toBeUndefined();
  expect(parseCredential('l_abc.short')).toBeUndefined();
});

test('a join code survives being typed in lower case, with spaces, O for 0 and I or L for 1', () => {
  const code = newJoinCode();
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  expect(normalizeJoinCode(` ${code.toLowerCase().replace('-', ' ')} `)).toBe(code);
  expect(normalizeJoinCode('o1il0-abcde')).toBe('01110-ABCDE');
});
