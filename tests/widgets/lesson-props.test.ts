import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseState, type Params } from '@/widgets/kit/params';
import type { WidgetSpec } from '@/widgets/kit/widget-spec';

const modules = import.meta.glob<{ spec: WidgetSpec<Params> }>('../../src/widgets/*/spec.ts', { eager: true });
const specs = new Map(Object.values(modules).map((module) => [module.spec.name, module.spec]));
const folder = 'content/lessons';

/** The attributes of one component tag: strings and template strings as written, other `{…}` expressions as their literal value. */
function attributes(tag: string): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  for (const [, name, text, template, expression] of tag.matchAll(/([\w-]+)=(?:"([^"]*)"|\{`([^`]*)`\}|\{([^}]*)\})/g)) {
    found[name!] = text ?? template ?? (JSON.parse(expression!.trim()) as unknown);
  }
  return found;
}

// `astro check` types the widget wrappers' props (WidgetProps) in .astro files but does not
// type-check MDX, so the settings lessons give their widgets are checked here against each spec,
// as the build's Widget.astro checks them.
describe('widgets in lessons', () => {
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.mdx'))) {
    const text = readFileSync(`${folder}/${file}`, 'utf8');
    const uses = [...text.matchAll(/import (\w+) from '@\/widgets\/([\w-]+)\/\w+\.astro';/g)];
    for (const [, component, name] of uses) {
      it(`${file}: every <${component}> sets only settings its spec knows, to valid values`, () => {
        const spec = specs.get(name!)!;
        expect(spec, name).toBeDefined();
        const tags = [...text.matchAll(new RegExp(`<${component}\\b([^>]*?)/>`, 'gs'))];
        expect(tags.length, `${component} is used`).toBeGreaterThan(0);
        for (const [, tag] of tags) {
          const { caption, id, ...settings } = attributes(tag!);
          expect(typeof caption, `${component} has a caption`).toBe('string');
          if (id !== undefined) expect(typeof id).toBe('string');
          expect(Object.keys(settings).filter((key) => !(key in spec.params)), `${component}: unknown settings`).toEqual([]);
          expect(parseState(spec.params, settings).notes, `${component}: settings out of range or not an option`).toEqual([]);
        }
      });
    }
  }
});
