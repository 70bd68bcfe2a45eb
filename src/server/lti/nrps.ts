import { ltiContextOfClass } from '../db/lti';
import { learns, mediaType, scope } from './claims';
import type { LtiContext } from './context';
import { displayName, learnerOfUser } from './members';
import { findPlatform } from './platforms.mjs';
import { accessToken, call } from './token';

interface Member {
  user_id?: unknown;
  status?: unknown;
  roles?: unknown;
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
  email?: unknown;
}

/** Most roster pages followed (NRPS pages with `Link: rel="next"`). */
const MAX_PAGES = 50;

/**
 * Names and Role Provisioning Services 2.0: every active learner of the LMS course becomes a
 * learner of its class, so the dashboard lists those who have not started too. Nothing happens
 * when no launch offered the service. Returns how many learners the roster holds.
 */
export async function syncRoster(context: LtiContext, classId: string): Promise<number> {
  const course = await ltiContextOfClass(context.db, classId);
  if (!course?.memberships_url) return 0;
  const platform = findPlatform(context.platforms(), course.issuer, course.client_id);
  if (!platform) return 0;
  const token = await accessToken(context, platform, [scope.memberships]);
  let url: string | undefined = course.memberships_url;
  let count = 0;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const response = await call(context, url, {
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: mediaType.memberships,
      },
    });
    const body = (await response.json()) as { members?: Member[] };
    for (const member of body.members ?? []) {
      if (typeof member.user_id !== 'string' || (member.status !== undefined && member.status !== 'Active')) continue;
      const roles = Array.isArray(member.roles) ? member.roles.filter((role): role is string => typeof role === 'string') : [];
      if (!learns(roles)) continue;
      await learnerOfUser(
        context.db,
        context.keys,
        classId,
        course.issuer,
        member.user_id,
        displayName(member, member.user_id),
        context.class.now().toISOString(),
      );
      count++;
    }
    url = /<([^>]+)>\s*;\s*rel="?next"?/.exec(response.headers.get('link') ?? '')?.[1];
  }
  return count;
}
