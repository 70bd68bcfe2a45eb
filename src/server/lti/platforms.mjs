// Registered LMS platforms. Plain JavaScript, so that the registration command
// (`npm run lti:platform`, platforms-cli.mjs) and the server share one definition.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';

const url = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//.test(value), 'must be an http(s) address');

/** One LMS registered with the tool: what its administrator reads off the LMS when adding the tool. */
export const platformSchema = z
  .object({
    /** The platform's issuer (`iss` of its tokens), e.g. https://canvas.instructure.com. */
    issuer: z.string().min(1),
    /** The client id the platform gave the tool. */
    clientId: z.string().min(1),
    /** Deployments of the tool accepted from this platform. */
    deploymentIds: z.array(z.string().min(1)).min(1),
    /** The platform's OIDC authorization endpoint. */
    authLoginUrl: url,
    /** The platform's OAuth 2 token endpoint (grades and rosters). */
    authTokenUrl: url,
    /** The platform's public keys. */
    jwksUrl: url,
    /** The `aud` of the tool's token requests, when not the token URL. */
    authServer: z.string().optional(),
  })
  .strict();

/** @typedef {import('astro/zod').z.output<typeof platformSchema>} Platform */

/**
 * Where registrations are read: `LTI_PLATFORMS`, else `lti-platforms.json` in the data folder.
 * @param {NodeJS.ProcessEnv} env
 */
export const platformsFile = (env) => env.LTI_PLATFORMS ?? join(env.CLASS_DATA_DIR ?? 'data', 'lti-platforms.json');

/**
 * The registrations in `text` (JSON), or an error naming the file and each bad field.
 * @param {string} text @param {string} file @returns {Platform[]}
 */
export function parsePlatforms(text, file) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${file}: not valid JSON`);
  }
  const result = z.array(platformSchema).safeParse(parsed);
  if (!result.success)
    throw new Error(result.error.issues.map((issue) => `${file}: ${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`).join('\n'));
  return result.data;
}

/** @param {string} file @returns {Platform[]} */
export const readPlatforms = (file) => (existsSync(file) ? parsePlatforms(readFileSync(file, 'utf8'), file) : []);

/**
 * Reads the registrations, again only when the file changed; none when there is no file.
 * @param {string} file @returns {() => Platform[]}
 */
export function platformRegistry(file) {
  /** @type {{ mtime: number; platforms: Platform[] } | undefined} */
  let cached;
  return () => {
    if (!existsSync(file)) return [];
    const mtime = statSync(file).mtimeMs;
    if (cached?.mtime !== mtime) cached = { mtime, platforms: readPlatforms(file) };
    return cached.platforms;
  };
}

/** @param {string} file @param {Platform[]} platforms */
function write(file, platforms) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(platforms, null, 2)}\n`);
}

/**
 * Adds a registration, or replaces the one with the same issuer and client id.
 * @param {string} file @param {unknown} platform @returns {Platform[]}
 */
export function savePlatform(file, platform) {
  const checked = platformSchema.parse(platform);
  const next = [...readPlatforms(file).filter((entry) => !(entry.issuer === checked.issuer && entry.clientId === checked.clientId)), checked];
  write(file, next);
  return next;
}

/**
 * Removes the registration of `issuer` and `clientId`; says whether there was one.
 * @param {string} file @param {string} issuer @param {string} clientId
 */
export function removePlatform(file, issuer, clientId) {
  const current = readPlatforms(file);
  const next = current.filter((entry) => !(entry.issuer === issuer && entry.clientId === clientId));
  write(file, next);
  return next.length < current.length;
}

/**
 * The registration of an issuer and client id. One issuer may hold several registrations (Canvas
 * cloud's https://canvas.instructure.com gives each school its client id), so the issuer alone
 * names one only when it is registered once, or when `deploymentId` tells its registrations apart
 * (a login may omit the client id).
 * @param {readonly Platform[]} platforms @param {string} issuer @param {string} [clientId] @param {string} [deploymentId]
 * @returns {Platform | undefined}
 */
export function findPlatform(platforms, issuer, clientId, deploymentId) {
  if (clientId !== undefined) return platforms.find((platform) => platform.issuer === issuer && platform.clientId === clientId);
  const found = platforms.filter((platform) => platform.issuer === issuer && (deploymentId === undefined || platform.deploymentIds.includes(deploymentId)));
  return found.length === 1 ? found[0] : undefined;
}
