// Checks a resource with both validators and against the sm-compose definitions published in
// dist/fhir/: each extension by Medplum against its StructureDefinition, plus what Medplum's
// profile validation does not check (found while writing these tests: it accepts a value of a
// type the profile excludes, e.g. valueCode where only valueCoding is allowed, and a part that a
// closed slicing does not name), and every code against the bound value set.
import assert from 'node:assert/strict';
import { fhirDefinitions } from '../../scripts/fhir-definitions.js';
import { medplumProfileErrors, validatorErrors } from './fhir-validators.js';

type Json = Record<string, unknown>;

interface Element {
  id: string;
  path: string;
  min?: number;
  max?: string;
  sliceName?: string;
  fixedUri?: string;
  type?: { code: string }[];
  binding?: { strength: string; valueSet: string };
}

const definitions = [...fhirDefinitions('test').values()];
const byUrl = new Map(definitions.map((resource) => [String(resource.url), resource]));

/** The codes of the code system a value set includes, and that system. */
function valueSetCodes(valueSetUrl: string): { system: string; codes: Set<string> } {
  const valueSet = byUrl.get(valueSetUrl) as { compose: { include: { system: string }[] } } | undefined;
  assert.ok(valueSet !== undefined, `the value set ${valueSetUrl} is published`);
  const system = valueSet.compose.include[0]!.system;
  const codeSystem = byUrl.get(system) as { concept: { code: string }[] } | undefined;
  assert.ok(codeSystem !== undefined, `the code system ${system} is published`);
  return { system, codes: new Set(codeSystem.concept.map((concept) => concept.code)) };
}

const valueKeys = (extension: Json) => Object.keys(extension).filter((key) => key.startsWith('value'));

/** One value (of a simple extension, or of a part) against its element: type and binding. */
function checkValue(extension: Json, element: Element, where: string): void {
  const keys = valueKeys(extension);
  assert.equal(keys.length, 1, `${where} has one value`);
  const type = element.type?.[0]?.code ?? '';
  assert.equal(keys[0], `value${type.charAt(0).toUpperCase()}${type.slice(1)}`, `${where} is a ${type}`);
  if (element.binding === undefined) return;
  const coding = extension[keys[0]!] as { system?: string; code: string };
  const { system, codes } = valueSetCodes(element.binding.valueSet);
  if (element.binding.strength === 'required') {
    assert.equal(coding.system, system, `${where}: the system of a required binding`);
    assert.ok(codes.has(coding.code), `${where}: "${coding.code}" is a code of ${system}`);
  } else {
    // Extensible: a code of ours is always coded in our system; any other code never claims it.
    if (codes.has(coding.code)) assert.equal(coding.system, system, `${where}: the built-in code "${coding.code}" is in ${system}`);
    else assert.notEqual(coding.system, system, `${where}: "${coding.code}" is not a code of ${system}`);
  }
}

/** One extension against its published StructureDefinition. */
export function assertConformsToDefinition(extension: Json): void {
  const url = String(extension.url);
  const definition = byUrl.get(url) as (Json & { snapshot: { element: Element[] } }) | undefined;
  assert.ok(definition !== undefined, `the extension ${url} has a published StructureDefinition`);
  assert.deepEqual(medplumProfileErrors(extension, definition), [], `Medplum, ${url}`);
  const elements = definition.snapshot.element;
  const value = elements.find((element) => element.id === 'Extension.value[x]')!;
  if (value.max !== '0') {
    assert.equal(extension.extension, undefined, `${url} has no parts`);
    checkValue(extension, value, url);
    return;
  }
  assert.deepEqual(valueKeys(extension), [], `${url} has parts, not a value`);
  const parts = (extension.extension ?? []) as Json[];
  const slices = elements.filter((element) => element.sliceName !== undefined && element.path === 'Extension.extension');
  for (const part of parts) {
    const slice = slices.find((candidate) => candidate.sliceName === part.url);
    assert.ok(slice !== undefined, `${url}: the part "${String(part.url)}" is defined`);
    const partValue = elements.find((element) => element.id === `${slice.id}.value[x]`)!;
    checkValue(part, partValue, `${url}#${String(part.url)}`);
  }
  for (const slice of slices) {
    const count = parts.filter((part) => part.url === slice.sliceName).length;
    assert.ok(count >= (slice.min ?? 0), `${url}: at least ${slice.min} ${slice.sliceName}`);
    if (slice.max !== '*') assert.ok(count <= Number(slice.max), `${url}: at most ${slice.max} ${slice.sliceName}`);
  }
}

/**
 * The resource validates with FHIR.js and with Medplum, and each of its extensions (the
 * Communication's, and those of a contained resource) conforms to its published definition.
 */
export function assertValidFhir(resource: Json): void {
  assert.deepEqual(validatorErrors(resource), [], 'FHIR.js and Medplum find no error');
  for (const extension of (resource.extension ?? []) as Json[]) assertConformsToDefinition(extension);
  for (const contained of (resource.contained ?? []) as Json[]) {
    for (const extension of (contained.extension ?? []) as Json[]) assertConformsToDefinition(extension);
  }
}
