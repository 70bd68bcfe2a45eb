import { createServer, type Server } from 'node:http';
import { exportPKCS8, generateKeyPair } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { migrateToLatest, type Database } from '@/server/db';
import type { ClassContext } from '@/server/context';
import { jwksCache, makeLtiContext, type LtiContext } from '@/server/lti/context';
import { toolKeysFromPem, type ToolKeys } from '@/server/lti/keys';
import type { Platform } from '@/server/lti/platforms.mjs';
import { RateLimiter } from '@/server/rate-limit';
import { TestPlatform } from './test-platform';

export const TOOL = 'https://tool.test';

/** The tool's JWKS on a local port, for the test platform's token and deep-linking checks. */
export async function serveToolJwks(keys: ToolKeys): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) =>
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ keys: [keys.publicJwk] })),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/lti/jwks`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function newToolKeys(): Promise<ToolKeys> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return toolKeysFromPem(await exportPKCS8(privateKey));
}

export async function ltiTestContext(database: Database, platform: TestPlatform, keys: ToolKeys, now = () => new Date()): Promise<LtiContext> {
  await migrateToLatest(database.db);
  const classContext: ClassContext = {
    db: database.db,
    limiter: new RateLimiter(),
    now,
    lessons: new Set(['scaling-laws', 'phase-transitions', 'what-is-emergence']),
  };
  return makeLtiContext({
    class: classContext,
    platforms: () => [platform.registration() as Platform],
    keys,
    toolUrl: TOOL,
    jwks: jwksCache(),
    retry: { baseMs: 1000, maxMs: 60_000 },
    fetch: (...args) => fetch(...args),
  });
}

export function form(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(`${TOOL}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      host: 'tool.test',
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The JSON handed over in a Location's fragment. */
export function fragment<T>(response: Response): T {
  const location = response.headers.get('location')!;
  return JSON.parse(decodeURIComponent(location.slice(location.indexOf('#') + 1))) as T;
}

export async function rowCount(database: Database, table: 'classes' | 'learners'): Promise<number> {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What every LTI test works with: the platform and the tool's keys for the block, a migrated database and its context per test. */
export interface LtiSetup {
  platform: TestPlatform;
  keys: ToolKeys;
  database: Database & { dispose(): Promise<void> };
  context: LtiContext;
}

/**
 * Registers in the calling `describe` a running test platform and the tool's keys (with their JWKS
 * served) for the whole block, and a fresh database with its LTI context for each test; the
 * returned object holds them once the hooks have run.
 */
export function useLtiSetup(open: () => Promise<Database & { dispose(): Promise<void> }>, now?: () => Date): LtiSetup {
  const setup = {} as LtiSetup;
  let jwks: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    setup.platform = await new TestPlatform().start();
    setup.keys = await newToolKeys();
    jwks = await serveToolJwks(setup.keys);
    setup.platform.toolJwksUrl = jwks.url;
  });
  afterAll(async () => {
    await setup.platform.stop();
    await jwks.close();
  });
  beforeEach(async () => {
    setup.database = await open();
    setup.context = await ltiTestContext(setup.database, setup.platform, setup.keys, now);
  });
  afterEach(async () => {
    await setup.database.dispose();
  });
  return setup;
}
