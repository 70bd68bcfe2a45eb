import { createHmac } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, importPKCS8, type JWK, type CryptoKey } from 'jose';

/** The tool's RSA key pair: signs deep-linking answers and token requests; its public half is the JWKS. */
export interface ToolKeys {
  privateKey: CryptoKey;
  publicJwk: JWK & { kid: string; alg: 'RS256'; use: 'sig' };
  /** Derives the credentials of LTI learners and classes (see `credentials.ts`). */
  derive(purpose: string): string;
}

/** `LTI_PRIVATE_KEY_FILE` when set, else `lti-private-key.pem` in the data folder, made on first start. */
export const privateKeyFile = (env: NodeJS.ProcessEnv): string => env.LTI_PRIVATE_KEY_FILE ?? join(env.CLASS_DATA_DIR ?? 'data', 'lti-private-key.pem');

/** Reads the PKCS #8 PEM key in `file`; when the file does not exist and `create`, generates and keeps one (mode 600). */
export async function loadToolKeys(file: string, create = true): Promise<ToolKeys> {
  let pem: string;
  if (existsSync(file)) pem = readFileSync(file, 'utf8');
  else {
    if (!create) throw new Error(`${file}: no such key file`);
    const { privateKey } = await generateKeyPair('RS256', {
      modulusLength: 2048,
      extractable: true,
    });
    pem = await exportPKCS8(privateKey);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pem, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return toolKeysFromPem(pem);
}

export async function toolKeysFromPem(pem: string): Promise<ToolKeys> {
  const privateKey = await importPKCS8(pem, 'RS256', { extractable: true });
  const { n, e, kty } = await exportJWK(privateKey);
  const base = { kty: kty!, n: n!, e: e! };
  const kid = await calculateJwkThumbprint(base);
  const secret = createHmac('sha256', 'threshold lti credentials').update(pem).digest();
  return {
    privateKey,
    publicJwk: { ...base, kid, alg: 'RS256', use: 'sig' },
    derive: (purpose) => createHmac('sha256', secret).update(purpose).digest('base64url'),
  };
}
