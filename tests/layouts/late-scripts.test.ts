import { expect, it } from 'vitest';
import { lateScripts } from '@/layouts/late-scripts';

it('lowers the fetch priority of module scripts loaded from files, and of nothing else', () => {
  const page = '<script>theme()</script><script type="module" src="/_astro/a.js"></script><script type="application/json">{}</script><script type="module" src="/_astro/b.js"></script>';
  expect(lateScripts(page)).toBe(
    '<script>theme()</script><script type="module" fetchpriority="low" src="/_astro/a.js"></script><script type="application/json">{}</script><script type="module" fetchpriority="low" src="/_astro/b.js"></script>',
  );
});
