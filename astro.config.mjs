// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
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
  // The 404 page is not a page to index.
  integrations: [mdx(markdown), sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404') })],
  markdown,
  build: { format: 'directory' },
  // Keep the content cache with the checkout, not in node_modules, which several checkouts may share.
  cacheDir: './.astro/cache',
  devToolbar: { enabled: false },
  vite: {
    // `@/` is `src/`, as tsconfig.json's paths say; Vite is told too, so that Web Worker bundles resolve it.
    resolve: { alias: { '@/': fileURLToPath(new URL('./src/', import.meta.url)) } },
    build: {
      // Terser packs the shared Plot code a few per cent tighter than the default minifier.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
      // Small stylesheets go into the page: fewer requests that block the first paint.
      assetsInlineLimit: (file, content) => (file.endsWith('.css') ? content.length <= 10 * 1024 : undefined),
      rollupOptions: {
        output: {
          // The progress store, shared by the lesson, quiz and home scripts, as one file rather than one per
          // module; import and export (only the progress page uses them) stay apart.
          manualChunks: (id) => (/[\\/]src[\\/]progress[\\/](?!exchange|merge|manage)[\w-]+\.ts$|src[\\/]class[\\/]membership\.ts$|src[\\/]notebook[\\/]load\.ts$|vite\/preload-helper/.test(id) ? 'progress' : undefined),
        },
      },
    },
  },
});
