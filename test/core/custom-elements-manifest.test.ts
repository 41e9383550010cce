// custom-elements.json is the public contract of every element (generated from the JSDoc
// blocks by `npm run build`): every public attribute, property and event must say what it is.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

interface Member { kind: string; name: string; privacy?: string; static?: boolean; description?: string }
interface Declaration {
  tagName?: string;
  summary?: string;
  attributes?: { name: string; fieldName?: string; description?: string }[];
  events?: { name: string; description?: string }[];
  members?: Member[];
  cssParts?: { name: string; description?: string }[];
}

const path = 'custom-elements.json';

describe('custom-elements.json', () => {
  it('exists (npm run build writes it)', () => assert.ok(existsSync(path), 'run npm run build first'));

  const manifest = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { modules: { declarations?: Declaration[] }[] }) : { modules: [] };
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

  it('lists every element', () => {
    assert.deepEqual(
      elements.map((element) => element.tagName).sort(),
      ['sm-attachments', 'sm-category-picker', 'sm-char-budget', 'sm-compose', 'sm-dictation-button', 'sm-prompt-fields', 'sm-urgency-dialog'],
    );
  });

  for (const element of elements) {
    it(`<${element.tagName}> documents its summary, attributes, properties, events and parts`, () => {
      assert.ok(element.summary, 'summary');
      const undocumented: string[] = [];
      for (const attribute of element.attributes ?? []) {
        const member = element.members?.find((m) => m.name === attribute.fieldName);
        if (!attribute.description && !member?.description) undocumented.push(`attribute ${attribute.name}`);
      }
      for (const event of element.events ?? []) if (!event.description) undocumented.push(`event ${event.name}`);
      for (const member of element.members ?? []) {
        if (member.kind === 'field' && !member.privacy && !member.static && !member.description) undocumented.push(`property ${member.name}`);
      }
      for (const part of element.cssParts ?? []) if (!part.description) undocumented.push(`part ${part.name}`);
      assert.deepEqual(undocumented, []);
    });
  }

  it('<sm-compose> has the contract attributes and events', () => {
    const compose = elements.find((element) => element.tagName === 'sm-compose')!;
    const attributes = compose.attributes!.map((attribute) => attribute.name);
    for (const name of ['locale', 'max-length', 'emergency-number', 'crisis-number', 'on-call-number', 'name', 'draft-key', 'urgency-check']) {
      assert.ok(attributes.includes(name), name);
    }
    const events = compose.events!.map((event) => event.name);
    for (const name of ['sm-submit', 'sm-config-error', 'sm-urgency-decision', 'sm-redirect', 'sm-acknowledge']) assert.ok(events.includes(name), name);
  });
});
