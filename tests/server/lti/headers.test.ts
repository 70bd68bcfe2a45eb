import { describe, expect, test } from 'vitest';
import { lessonsFramable, lmsFraming, ltiHeaders } from '@/server/lti/headers.mjs';
import { securityHeaders } from '@/server/security-headers.mjs';

const site = securityHeaders(["'sha256-abc'"]);
const directive = (csp: string, name: string) => csp.split('; ').find((part) => part.startsWith(`${name} `));

describe('LTI response headers', () => {
  test('LTI pages may be framed by an LMS and post the deep-linking answer to it; the rest of the policy stays', () => {
    const lti = ltiHeaders(site);
    expect(lti['X-Frame-Options']).toBeUndefined();
    expect(directive(lti['Content-Security-Policy']!, 'frame-ancestors')).toBe('frame-ancestors *');
    expect(directive(lti['Content-Security-Policy']!, 'form-action')).toBe("form-action 'self' https: http:");
    expect(directive(lti['Content-Security-Policy']!, 'script-src')).toBe(directive(site['Content-Security-Policy']!, 'script-src'));
    expect(lti['X-Content-Type-Options']).toBe('nosniff');
  });

  test('the site stays unframable unless LTI_FRAME_ANCESTORS names LMS origins', () => {
    expect(lmsFraming(site, {})).toEqual(site);
    const framed = lmsFraming(site, { LTI_FRAME_ANCESTORS: 'https://school.instructure.com https://moodle.example.edu ;script-src *' });
    expect(directive(framed['Content-Security-Policy']!, 'frame-ancestors')).toBe(
      "frame-ancestors 'self' https://school.instructure.com https://moodle.example.edu",
    );
    expect(framed['X-Frame-Options']).toBeUndefined();
  });

  test('the launch knows the course’s pages may be framed only when LTI_FRAME_ANCESTORS names an LMS origin', () => {
    expect(lessonsFramable({})).toBe(false);
    expect(lessonsFramable({ LTI_FRAME_ANCESTORS: ' ;script-src *' })).toBe(false);
    expect(lessonsFramable({ LTI_FRAME_ANCESTORS: 'https://school.instructure.com' })).toBe(true);
  });
});
