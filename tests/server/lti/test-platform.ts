import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type CryptoKey, type JWK } from 'jose';

/**
 * An LMS for the tests: its own RSA keys and JWKS, an OIDC authorization endpoint that answers
 * with a signed id_token, a token endpoint that checks the tool's signed assertion against the
 * tool's JWKS, AGS line items that record scores, an NRPS roster, and a deep-linking return
 * address that checks the tool's signed answer.
 */
export const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
export const ROLE = {
  learner: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner',
  instructor: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
};

export interface LaunchSpec {
  subject: string;
  name: string;
  roles: string[];
  messageType?: 'LtiResourceLinkRequest' | 'LtiDeepLinkingRequest';
  targetLinkUri: string;
  resourceLinkId?: string;
  lineItem?: string;
  contextId?: string;
  contextTitle?: string;
  /** Extra or replaced claims. */
  claims?: Record<string, unknown>;
  /** The AGS claim offers the line-item service but names no line item: the tool makes its own. */
  lineItemsOnly?: boolean;
  /** Launched inside the LMS page's frame, with the LMS's storage on offer (`lti_storage_target`). */
  framed?: boolean;
  /** The LMS's storage answers without the value put there, as one cleared or partitioned away would. */
  storageForgets?: boolean;
}

export interface Score {
  lineItem: string;
  userId: string;
  scoreGiven: number;
  scoreMaximum: number;
  activityProgress: string;
  gradingProgress: string;
  timestamp: string;
}

export class TestPlatform {
  readonly clientId = 'threshold-client';
  readonly deploymentId = 'deployment-1';
  /** Client ids the token endpoint accepts: a test may register the tool a second time, as Canvas cloud's one issuer does. */
  readonly clientIds = new Set([this.clientId]);
  server!: Server;
  url!: string;
  privateKey!: CryptoKey;
  publicJwk!: JWK;
  /** Scores the line items accepted, in order. */
  readonly scores: Score[] = [];
  /** Token and score requests refused while down. */
  refusedWhileDown = 0;
  /** While true, the score and token endpoints answer 503. */
  down = false;
  readonly tokenRequests: { scope: string; clientId: string }[] = [];
  /** Roster page size; all on one page when unset. */
  membersPerPage: number | undefined;
  readonly members: {
    user_id: string;
    name: string;
    roles: string[];
    status?: string;
  }[] = [];
  /** Line items the tool created. */
  readonly createdLineItems: { id: string; scoreMaximum: number; label: string; resourceId: string; resourceLinkId: string }[] = [];
  /** Content items the tool returned from deep linking. */
  readonly deepLinks: Record<string, unknown>[][] = [];
  /** Launches the platform will sign, by `lti_message_hint`. */
  readonly launches = new Map<string, LaunchSpec>();
  toolJwksUrl = '';

  get issuer(): string {
    return this.url;
  }

  async start(port = 0, host = '127.0.0.1'): Promise<this> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', {
      extractable: true,
    });
    this.privateKey = privateKey;
    this.publicJwk = {
      ...(await exportJWK(publicKey)),
      kid: 'platform-key-1',
      alg: 'RS256',
      use: 'sig',
    };
    this.server = createServer(
      (request, response) =>
        void this.handle(request, response).catch((error) => {
          response.writeHead(500).end(String(error));
        }),
    );
    await new Promise<void>((resolve) => this.server.listen(port, host, resolve));
    const address = this.server.address() as { port: number };
    this.url = `http://${host}:${address.port}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  registration(clientId = this.clientId, deploymentId = this.deploymentId): Record<string, unknown> {
    return {
      issuer: this.issuer,
      clientId,
      deploymentIds: [deploymentId],
      authLoginUrl: `${this.url}/auth`,
      authTokenUrl: `${this.url}/token`,
      jwksUrl: `${this.url}/jwks`,
    };
  }

  /** The id_token claims of a launch. */
  claims(spec: LaunchSpec, nonce: string): Record<string, unknown> {
    const contextId = spec.contextId ?? 'course-101';
    return {
      nonce,
      sub: spec.subject,
      name: spec.name,
      [`${LTI}message_type`]: spec.messageType ?? 'LtiResourceLinkRequest',
      [`${LTI}version`]: '1.3.0',
      [`${LTI}deployment_id`]: this.deploymentId,
      [`${LTI}target_link_uri`]: spec.targetLinkUri,
      [`${LTI}roles`]: spec.roles,
      [`${LTI}context`]: {
        id: contextId,
        title: spec.contextTitle ?? 'LLM Engineering 101',
        type: ['http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering'],
      },
      ...(spec.messageType === 'LtiDeepLinkingRequest'
        ? {
            'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings': {
              deep_link_return_url: `${this.url}/deep-link-return`,
              accept_types: ['ltiResourceLink'],
              accept_presentation_document_targets: ['iframe', 'window'],
              accept_multiple: true,
              data: 'platform-data-42',
            },
          }
        : {
            [`${LTI}resource_link`]: {
              id: spec.resourceLinkId ?? 'link-1',
              title: 'Course link',
            },
          }),
      ...(spec.lineItemsOnly
        ? {
            'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint': {
              scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/lineitem', 'https://purl.imsglobal.org/spec/lti-ags/scope/score'],
              lineitems: `${this.url}/${contextId}/lineitems`,
            },
          }
        : {}),
      ...(spec.lineItem
        ? {
            'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint': {
              scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/lineitem', 'https://purl.imsglobal.org/spec/lti-ags/scope/score'],
              lineitems: `${this.url}/${contextId}/lineitems`,
              lineitem: spec.lineItem,
            },
          }
        : {}),
      'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice': {
        context_memberships_url: `${this.url}/${contextId}/memberships`,
        service_versions: ['2.0'],
      },
      ...spec.claims,
    };
  }

  /** A signed id_token; `key` and `header`/`times` let a test forge or age one. */
  async idToken(
    spec: LaunchSpec,
    nonce: string,
    {
      key = this.privateKey,
      kid = 'platform-key-1',
      audience = this.clientId,
      issuer = this.issuer,
      iat,
      exp,
    }: {
      key?: CryptoKey;
      kid?: string;
      audience?: string | string[];
      issuer?: string;
      iat?: number;
      exp?: number;
    } = {},
  ): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(this.claims(spec, nonce))
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(iat ?? now)
      .setExpirationTime(exp ?? now + 300)
      .sign(key);
  }

  lineItemUrl(id: string): string {
    return `${this.url}/course-101/lineitems/${id}/lineitem`;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const body = await readBody(request);
    const send = (status: number, data: unknown, type = 'application/json'): void => {
      response.writeHead(status, { 'Content-Type': type }).end(typeof data === 'string' ? data : JSON.stringify(data));
    };

    if (url.pathname === '/jwks') return send(200, { keys: [this.publicJwk] });

    if (url.pathname === '/start') {
      // An LMS page with a link: the login goes to the tool as a form post, as LMSs send it;
      // a framed launch goes into the page's frame, and the page answers platform-storage messages.
      const hint = url.searchParams.get('hint')!;
      const spec = this.launches.get(hint)!;
      const fields: Record<string, string> = {
        iss: this.issuer,
        login_hint: spec.subject,
        target_link_uri: spec.targetLinkUri,
        lti_message_hint: hint,
        client_id: this.clientId,
        lti_deployment_id: this.deploymentId,
      };
      const action = url.searchParams.get('tool')! + '/lti/login';
      if (!spec.framed) return send(200, autoPost(action, fields, 'Launching the course…'), 'text/html');
      return send(200, framedPage(action, { ...fields, lti_storage_target: '_parent' }, !spec.storageForgets), 'text/html');
    }

    if (url.pathname === '/auth') {
      const params = url.searchParams;
      const spec = this.launches.get(params.get('lti_message_hint') ?? '');
      if (
        !spec ||
        params.get('client_id') !== this.clientId ||
        params.get('response_type') !== 'id_token' ||
        params.get('scope') !== 'openid' ||
        params.get('login_hint') !== spec.subject
      )
        return send(400, 'bad authorization request', 'text/plain');
      const token = await this.idToken(spec, params.get('nonce')!);
      const launch: Record<string, string> = { id_token: token, state: params.get('state')! };
      if (spec.framed) launch.lti_storage_target = '_parent';
      return send(200, autoPost(params.get('redirect_uri')!, launch, 'Signing in…'), 'text/html');
    }

    if (url.pathname === '/token') {
      if (this.down) {
        this.refusedWhileDown++;
        return send(503, { error: 'temporarily_unavailable' });
      }
      const form = new URLSearchParams(body);
      const jwks = createRemoteJWKSet(new URL(this.toolJwksUrl));
      let clientId: string;
      try {
        const { payload } = await jwtVerify(form.get('client_assertion') ?? '', jwks, { audience: `${this.url}/token` });
        clientId = String(payload.iss);
        if (!this.clientIds.has(clientId) || payload.sub !== clientId) throw new Error(`unknown client ${clientId}`);
      } catch (error) {
        return send(401, { error: 'invalid_client', detail: String(error) });
      }
      if (form.get('grant_type') !== 'client_credentials') return send(400, { error: 'unsupported_grant_type' });
      this.tokenRequests.push({ scope: form.get('scope') ?? '', clientId });
      return send(200, {
        access_token: `token-${randomUUID()}`,
        token_type: 'Bearer',
        expires_in: 3600,
        scope: form.get('scope'),
      });
    }

    const scores = /^\/([^/]+)\/lineitems\/([^/]+)\/lineitem\/scores$/.exec(url.pathname);
    if (scores && request.method === 'POST') {
      if (this.down) {
        this.refusedWhileDown++;
        return send(503, { error: 'down for maintenance' });
      }
      if (!/^Bearer token-/.test(request.headers.authorization ?? '')) return send(401, { error: 'no token' });
      if (request.headers['content-type'] !== 'application/vnd.ims.lis.v1.score+json') return send(415, { error: 'wrong media type' });
      this.scores.push({
        lineItem: url.href.replace(/\/scores$/, ''),
        ...(JSON.parse(body) as Omit<Score, 'lineItem'>),
      });
      return send(200, {});
    }

    if (/^\/[^/]+\/lineitems$/.test(url.pathname)) {
      if (!/^Bearer token-/.test(request.headers.authorization ?? '')) return send(401, { error: 'no token' });
      if (request.method === 'GET') {
        const link = url.searchParams.get('resource_link_id');
        const resource = url.searchParams.get('resource_id');
        const items = this.createdLineItems.filter((item) => (!link || item.resourceLinkId === link) && (!resource || item.resourceId === resource));
        return send(200, items, 'application/vnd.ims.lis.v2.lineitemcontainer+json');
      }
      if (request.headers['content-type'] !== 'application/vnd.ims.lis.v2.lineitem+json') return send(415, { error: 'wrong media type' });
      const item = {
        ...(JSON.parse(body) as Omit<TestPlatform['createdLineItems'][number], 'id'>),
        id: `${url.origin}${url.pathname}/made-${this.createdLineItems.length + 1}/lineitem`,
      };
      this.createdLineItems.push(item);
      return send(201, item, 'application/vnd.ims.lis.v2.lineitem+json');
    }

    if (/^\/[^/]+\/memberships$/.test(url.pathname)) {
      if (!/^Bearer token-/.test(request.headers.authorization ?? '')) return send(401, { error: 'no token' });
      // Pages of `membersPerPage`, the next one named in a Link header (NRPS 2.0 §2.4.3).
      const page = Number(url.searchParams.get('page') ?? 0);
      const size = this.membersPerPage ?? this.members.length;
      const members = this.members.slice(page * size, (page + 1) * size);
      if ((page + 1) * size < this.members.length) response.setHeader('Link', `<${url.origin}${url.pathname}?page=${page + 1}>; rel="next"`);
      return send(200, { id: url.href, context: { id: 'course-101' }, members }, 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json');
    }

    if (url.pathname === '/deep-link-return') {
      const jwt = new URLSearchParams(body).get('JWT') ?? '';
      const { payload } = await jwtVerify(jwt, createRemoteJWKSet(new URL(this.toolJwksUrl)), { issuer: this.clientId, audience: this.issuer });
      if (payload['https://purl.imsglobal.org/spec/lti-dl/claim/data'] !== 'platform-data-42') return send(400, 'data not echoed', 'text/plain');
      if (payload[`${LTI}message_type`] !== 'LtiDeepLinkingResponse' || payload[`${LTI}deployment_id`] !== this.deploymentId)
        return send(400, 'bad response', 'text/plain');
      const items = payload['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'] as Record<string, unknown>[];
      this.deepLinks.push(items);
      const list = items.map((item) => `<li data-item>${escape(String(item.title))}</li>`).join('');
      return send(200, `<!doctype html><title>LMS</title><h1>Added to the course</h1><ul>${list}</ul>`, 'text/html');
    }

    send(404, { error: 'not found' });
  }
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A page that posts `fields` to `action` at once, as LMSs do between the steps of a launch. */
function autoPost(action: string, fields: Record<string, string>, title: string): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('');
  return `<!doctype html><title>${escape(title)}</title><form method="post" action="${escape(action)}">${inputs}<button>Continue</button></form><script>document.forms[0].submit()</script>`;
}

/**
 * An LMS course page that launches the tool in its frame and keeps the tool's data in its own
 * storage (LTI client-side OIDC: `lti.put_data` / `lti.get_data` by postMessage); `ltiLog` lists
 * the messages it answered.
 */
function framedPage(action: string, fields: Record<string, string>, remembers = true): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('');
  return `<!doctype html><title>LMS course page</title><h1>LMS course page</h1>
<iframe name="tool-frame" title="Course" width="1000" height="700"></iframe>
<form method="post" action="${escape(action)}" target="tool-frame">${inputs}</form>
<script>
const store = new Map();
window.ltiLog = [];
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || typeof data.subject !== 'string') return;
  window.ltiLog.push(data.subject);
  if (data.subject === 'lti.put_data') {
    store.set(event.origin + ' ' + data.key, data.value);
    event.source.postMessage({ subject: 'lti.put_data.response', message_id: data.message_id, key: data.key, value: data.value }, event.origin);
  } else if (data.subject === 'lti.get_data') {
    const value = ${remembers} ? store.get(event.origin + ' ' + data.key) : undefined;
    event.source.postMessage({ subject: 'lti.get_data.response', message_id: data.message_id, key: data.key, value }, event.origin);
  }
});
document.forms[0].submit();
</script>`;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
