// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

// Math is typeset by KaTeX at build time: pages ship HTML and CSS, never a math script.
const markdown = { remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] };

export default defineConfig({
  site: 'https://threshold.example',
  // Pages stay prerendered; only the class API (`export const prerender = false`) runs on the server.
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  // The class API checks Origin and Sec-Fetch-Site itself on every state-changing request and
  // answers in JSON (src/server/http.ts); Astro's own check would refuse a same-origin DELETE.
  security: { checkOrigin: false },
  integrations: [mdx(markdown)],
  markdown,
  build: { format: 'directory' },
  // Keep the content cache with the checkout, not in node_modules, which several checkouts may share.
  cacheDir: './.astro/cache',
  devToolbar: { enabled: false },
});
