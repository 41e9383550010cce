// Emits dist/fhir/: the StructureDefinitions of the sm-compose extensions, their CodeSystems and
// ValueSets (one JSON file each, `{resourceType}-{id}.json`), and all of them in one Bundle.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fhirDefinitions, fhirDefinitionsBundle } from './fhir-definitions.js';

mkdirSync('dist/fhir', { recursive: true });
const files = fhirDefinitions();
for (const [name, resource] of files) writeFileSync(`dist/fhir/${name}`, `${JSON.stringify(resource, null, 2)}\n`);
writeFileSync('dist/fhir/Bundle-sm-compose-definitions.json', `${JSON.stringify(fhirDefinitionsBundle(), null, 2)}\n`);
console.log(`dist/fhir/ written: ${files.size} definitions and their Bundle`);
