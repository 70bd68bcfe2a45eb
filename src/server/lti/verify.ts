import { decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import { findState, useState } from '../db/lti';
import { claim, LTI_VERSION, messageTypes } from './claims';
import type { LtiContext } from './context';
import { withinSite } from './login';
import { LtiRefusal } from './pages';
import { findPlatform, type Platform } from './platforms.mjs';

/** Clock skew allowed between the platform and this server. */
export const CLOCK_SKEW_SECONDS = 60;

/** A launch whose id_token passed every check. */
export interface VerifiedLaunch {
  platform: Platform;
  payload: JWTPayload & Record<string, unknown>;
  messageType: (typeof messageTypes)['resourceLink' | 'deepLinking'];
  deploymentId: string;
  /** The login state it answered; for the platform-storage check. */
  state: string;
}

const refuse = (status: 400 | 401 | 403, title: string, message: string) => new LtiRefusal(status, title, message);

/**
 * Checks a launch (LTI 1.3 core §5.1.3 and the Security Framework §5.1.3): the state is one this
 * server issued, unexpired and unused; the token comes from the issuer of that login, is signed
 * (RS256) by a key of the JWKS of the login's registration and is for its client id (`aud`,
 * `azp`), within its lifetime; its nonce is the login's; the deployment is one of that
 * registration's; the message is an LTI 1.3 resource link or deep-linking request; and a resource
 * link's target lies within this site. The state is spent only by a token that passes the
 * signature check, and only once.
 */
export async function verifyLaunch(context: LtiContext, idToken: string, state: string, base: URL): Promise<VerifiedLaunch> {
  const now = context.class.now();
  const login = await findState(context.db, state);
  if (!login)
    throw refuse(
      400,
      'Unknown launch',
      'This launch does not match a login started by the course server (the state is unknown or expired). Open the link again from the LMS.',
    );
  if (login.expires_at < now.toISOString())
    throw refuse(400, 'Launch expired', 'This launch took too long to come back from the LMS. Open the link again from the LMS.');
  if (login.used_at)
    throw refuse(400, 'Launch already used', 'This launch was already used once (its state and nonce are single-use). Open the link again from the LMS.');

  let unverified: JWTPayload;
  try {
    unverified = decodeJwt(idToken);
  } catch {
    throw refuse(400, 'Malformed launch', 'The LMS sent an id_token that is not a JWT.');
  }
  if (unverified.iss !== login.issuer) throw refuse(401, 'Issuer does not match', 'The token comes from another LMS than the login.');
  // The login named the registration (issuer and client id): one issuer may hold several.
  const platform = findPlatform(context.platforms(), login.issuer, login.client_id);
  if (!platform)
    throw refuse(403, 'This LMS is not registered', `The course server no longer knows the LMS “${login.issuer}” with client id “${login.client_id}”.`);

  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, context.jwks(platform.jwksUrl), {
      issuer: login.issuer,
      audience: login.client_id,
      algorithms: ['RS256'],
      clockTolerance: CLOCK_SKEW_SECONDS,
      currentDate: now,
      requiredClaims: ['iat', 'exp', 'nonce'],
    }));
  } catch (error) {
    throw tokenRefusal(error);
  }
  const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if ((aud.length > 1 || payload.azp !== undefined) && payload.azp !== login.client_id)
    throw refuse(401, 'Wrong audience', 'The token names another tool as its authorized party (azp).');
  if (payload.iat! > now.getTime() / 1000 + CLOCK_SKEW_SECONDS)
    throw refuse(401, 'Token from the future', 'The token was issued later than now: check the clocks of the LMS and the course server.');
  if (payload.nonce !== login.nonce) throw refuse(401, 'Nonce does not match', 'The token was not issued for this login (its nonce differs).');
  if (!(await useState(context.db, state, now.toISOString())))
    throw refuse(400, 'Launch already used', 'This launch was already used once (its state and nonce are single-use). Open the link again from the LMS.');

  const claims = payload as JWTPayload & Record<string, unknown>;
  const deploymentId = claims[claim.deploymentId];
  if (typeof deploymentId !== 'string' || !platform.deploymentIds.includes(deploymentId))
    throw refuse(403, 'Deployment not registered', `The deployment “${String(deploymentId)}” of this LMS is not registered with the course server.`);
  if (claims[claim.version] !== LTI_VERSION)
    throw refuse(400, 'Unsupported LTI version', `The course speaks LTI ${LTI_VERSION}; the LMS sent “${String(claims[claim.version])}”.`);
  const messageType = claims[claim.messageType];
  if (messageType !== messageTypes.resourceLink && messageType !== messageTypes.deepLinking)
    throw refuse(400, 'Unsupported message', `The course does not handle LTI messages of type “${String(messageType)}”.`);
  if (messageType === messageTypes.resourceLink) {
    const target = claims[claim.targetLinkUri];
    if (typeof target !== 'string' || !withinSite(target, base))
      throw refuse(400, 'Address outside this course', 'The LMS asked to open an address that is not part of this course.');
    const link = claims[claim.resourceLink] as { id?: unknown } | undefined;
    if (typeof link?.id !== 'string') throw refuse(400, 'Incomplete launch', 'The launch names no resource link.');
  }
  if (typeof claims.sub !== 'string' || claims.sub === '')
    throw refuse(400, 'Anonymous launch', 'The course needs to know who is launching (the token has no subject).');
  return { platform, payload: claims, messageType, deploymentId, state };
}

function tokenRefusal(error: unknown): LtiRefusal {
  if (error instanceof errors.JWTExpired) return refuse(401, 'Launch expired', 'The LMS token has expired. Open the link again from the LMS.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return refuse(401, 'Wrong audience', 'The token was issued for another tool (its audience is not this tool’s client id).');
    if (error.claim === 'iss') return refuse(401, 'Issuer does not match', 'The token comes from another LMS than the login.');
    return refuse(401, 'Invalid token', `The token's “${error.claim}” claim is missing or invalid.`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
    return refuse(401, 'Forged token', 'The token is not signed by a key of this LMS: it was refused.');
  if (error instanceof errors.JOSEAlgNotAllowed) return refuse(401, 'Invalid token', 'The token is not signed with RS256.');
  if (error instanceof errors.JWKSTimeout || (error instanceof Error && /fetch|ECONNREFUSED|JWKS/i.test(error.message)))
    return refuse(401, 'LMS keys unavailable', 'The course server could not fetch the LMS public keys to check this launch. Try again in a moment.');
  return refuse(401, 'Invalid token', 'The LMS token could not be verified.');
}
