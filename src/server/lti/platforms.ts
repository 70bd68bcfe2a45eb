import {
  existsSync,
  readFileSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { z } from "astro/zod";
import { issueLine } from "@/schemas/friendly";

const url = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//.test(value), "must be an http(s) address");

/** One LMS registered with the tool: what its administrator gives when they add the tool. */
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
    /** The platform's OAuth 2 token endpoint (for grades and rosters). */
    authTokenUrl: url,
    /** The platform's public keys. */
    jwksUrl: url,
    /** The `aud` of the tool's token requests when it is not the token URL (Moodle and Canvas accept the token URL). */
    authServer: z.string().optional(),
  })
  .strict();

export type Platform = z.output<typeof platformSchema>;

/** Where registrations are read: `LTI_PLATFORMS`, else `lti-platforms.json` in the data folder. */
export const platformsFile = (env: NodeJS.ProcessEnv): string =>
  env.LTI_PLATFORMS ?? join(env.CLASS_DATA_DIR ?? "data", "lti-platforms.json");

/** The registrations in `text` (JSON), or an error naming the file and each bad field. */
export function parsePlatforms(text: string, file: string): Platform[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${file}: not valid JSON`);
  }
  const result = z.array(platformSchema).safeParse(parsed);
  if (!result.success)
    throw new Error(
      result.error.issues
        .map((issue) => `${file}: ${issueLine(issue, "(root)")}`)
        .join("\n"),
    );
  return result.data;
}

/** Reads the registrations, again only when the file changed; none when there is no file. */
export function platformRegistry(file: string): () => Platform[] {
  let cached: { mtime: number; platforms: Platform[] } | undefined;
  return () => {
    if (!existsSync(file)) return [];
    const mtime = statSync(file).mtimeMs;
    if (cached?.mtime !== mtime)
      cached = {
        mtime,
        platforms: parsePlatforms(readFileSync(file, "utf8"), file),
      };
    return cached.platforms;
  };
}

/** Adds or replaces (same issuer and client id) a registration in `file`. */
export function savePlatform(file: string, platform: Platform): Platform[] {
  const current = existsSync(file)
    ? parsePlatforms(readFileSync(file, "utf8"), file)
    : [];
  const next = [
    ...current.filter(
      (entry) =>
        !(
          entry.issuer === platform.issuer &&
          entry.clientId === platform.clientId
        ),
    ),
    platformSchema.parse(platform),
  ];
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
  return next;
}

export function removePlatform(
  file: string,
  issuer: string,
  clientId: string,
): Platform[] {
  const current = existsSync(file)
    ? parsePlatforms(readFileSync(file, "utf8"), file)
    : [];
  const next = current.filter(
    (entry) => !(entry.issuer === issuer && entry.clientId === clientId),
  );
  writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
  return next;
}

/** The registration for a token's issuer and client id (a platform may hold several client ids). */
export function findPlatform(
  platforms: readonly Platform[],
  issuer: string,
  clientId?: string,
): Platform | undefined {
  return platforms.find(
    (platform) =>
      platform.issuer === issuer &&
      (clientId === undefined || platform.clientId === clientId),
  );
}
