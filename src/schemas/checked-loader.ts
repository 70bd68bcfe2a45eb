import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';

/**
 * A glob loader that checks each file with `check` itself instead of leaving the schema to
 * Astro, so that a bad file stops the build with lines an author can act on, each naming the
 * file (relative to the project) and the field.
 */
export function checkedLoader(name: string, base: string, check: (data: unknown, file: string) => Record<string, unknown>): Loader {
  const files = glob({ pattern: '**/*.yaml', base });
  return {
    name,
    load: (context) =>
      files.load({
        ...context,
        parseData: (async ({ id, data, filePath }) => {
          const file = filePath ? relative(fileURLToPath(context.config.root), filePath) : `${base}/${id}.yaml`;
          return check(data, file);
        }) as typeof context.parseData,
      }),
  };
}
