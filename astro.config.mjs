// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { rehypeTermNotes } from './src/glossary/rehype-term-notes';
import { rehypeLessonParts } from './src/layouts/rehype-lesson-parts';
import { lateScripts } from './src/layouts/late-scripts';
import { katexStyles } from './src/math/katex-styles';
import { searchIndex } from './src/search/index-integration';

// Math is typeset by KaTeX at build time: pages ship HTML and CSS, never a math script.

/**
 * Names the browser's chunk of Observable Plot, which every chart shares, `plot` (Rollup would name
 * it after whichever of our modules it also holds).
 */
/** @type {import('astro').AstroIntegration} */
const plotChunk = {
  name: 'plot-chunk',
  hooks: {
    'astro:build:setup': ({ vite, target }) => {
      const output = vite.build?.rollupOptions?.output;
      if (target !== 'client' || !output || Array.isArray(output)) return;
      /** @param {string} id */
      const isPlot = (id) => /[\\/]@observablehq[\\/]plot[\\/]src[\\/]plot\.js$/.test(id);
      output.chunkFileNames = (chunk) => `_astro/${chunk.moduleIds.some(isPlot) ? 'plot' : '[name]'}.[hash].js`;
    },
  },
};
const markdown = { remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, rehypeTermNotes, rehypeLessonParts] };

/**
 * The course's public address, e.g. `SITE_URL=https://course.example.edu npm run build`. Links in
 * exports, printouts, the sitemap and canonical tags use it; without it they are left out (the
 * exports say so) rather than pointing somewhere made up.
 */
function siteUrl() {
  const value = process.env.SITE_URL?.trim();
  if (!value) return undefined;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL: "${value}" is not an absolute address (expected e.g. https://course.example.edu)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL: "${value}" must start with https:// or http://`);
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`SITE_URL: "${value}" should be the origin alone (e.g. https://course.example.edu); a sub-path is Astro's \`base\``);
  return url.origin;
}
const site = siteUrl();

export default defineConfig({
  site,
  // Pages stay prerendered; only the class API (`export const prerender = false`) runs on the server.
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  // The class API checks Origin and Sec-Fetch-Site itself on every state-changing request and
  // answers in JSON (src/server/http.ts); Astro's own check would refuse a same-origin DELETE.
  security: { checkOrigin: false },
  // The 404 page is not a page to index, nor the steps of an LMS launch (/lti/).
  // The sitemap needs absolute addresses, so it is built only when the site has one.
  integrations: [
    plotChunk,
    katexStyles(),
    lateScripts(),
    mdx(markdown),
    searchIndex(),
    ...(site ? [sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404') && !/\/lti\//.test(new URL(page).pathname) })] : []),
  ],
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
          // Chunks follow folders: the progress store, which every lesson's first script starts from,
          // is one chunk (with the class membership that script also reads) rather than one per
          // combination of pages; what only the progress and home pages use (managing, exporting,
          // continuing) stays with them. Vite's helper for loading code later travels with the
          // search box's starter, the one script every page has, so pages with nothing else to run
          // need not load the progress store for it.
          manualChunks: (id) =>
            /[\\/]src[\\/]progress[\\/](?!manage|exchange|continue)[\w-]+\.ts$|[\\/]src[\\/]class[\\/]membership\.ts$/.test(id)
              ? 'progress'
              : /vite[\\/]preload-helper|[\\/]src[\\/]search[\\/]SearchForm\.astro\?astro&type=script/.test(id)
                ? 'search-start'
                : undefined,
        },
      },
    },
  },
});
