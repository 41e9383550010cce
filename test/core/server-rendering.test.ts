// Server rendering with @lit-labs/ssr (Next.js, Astro, Eleventy with Lit): the declarative
// shadow DOM it writes is what the patient sees until the page's scripts run, so it must show
// the real state — above all, no radio or checkbox pre-checked that the patient did not
// choose (issue #18).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/index.js';

const ssr = (template: unknown) => collectResult(render(template));

/** The `<input>` tags of some HTML whose `checked` attribute makes them checked, whatever its value. */
function checkedInputs(markup: string): string[] {
  return [...markup.matchAll(/<input\b[^>]*>/g)].map((match) => match[0].replace(/\s+/g, ' ')).filter((tag) => /\schecked(?=[\s=/>])/.test(tag));
}
const inputs = (markup: string, type: string) => [...markup.matchAll(/<input\b[^>]*>/g)].filter((match) => match[0].includes(`type="${type}"`));

describe('@lit-labs/ssr', () => {
  it('renders <sm-compose> as declarative shadow DOM, with its parts and attributes', async () => {
    const markup = await ssr(html`<sm-compose locale="es" max-length="1500" emergency-number="112"></sm-compose>`);
    assert.match(markup, /^<!--lit-part[^>]*-->\s*<sm-compose\s+locale="es" max-length="1500" emergency-number="112"/);
    assert.match(markup, /<sm-compose[^>]*>\s*<template shadowroot="open" shadowrootmode="open">/);
    assert.match(markup, /<sm-category-picker[^>]*>\s*<template shadowroot="open" shadowrootmode="open">/);
    assert.match(markup, /En una emergencia, llame al 112\./, 'in Spanish, with the emergency number of the attribute');
    assert.ok(inputs(markup, 'radio').length >= 7, 'the categories are radios');
  });

  it('pre-checks no category in <sm-category-picker> (was checked="false" on each radio)', async () => {
    const markup = await ssr(html`<sm-category-picker></sm-category-picker>`);
    assert.equal(inputs(markup, 'radio').length, 7);
    assert.deepEqual(checkedInputs(markup), []);
  });

  it('checks only the chosen category when <sm-category-picker> has a value', async () => {
    const markup = await ssr(html`<sm-category-picker value="scheduling"></sm-category-picker>`);
    const checked = checkedInputs(markup);
    assert.equal(checked.length, 1);
    assert.match(checked[0]!, /value="scheduling"/);
  });

  it(
    'pre-checks nothing in <sm-compose>: no category, not "someone else", not the acknowledgement',
    async () => {
      for (const markup of [await ssr(html`<sm-compose></sm-compose>`), await ssr(html`<sm-compose require-acknowledgement></sm-compose>`)]) {
        assert.deepEqual(checkedInputs(markup), []);
      }
    },
  );
});
