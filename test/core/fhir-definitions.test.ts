import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { codeSystem, fhirDefinitions, fhirDefinitionsBundle } from '../../scripts/fhir-definitions.js';
import {
  SM_COMPOSE_BUILT_IN_CODES,
  SM_COMPOSE_CODE_SYSTEMS,
  SM_COMPOSE_EXTENSIONS,
  URGENCY_CHECK_PARTS,
} from '../../src/core/fhir.js';
import { URGENCY_CHECK_SOURCES, URGENCY_CHECK_STATUSES, URGENCY_DECISIONS, URGENCY_LEVELS } from '../../src/core/urgency-levels.js';
import { assertConformsToDefinition } from './fhir-conformance.js';
import { validatorErrors } from './fhir-validators.js';

type Json = Record<string, unknown>;
interface Element {
  id: string;
  path: string;
  sliceName?: string;
  fixedUri?: string;
  max?: string;
  binding?: { strength: string; valueSet: string };
}

const files = fhirDefinitions();
const resources = [...files.values()];
const byUrl = new Map(resources.map((resource) => [String(resource.url), resource]));
const elementsOf = (resource: Json, part: 'snapshot' | 'differential') => (resource[part] as { element: Element[] }).element;

/**
 * The published canonical URLs. They are identifiers that hosts store in their records: a URL
 * here may be added, never changed or removed (a change of meaning gets a new URL).
 */
const STABLE_URLS = [
  'https://sm-compose.dev/fhir/StructureDefinition/message-regarding',
  'https://sm-compose.dev/fhir/StructureDefinition/message-signature',
  'https://sm-compose.dev/fhir/StructureDefinition/routing-hint',
  'https://sm-compose.dev/fhir/StructureDefinition/billing-notice-shown',
  'https://sm-compose.dev/fhir/StructureDefinition/proxy-visibility',
  'https://sm-compose.dev/fhir/StructureDefinition/declined-redirect',
  'https://sm-compose.dev/fhir/StructureDefinition/urgency-level',
  'https://sm-compose.dev/fhir/StructureDefinition/urgency-decision',
  'https://sm-compose.dev/fhir/StructureDefinition/urgency-checked-at',
  'https://sm-compose.dev/fhir/StructureDefinition/urgency-finding',
  'https://sm-compose.dev/fhir/StructureDefinition/urgency-reported',
  'https://sm-compose.dev/fhir/StructureDefinition/urgency-check',
  ...['urgency-level', 'urgency-decision', 'urgency-check-source', 'urgency-check-status', 'message-regarding', 'message-category', 'routing-hint', 'urgency-finding', 'red-flag'].flatMap(
    (id) => [`https://sm-compose.dev/fhir/CodeSystem/${id}`, `https://sm-compose.dev/fhir/ValueSet/${id}`],
  ),
];

describe('the published FHIR definitions (dist/fhir/)', () => {
  it('validate with FHIR.js and Medplum, each and as one Bundle', () => {
    for (const [name, resource] of files) assert.deepEqual(validatorErrors(resource), [], name);
    assert.deepEqual(validatorErrors(fhirDefinitionsBundle()), [], 'the Bundle');
  });

  it('keep their canonical URLs', () => {
    assert.deepEqual([...byUrl.keys()].sort(), [...STABLE_URLS].sort());
    assert.deepEqual(Object.values(SM_COMPOSE_EXTENSIONS).sort(), STABLE_URLS.filter((url) => url.includes('/StructureDefinition/')).sort());
    assert.deepEqual(Object.values(SM_COMPOSE_CODE_SYSTEMS).sort(), STABLE_URLS.filter((url) => url.includes('/CodeSystem/')).sort());
  });

  it('are named {resourceType}-{id}.json, with the id the last part of the URL, and the package version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const [name, resource] of files) {
      assert.equal(name, `${String(resource.resourceType)}-${String(resource.id)}.json`);
      assert.ok(String(resource.url).endsWith(`/${String(resource.resourceType)}/${String(resource.id)}`), name);
      assert.equal(resource.version, version, name);
      assert.equal(resource.status, 'active', name);
    }
  });

  it('define each extension on Communication, with its URL fixed and every element in its snapshot', () => {
    for (const url of Object.values(SM_COMPOSE_EXTENSIONS)) {
      const definition = byUrl.get(url)!;
      assert.equal(definition.type, 'Extension');
      assert.equal(definition.fhirVersion, '4.0.1');
      assert.deepEqual(definition.context, [{ type: 'element', expression: 'Communication' }]);
      const snapshot = elementsOf(definition, 'snapshot');
      assert.equal(snapshot.find((element) => element.id === 'Extension.url')?.fixedUri, url);
      for (const element of elementsOf(definition, 'differential')) assert.ok(snapshot.some((candidate) => candidate.id === element.id), `${url}: ${element.id}`);
      // Every binding points to a published value set, which includes a published code system.
      for (const element of snapshot) {
        if (element.binding === undefined) continue;
        const valueSet = byUrl.get(element.binding.valueSet) as { compose: { include: { system: string }[] } } | undefined;
        assert.ok(valueSet !== undefined, `${url}: ${element.binding.valueSet}`);
        assert.ok(byUrl.has(valueSet.compose.include[0]!.system));
      }
    }
    const check = elementsOf(byUrl.get(SM_COMPOSE_EXTENSIONS.urgencyCheck)!, 'snapshot');
    assert.deepEqual(
      check.filter((element) => element.sliceName !== undefined).map((element) => element.sliceName),
      [...URGENCY_CHECK_PARTS],
    );
  });

  it('code every value the payload schema allows in the closed sets, and nothing else', () => {
    const codes = (key: keyof typeof SM_COMPOSE_CODE_SYSTEMS) => (codeSystem(key).concept as { code: string }[]).map((concept) => concept.code);
    assert.deepEqual(codes('urgencyLevel'), [...URGENCY_LEVELS]);
    assert.deepEqual(codes('urgencyDecision'), [...URGENCY_DECISIONS]);
    assert.deepEqual(codes('urgencyCheckSource'), [...URGENCY_CHECK_SOURCES]);
    assert.deepEqual(codes('urgencyCheckStatus'), [...URGENCY_CHECK_STATUSES]);
    assert.deepEqual(codes('regarding'), ['self', 'other']);
    for (const key of ['category', 'routingHint', 'urgencyFinding', 'redFlag'] as const) assert.deepEqual(codes(key), [...SM_COMPOSE_BUILT_IN_CODES[key]], key);
  });

  it('give every code a display and a definition, once', () => {
    for (const key of Object.keys(SM_COMPOSE_CODE_SYSTEMS) as (keyof typeof SM_COMPOSE_CODE_SYSTEMS)[]) {
      const system = codeSystem(key);
      const concepts = system.concept as { code: string; display: string; definition: string }[];
      assert.equal(system.count, concepts.length);
      assert.equal(new Set(concepts.map((concept) => concept.code)).size, concepts.length, key);
      for (const concept of concepts) {
        assert.match(concept.code, /^[a-z0-9]+(-[a-z0-9]+)*$/, key);
        assert.ok(concept.display.trim() !== '' && concept.definition.trim() !== '', `${key}: ${concept.code}`);
      }
    }
  });

  it('refuse what does not conform: another URL, a missing part, a value of another type, a code not in a required set', () => {
    const bad = [
      { url: SM_COMPOSE_EXTENSIONS.urgencyLevel, valueCode: 'emergency' },
      { url: SM_COMPOSE_EXTENSIONS.urgencyLevel, valueCoding: { system: SM_COMPOSE_CODE_SYSTEMS.urgencyLevel, code: 'severe' } },
      { url: SM_COMPOSE_EXTENSIONS.urgencyLevel, valueCoding: { code: 'emergency' } },
      { url: SM_COMPOSE_EXTENSIONS.urgencyFinding, valueCoding: { system: SM_COMPOSE_CODE_SYSTEMS.urgencyFinding, code: 'sore-toe' } },
      { url: SM_COMPOSE_EXTENSIONS.urgencyFinding, valueCoding: { system: 'https://portal.example/findings', code: 'chest-pain' } },
      { url: SM_COMPOSE_EXTENSIONS.urgencyCheckedAt, valueString: '2024-05-06T14:29:00Z' },
      { url: SM_COMPOSE_EXTENSIONS.urgencyCheck, extension: [{ url: 'status', valueCoding: { system: SM_COMPOSE_CODE_SYSTEMS.urgencyCheckStatus, code: 'ok' } }] },
      {
        url: SM_COMPOSE_EXTENSIONS.urgencyCheck,
        extension: [
          { url: 'source', valueCoding: { system: SM_COMPOSE_CODE_SYSTEMS.urgencyCheckSource, code: 'host' } },
          { url: 'status', valueCoding: { system: SM_COMPOSE_CODE_SYSTEMS.urgencyCheckStatus, code: 'ok' } },
          { url: 'score', valueString: '0.9' },
        ],
      },
      { url: 'https://sm-compose.dev/fhir/StructureDefinition/urgency-score', valueString: '0.9' },
    ];
    for (const extension of bad) assert.throws(() => assertConformsToDefinition(extension), assert.AssertionError, JSON.stringify(extension));
    assertConformsToDefinition({ url: SM_COMPOSE_EXTENSIONS.urgencyFinding, valueCoding: { system: 'https://portal.example/findings', code: 'sepsis-risk' } });
    assertConformsToDefinition({ url: SM_COMPOSE_EXTENSIONS.urgencyFinding, valueCoding: { code: 'sepsis-risk' } });
  });
});
