// sm-compose/react on a server (renderToString, Next.js): a Client Component module whose
// wrappers render their attributes, built on the lean entry, with every event as a prop
// (issue #18). Runs on dist/ (npm run build first): what a host's bundler and server get.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { bundleFiles } from '../../scripts/bundle-files.mjs';
import { elementProps } from '../../src/element-props.js';

type ReactEntry = typeof import('../../src/react.js');
type IndexEntry = typeof import('../../src/index.js');
// Variables: dist/ has no types until the build ran.
const reactEntry = '../../dist/react.js';
const indexEntry = '../../dist/index.js';

const built = existsSync('dist/react.js');

describe('sm-compose/react', { skip: built ? false : 'run npm run build first' }, async () => {
  const react = built ? ((await import(reactEntry)) as ReactEntry) : ({} as ReactEntry);

  it("is a Client Component module: dist/react.js starts with 'use client'", () => {
    assert.match(readFileSync('dist/react.js', 'utf8'), /^(["'])use client\1;/);
  });

  it('can be imported where React is the Server Components build (react-server condition) without throwing', () => {
    const script = `
      import * as React from 'react';
      if (typeof React.useRef === 'function') throw new Error('not the react-server build of React');
      const { SmComposeReact } = await import('./dist/react.js');
      if (!SmComposeReact) throw new Error('no SmComposeReact');`;
    const result = spawnSync(process.execPath, ['--conditions=react-server', '--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });

  it('is built on sm-compose/elements: its first load is the lean entry and the wrappers, not the whole API', () => {
    const { firstLoad } = bundleFiles('dist/react.js');
    const lean = bundleFiles('dist/elements.js').firstLoad;
    assert.deepEqual(firstLoad.filter((file) => file !== 'dist/react.js').sort(), lean.sort());
  });

  it('renderToString keeps the props that have an attribute form', () => {
    const markup = renderToString(createElement(react.SmComposeReact, { locale: 'es', maxLength: 1500 }));
    assert.equal(markup, '<sm-compose locale="es" max-length="1500"></sm-compose>');
  });

  it('renders booleans as HTML does, leaves out objects and listeners, and passes HTML attributes and children through', () => {
    const markup = renderToString(
      createElement(
        react.SmComposeReact,
        {
          requireAcknowledgement: true,
          dictation: false,
          urgencyCheck: 'off',
          name: 'message',
          config: { replyTime: 'within 2 days' },
          onSmSubmit: () => undefined,
          className: 'portal',
          id: 'compose',
        },
        'Loading…',
      ),
    );
    assert.equal(markup, '<sm-compose require-acknowledgement="" urgency-check="off" name="message" class="portal" id="compose">Loading…</sm-compose>');
  });

  it('renders every property that has an attribute, for every wrapper', () => {
    const wrappers = {
      'sm-compose': react.SmComposeReact,
      'sm-category-picker': react.SmCategoryPickerReact,
      'sm-urgency-dialog': react.SmUrgencyDialogReact,
      'sm-char-budget': react.SmCharBudgetReact,
      'sm-prompt-fields': react.SmPromptFieldsReact,
    } as const;
    for (const [tag, wrapper] of Object.entries(wrappers)) {
      const table = elementProps[tag as keyof typeof wrappers];
      const props = Object.fromEntries(Object.keys(table.attributes).map((key) => [key, 'x']));
      const markup = renderToString(createElement(wrapper as never, props));
      for (const attribute of Object.values(table.attributes)) assert.match(markup, new RegExp(` ${attribute}="x"`), `<${tag} ${attribute}>`);
    }
  });

  it("knows every element's public properties and their attributes, as the classes declare them", async () => {
    const classes = (await import(indexEntry)) as IndexEntry;
    const byTag = new Map<string, { elementProperties: Map<PropertyKey, { attribute?: string | boolean; state?: boolean }> }>(
      ([
        ['sm-compose', classes.SmCompose],
        ['sm-category-picker', classes.SmCategoryPicker],
        ['sm-urgency-dialog', classes.SmUrgencyDialog],
        ['sm-char-budget', classes.SmCharBudget],
        ['sm-prompt-fields', classes.SmPromptFields],
        ['sm-attachments', classes.SmAttachments],
        ['sm-dictation-button', classes.SmDictationButton],
      ] as const).map(([tag, element]) => {
        void element.observedAttributes; // finalizes the class
        return [tag, element as never];
      }),
    );
    assert.deepEqual([...byTag.keys()].sort(), Object.keys(elementProps).sort());
    for (const [tag, element] of byTag) {
      const attributes: Record<string, string> = {};
      const properties: string[] = [];
      for (const [key, options] of element.elementProperties) {
        if (options.state) continue;
        if (options.attribute === false) properties.push(String(key));
        else attributes[String(key)] = typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase();
      }
      const table = elementProps[tag as keyof typeof elementProps];
      assert.deepEqual(table.attributes, attributes, `<${tag}> attributes`);
      assert.deepEqual([...table.properties].sort(), properties.sort(), `<${tag}> properties`);
    }
  });

  it('has an onSm… prop for every event custom-elements.json declares on each element', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: { tagName?: string; events?: { name: string }[] }[] }[] };
    const camel = (name: string) => `on${name.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`;
    for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName)) {
      const table = elementProps[declaration.tagName as keyof typeof elementProps];
      const expected = Object.fromEntries((declaration.events ?? []).map((event) => [camel(event.name), event.name]));
      assert.deepEqual(table.events, expected, `<${declaration.tagName}>`);
    }
  });

  it("React 19's plain tag keeps what it is given by attribute name on the server (sm-compose/jsx types it)", () => {
    const markup = renderToString(createElement('sm-compose', { locale: 'es', 'max-length': 1500, 'require-acknowledgement': true, config: {} }));
    assert.equal(markup, '<sm-compose locale="es" max-length="1500" require-acknowledgement=""></sm-compose>');
  });
});
