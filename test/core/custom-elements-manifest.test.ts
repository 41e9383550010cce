// custom-elements.json is the public contract of every element (generated from the JSDoc
// blocks by `npm run build`): every public attribute, property and event must say what it is,
// and tools that never read our source (IDE plugins, Storybook, generators) must be able to use
// it: valid against the official schema, every tag mapped to its class in a module the package
// ships, defaults as values, events where hosts listen (issue #18).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { Package } from 'custom-elements-manifest/schema.js';

interface Member { kind: string; name: string; privacy?: string; static?: boolean; description?: string }
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  attributes?: { name: string; fieldName?: string; description?: string; default?: string }[];
  events?: { name: string; description?: string }[];
  members?: Member[];
  cssParts?: { name: string; description?: string }[];
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string; package?: string } }[];
}

const path = 'custom-elements.json';
/** The built entry (a variable: dist/ has no types until the build ran). */
const indexEntry = '../../dist/index.js';
const TAGS = ['sm-attachments', 'sm-category-picker', 'sm-char-budget', 'sm-compose', 'sm-dictation-button', 'sm-prompt-fields', 'sm-urgency-dialog'];

/** The rows of the first Markdown table after `heading` (under `section`) in the README: first cell of each row → second cell. */
function readmeTable(section: string, heading: string): Map<string, string> {
  const readme = readFileSync('README.md', 'utf8');
  const from = readme.indexOf(section);
  const start = readme.indexOf(heading, from);
  assert.ok(from >= 0 && start >= 0, `README: ${section} / ${heading}`);
  const rows = new Map<string, string>();
  const lines = readme.slice(start).split('\n');
  let inTable = false;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const name = /^`([^`]+)`$/.exec(cells[0]!)?.[1];
    if (name) rows.set(name, cells[1]!);
  }
  return rows;
}

describe('custom-elements.json', () => {
  it('exists (npm run build writes it)', () => assert.ok(existsSync(path), 'run npm run build first'));

  const manifest = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { schemaVersion: string; modules: Module[] }) : { schemaVersion: '', modules: [] };
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  const element = (tag: string) => elements.find((declaration) => declaration.tagName === tag)!;

  it('is valid against the official custom-elements-manifest schema', () => {
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const valid = validate(manifest);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    // The type matches too (schema.d.ts of the same package).
    const typed: Package = manifest as Package;
    assert.ok(typed.modules.length > 0);
  });

  it('lists every element', () => {
    assert.deepEqual(elements.map((declaration) => declaration.tagName).sort(), TAGS);
  });

  it('points only at files of the published package, never at src/', () => {
    assert.doesNotMatch(readFileSync(path, 'utf8'), /"(module|path)":\s*"\/?src\//);
  });

  it('gives each module a path that exists in dist/, with its .d.ts, as an entry of package.json `exports`', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, string | { types: string; default: string }> };
    for (const module of manifest.modules) {
      assert.match(module.path, /^dist\/.+\.js$/);
      assert.ok(existsSync(module.path), `${module.path} exists (after npm run build)`);
      const entry = Object.values(pkg.exports).find((target) => typeof target === 'object' && target.default === `./${module.path}`);
      assert.ok(entry && typeof entry === 'object', `${module.path} is an entry of package.json exports`);
      assert.ok(existsSync(entry.types), `${entry.types} exists`);
    }
  });

  it('maps every tag to its class: a custom-element-definition per tag, pointing at a declaration with that tag', () => {
    const entry = manifest.modules.find((module) => module.path === 'dist/index.js')!;
    const definitions = entry.exports!.filter((e) => e.kind === 'custom-element-definition');
    assert.deepEqual(definitions.map((definition) => definition.name).sort(), TAGS);
    for (const module of manifest.modules) {
      for (const exported of module.exports ?? []) {
        const target = manifest.modules.find((m) => m.path === exported.declaration.module);
        const declaration = target?.declarations?.find((d) => d.name === exported.declaration.name);
        assert.ok(declaration, `${module.path}: ${exported.name} → ${exported.declaration.module}#${exported.declaration.name}`);
        if (exported.kind === 'custom-element-definition') assert.equal(declaration.tagName, exported.name);
      }
    }
  });

  it('says what the built modules really do: their exports are those classes, and importing them defines those tags', async () => {
    // Lit's Node build brings a minimal `customElements` and `HTMLElement` (no DOM needed).
    for (const module of manifest.modules) {
      const loaded = (await import(`../../${module.path}`)) as Record<string, unknown>;
      for (const exported of module.exports ?? []) {
        if (exported.kind === 'js') assert.equal(typeof loaded[exported.name], 'function', `${module.path} exports ${exported.name}`);
      }
    }
    const all = (await import(indexEntry)) as Record<string, unknown>;
    for (const module of manifest.modules) {
      for (const definition of module.exports?.filter((e) => e.kind === 'custom-element-definition') ?? []) {
        await Promise.race([customElements.whenDefined(definition.name), new Promise((_, reject) => setTimeout(() => reject(new Error(`${definition.name} not defined`)), 5000))]);
        assert.equal(customElements.get(definition.name), all[definition.declaration.name], `${definition.name} is ${definition.declaration.name}`);
      }
    }
  });

  it('gives attribute defaults as the attribute text a fresh element has (2000, 911), not source code', async () => {
    const all = (await import(indexEntry)) as Record<string, new () => HTMLElement>;
    for (const declaration of elements) {
      const instance = new all[declaration.name]!() as unknown as Record<string, unknown>;
      for (const attribute of declaration.attributes ?? []) {
        const value = instance[attribute.fieldName ?? attribute.name];
        const expected = value === true ? '' : typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
        assert.equal(attribute.default, expected, `<${declaration.tagName} ${attribute.name}>`);
      }
    }
  });

  for (const declaration of elements) {
    it(`<${declaration.tagName}> documents its summary, attributes, properties, events and parts`, () => {
      assert.ok(declaration.summary, 'summary');
      const undocumented: string[] = [];
      for (const attribute of declaration.attributes ?? []) {
        const member = declaration.members?.find((m) => m.name === attribute.fieldName);
        if (!attribute.description && !member?.description) undocumented.push(`attribute ${attribute.name}`);
      }
      for (const event of declaration.events ?? []) if (!event.description) undocumented.push(`event ${event.name}`);
      for (const member of declaration.members ?? []) {
        if (member.kind === 'field' && !member.privacy && !member.static && !member.description) undocumented.push(`property ${member.name}`);
      }
      for (const part of declaration.cssParts ?? []) if (!part.description) undocumented.push(`part ${part.name}`);
      assert.deepEqual(undocumented, []);
    });
  }

  it('<sm-compose> has exactly the attributes the README documents, with the same defaults', () => {
    const documented = readmeTable('## `<sm-compose>`', '### Attributes');
    const attributes = element('sm-compose').attributes!;
    assert.deepEqual(attributes.map((a) => a.name).sort(), [...documented.keys()].sort());
    for (const attribute of attributes) {
      if (attribute.default !== undefined) assert.equal(documented.get(attribute.name), `\`${attribute.default}\``, `README default of ${attribute.name}`);
    }
  });

  it('<sm-compose> declares every event the README documents, and only those: the parts\' events reach it too', () => {
    const documented = readmeTable('## `<sm-compose>`', '### Events');
    assert.ok(documented.has('sm-attachments-change') && documented.has('sm-dictation'));
    assert.deepEqual(element('sm-compose').events!.map((e) => e.name).sort(), [...documented.keys()].sort());
  });

  it('declares a part\'s events on the elements that render it (sm-dictation on <sm-prompt-fields>)', () => {
    assert.ok(element('sm-prompt-fields').events!.some((e) => e.name === 'sm-dictation'));
  });
});
