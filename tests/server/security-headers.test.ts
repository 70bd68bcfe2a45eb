import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { frameHeaders, inlineScriptHashes, securityHeaders } from '@/server/security-headers.mjs';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('every inline script that runs is hashed once; data blocks and external scripts are not', () => {
  const theme = '(() => { document.documentElement.dataset.theme = "dark"; })();';
  const page = `<script is:inline>${theme}</script><script type="module">import "/x.js";</script>
    <script type="application/json" data-quiz-payload>{"a":1}</script><script type="module" src="/_astro/a.js"></script>`;
  expect(inlineScriptHashes([page, `<script>${theme}</script>`])).toEqual([sha(theme), sha('import "/x.js";')].sort());
});

test('the policy lets only those scripts run, forbids framing and sniffing', () => {
  const headers = securityHeaders(["'sha256-abc'"]);
  expect(headers['Content-Security-Policy']).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
  expect(headers['Content-Security-Policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
});

test('only the sandbox frame may evaluate code, stays in an opaque origin, and only the site may frame it', () => {
  const page = securityHeaders(["'sha256-abc'"])['Content-Security-Policy'];
  const frame = frameHeaders(["'sha256-abc'"])['Content-Security-Policy'];
  expect(page).not.toContain("'unsafe-eval'");
  expect(frame).toContain("script-src 'unsafe-eval' 'sha256-abc'");
  expect(frame).toContain('sandbox allow-scripts');
  expect(frame).toContain("frame-ancestors 'self'");
  expect(frame).toContain("default-src 'none'");
});
