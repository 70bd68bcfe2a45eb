import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexableHtml } from './index-text';

/**
 * Writes the Pagefind index of the built site into `pagefind/` beside the pages, as `pagefind
 * --site` would, but from the text `indexableHtml` gives each page: formulas and powers as one
 * reads them, so excerpts show `10²⁵`.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = join(site, 'pagefind');
        rmSync(output, { recursive: true, force: true });
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        let pages = 0;
        for (const name of readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((entry) => entry.endsWith('.html'))) {
          const content = indexableHtml(readFileSync(join(site, name), 'utf8'));
          if (content === undefined) continue;
          const path = name.split(sep).join('/');
          const url = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
          const added = await index.addHTMLFile({ url, content });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${path}: ${added.errors.join('; ')}`);
          pages += 1;
        }
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${pages} pages into ${relative(process.cwd(), output)}`);
      },
    },
  };
}
