import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** A random public id (96 bits). */
export const newId = (): string => randomBytes(12).toString('base64url');

/** Secrets are stored only as their SHA-256: a leaked database holds no usable key. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Whether `secret` hashes to `storedHash`, compared in constant time. */
export function matchesHash(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A join code of ten characters (50 bits), shown as `ABCDE-FGHJK`. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += alphabet[randomInt(alphabet.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A join code as typed: case, spaces and dashes ignored; O read as 0, I and L as 1. */
export function normalizeJoinCode(typed: string): string {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return plain.length === 10 ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
}

/**
 * Credentials name their owner and carry a secret: `k_<classId>.<secret>` for an instructor key,
 * `l_<learnerId>.<secret>` for a learner token. The id finds the row; the secret is checked
 * against its hash.
 */
export type CredentialKind = 'instructor' | 'learner';
const prefixes: Record<CredentialKind, string> = { instructor: 'k_', learner: 'l_' };

export const formatCredential = (kind: CredentialKind, id: string, secret: string): string => `${prefixes[kind]}${id}.${secret}`;

export function parseCredential(value: string): { kind: CredentialKind; id: string; secret: string } | undefined {
  const match = /^(k_|l_)([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return undefined;
  return { kind: match[1] === 'k_' ? 'instructor' : 'learner', id: match[2]!, secret: match[3]! };
}
