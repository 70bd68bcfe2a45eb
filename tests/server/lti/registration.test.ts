import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { toolBase, type LtiContext } from '@/server/lti/context';
import { loadToolKeys } from '@/server/lti/keys';
import { parsePlatforms, platformRegistry } from '@/server/lti/platforms.mjs';

const canvas = {
  issuer: 'https://canvas.instructure.com',
  clientId: '10000000000042',
  deploymentIds: ['123:abc'],
  authLoginUrl: 'https://sso.canvaslms.com/api/lti/authorize_redirect',
  authTokenUrl: 'https://sso.canvaslms.com/login/oauth2/token',
  jwksUrl: 'https://sso.canvaslms.com/api/lti/security/jwks',
};

describe('platform registrations and the tool key', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'threshold-lti-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  test('a bad registrations file names the file and each bad field', () => {
    expect(() => parsePlatforms(JSON.stringify([{ ...canvas, jwksUrl: 'not a url', deploymentIds: [] }]), 'lti.json')).toThrow(
      /lti\.json: 0\.deploymentIds: .*\n.*lti\.json: 0\.jwksUrl: /s,
    );
    expect(() => parsePlatforms('{', 'lti.json')).toThrow('lti.json: not valid JSON');
  });

  test('the registry reads the file again when it changes', () => {
    const file = join(folder, 'platforms.json');
    const registry = platformRegistry(file);
    expect(registry()).toEqual([]);
    writeFileSync(file, JSON.stringify([canvas]));
    expect(registry().map((platform) => platform.clientId)).toEqual(['10000000000042']);
  });

  test('the command adds, lists and removes a platform', { timeout: 60_000 }, () => {
    const env = { ...process.env, CLASS_DATA_DIR: folder };
    const run = (...args: string[]) => execFileSync(process.execPath, ['src/server/lti/platforms-cli.mjs', ...args], { env, encoding: 'utf8' });
    run(
      'add',
      '--issuer',
      canvas.issuer,
      '--client-id',
      canvas.clientId,
      '--deployment-id',
      '123:abc',
      '--auth-login-url',
      canvas.authLoginUrl,
      '--auth-token-url',
      canvas.authTokenUrl,
      '--jwks-url',
      canvas.jwksUrl,
    );
    expect(JSON.parse(readFileSync(join(folder, 'lti-platforms.json'), 'utf8'))).toEqual([canvas]);
    expect(run('list')).toContain('https://canvas.instructure.com');
    expect(() =>
      execFileSync(process.execPath, ['src/server/lti/platforms-cli.mjs', 'add', '--issuer', 'x'], { env, encoding: 'utf8', stdio: 'pipe' }),
    ).toThrow(/clientId/);
    expect(run('remove', '--issuer', canvas.issuer, '--client-id', canvas.clientId)).toMatch(/Removed/);
    expect(JSON.parse(readFileSync(join(folder, 'lti-platforms.json'), 'utf8'))).toEqual([]);
  });

  test('the key pair is made on first start, kept private, and the same on the next start', async () => {
    const file = join(folder, 'lti-private-key.pem');
    const first = await loadToolKeys(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.publicJwk).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(first.publicJwk).not.toHaveProperty('d');
    const second = await loadToolKeys(file);
    expect(second.publicJwk).toEqual(first.publicJwk);
    expect(second.derive('learner:x')).toBe(first.derive('learner:x'));
    await expect(loadToolKeys(join(folder, 'missing.pem'), false)).rejects.toThrow(/no such key file/);
  });
});

describe('the tool’s own address', () => {
  const context = { toolUrl: undefined } as unknown as LtiContext;
  const request = (headers: Record<string, string>) => new Request('http://localhost/lti/login', { headers });

  test('is the address the browser used (the Host header), over HTTPS when a proxy says so', () => {
    expect(toolBase(context, request({ host: '127.0.0.1:4334' })).href).toBe('http://127.0.0.1:4334/');
    expect(toolBase(context, request({ host: 'course.example.edu', 'x-forwarded-proto': 'https' })).href).toBe('https://course.example.edu/');
  });

  test('is LTI_TOOL_URL when set, and a malformed Host header is not trusted', () => {
    expect(toolBase({ toolUrl: 'https://course.example.edu/llm' } as LtiContext, request({ host: 'evil.example' })).href).toBe(
      'https://course.example.edu/llm/',
    );
    expect(toolBase(context, request({ host: 'evil.example/@x' })).href).toBe('http://localhost/');
  });
});
