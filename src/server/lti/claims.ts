/** Claim names and values of LTI 1.3 core, Deep Linking 2.0, AGS 2.0 and NRPS 2.0, written once. */
const lti = 'https://purl.imsglobal.org/spec/lti/claim/';

export const claim = {
  messageType: `${lti}message_type`,
  version: `${lti}version`,
  deploymentId: `${lti}deployment_id`,
  targetLinkUri: `${lti}target_link_uri`,
  resourceLink: `${lti}resource_link`,
  roles: `${lti}roles`,
  context: `${lti}context`,
  custom: `${lti}custom`,
  launchPresentation: `${lti}launch_presentation`,
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  contentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
  deepLinkingData: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
  deepLinkingMessage: 'https://purl.imsglobal.org/spec/lti-dl/claim/msg',
  agsEndpoint: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  namesRoles: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
} as const;

export const scope = {
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
  lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  lineItemReadOnly: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly',
  resultReadOnly: 'https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly',
  memberships: 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
} as const;

export const messageTypes = {
  resourceLink: 'LtiResourceLinkRequest',
  deepLinking: 'LtiDeepLinkingRequest',
  deepLinkingResponse: 'LtiDeepLinkingResponse',
} as const;

export const LTI_VERSION = '1.3.0';

export const mediaType = {
  score: 'application/vnd.ims.lis.v1.score+json',
  lineItem: 'application/vnd.ims.lis.v2.lineitem+json',
  lineItemContainer: 'application/vnd.ims.lis.v2.lineitemcontainer+json',
  memberships: 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json',
} as const;

/**
 * Roles that teach: the dashboard, the deep-linking picker. Context roles may come as full URIs or
 * as the short names LTI 1.3 still allows (`Instructor`); sub-roles such as
 * `membership/Instructor#TeachingAssistant` count too.
 */
export function teaches(roles: readonly string[]): boolean {
  return roles.some(
    (role) =>
      /^(?:http:\/\/purl\.imsglobal\.org\/vocab\/lis\/v2\/membership#)?(?:Instructor|Administrator|ContentDeveloper)$/.test(role) ||
      /^http:\/\/purl\.imsglobal\.org\/vocab\/lis\/v2\/membership\/(?:Instructor|Administrator|ContentDeveloper)#/.test(role) ||
      /^http:\/\/purl\.imsglobal\.org\/vocab\/lis\/v2\/(?:institution|system)\/person#Administrator$/.test(role),
  );
}

/** A learner of the course, for the roster read from NRPS. */
export function learns(roles: readonly string[]): boolean {
  return roles.some((role) => /^(?:http:\/\/purl\.imsglobal\.org\/vocab\/lis\/v2\/membership#)?Learner$|\/membership\/Learner#/.test(role));
}
