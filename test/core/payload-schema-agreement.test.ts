// The published JSON Schema and the zod schema accept the same payloads, over thousands of
// generated ones: valid payloads, and each mutated at one place (a key removed, a value replaced
// by an edge case or any JSON, a key added). The one documented difference: JSON Schema cannot
// count grapheme clusters nor compare two fields, so where the JSON Schema accepts, zod accepts
// exactly when characterCount equals countCharacters(body) and does not exceed characterLimit.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { payloadJsonSchema } from '../../scripts/payload-json-schema.js';
import { countCharacters } from '../../src/core/count-characters.js';
import { messagePayloadSchema } from '../../src/core/payload-schema.js';
import { URGENCY_CHECK_SOURCES, URGENCY_CHECK_STATUSES, URGENCY_DECISIONS, URGENCY_LEVELS } from '../../src/core/urgency-levels.js';

const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(payloadJsonSchema());

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// ---- valid payloads ----

/** Text of every kind: printable ASCII, any grapheme (emoji, combining marks), any code unit. */
const anyText = (minLength: number, maxLength: number) =>
  fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({ minLength, maxLength, unit: 'grapheme' }),
    fc.string({ minLength, maxLength, unit: 'binary' }),
    fc.constantFrom(...['Fever 🤒 since Monday', 'e\u0301 👨‍👩‍👧 🇲🇽', 'line\r\nbreak', 'क्षि', ' spaced '].filter((text) => text.length >= minLength && text.length <= maxLength)),
  );
/** A string of `min` to `max` code points, any of them; long ones too (astral ones are two UTF-16 code units). */
const codePoints = (min: number, max: number) =>
  fc.oneof(
    fc.string({ minLength: min, maxLength: max, unit: 'binary' }),
    fc.string({ minLength: min, maxLength: max, unit: fc.constantFrom('😀', 'a', ' '), size: 'max' }),
    fc.integer({ min: Math.max(min, 1), max }).map((length) => '😀'.repeat(length)),
  );
const text = anyText(1, 12);
// eslint-disable-next-line no-control-regex
const body = anyText(1, 60).filter((value) => /[^\s\u0000-\u001F]/.test(value));

/** Dates FHIR can carry, with every kind of offset it allows. */
const dateTime = fc
  .tuple(
    fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
    fc.constantFrom('Z', '+00:00', '-05:00', '+05:30', '+13:59', '+14:00', '-14:00', '-09:30'),
    fc.constantFrom('', '.1', '.123', '.123456789'),
  )
  .map(([date, offset, fraction]) => {
    const iso = date.toISOString();
    return `${iso.slice(0, 19)}${fraction}${offset}`;
  });

const check = fc.record(
  { source: fc.constantFrom(...URGENCY_CHECK_SOURCES), status: fc.constantFrom(...URGENCY_CHECK_STATUSES), level: fc.constantFrom(...URGENCY_LEVELS), findings: fc.array(text, { maxLength: 2 }) },
  { requiredKeys: ['source', 'status'] },
);

const validPayload = fc
  .record(
    {
      id: fc.oneof(fc.uuid(), fc.uuid().map((id) => id.toUpperCase())),
      createdAt: dateTime,
      locale: fc.constantFrom('en', 'es'),
      category: fc.record({ id: text, label: text, routeTo: text }, { requiredKeys: ['id', 'label'] }),
      subject: codePoints(1, 100),
      body,
      fields: fc.array(fc.record({ id: text, label: text, value: anyText(0, 12) }), { maxLength: 3 }),
      urgency: fc.record(
        {
          level: fc.constantFrom(...URGENCY_LEVELS),
          findings: fc.array(text, { maxLength: 3 }),
          decision: fc.constantFrom(...URGENCY_DECISIONS),
          checkedAt: dateTime,
          reported: fc.array(text, { maxLength: 2 }),
          checks: fc.array(check, { maxLength: 2 }),
        },
        { requiredKeys: ['level', 'findings', 'decision', 'checkedAt'] },
      ),
      regarding: fc.constantFrom('self', 'other'),
      recipient: fc.record({ id: text, label: text }),
      inReplyTo: fc.record({ threadId: text }),
      billingNoticeShown: fc.constant(true),
      proxyVisibility: fc.record({ visibleTo: fc.array(text, { maxLength: 2 }), hiddenFrom: fc.array(text, { maxLength: 2 }) }),
      signature: fc.record({ name: text, signedAt: dateTime }),
      attachments: fc.array(fc.record({ name: codePoints(1, 255), type: codePoints(0, 255), size: fc.integer({ min: 0, max: 2 ** 31 - 1 }) }), { maxLength: 2 }),
      redirect: fc.record({ href: text, choice: fc.constant('continued') }),
      slack: fc.nat({ max: 500 }),
    },
    { requiredKeys: ['id', 'createdAt', 'locale', 'category', 'subject', 'body', 'fields', 'urgency', 'slack'] },
  )
  .map(({ slack, ...payload }) => {
    const characterCount = countCharacters(payload.body);
    return { schemaVersion: 1, ...payload, characterCount, characterLimit: Math.max(1, characterCount + slack) } as { [key: string]: Json };
  });

// ---- mutations ----

/** Values at the edges of what either schema accepts. */
const EDGE_VALUES: Json[] = [
  ...['', ' ', '\t\n', '\u00A0', '\u0000', '\u0007x', 'x', '𝐱', 'x'.repeat(100), 'x'.repeat(101), '😀'.repeat(100), '😀'.repeat(101), '📷'.repeat(255), '📷'.repeat(256), 'x'.repeat(256)],
  ...['0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '+010000-01-01T00:00:00Z', '2024-02-29T12:00:00Z', '2023-02-29T12:00:00Z', '2024-05-06T10:00:00+14:00', '2024-05-06T10:00:00+14:01', '2024-05-06T10:00:00-13:59', '2024-05-06T10:00:00+1400', '2024-05-06T10:00:00', '2024-05-06T10:00:60Z', '2024-05-06', '2024-05-06t10:00:00z'],
  ...['3b241101-e2bb-4255-8caf-4136c566a962', '3B241101-E2BB-4255-8CAF-4136C566A962', '3b241101e2bb42558caf4136c566a962', '00000000-0000-0000-0000-000000000000', '3b241101-e2bb-9255-8caf-4136c566a962'],
  ...[...URGENCY_LEVELS, ...URGENCY_DECISIONS, ...URGENCY_CHECK_SOURCES, ...URGENCY_CHECK_STATUSES, 'self', 'other', 'en', 'es', 'fr', 'continued', 'followed', 'EN'],
  ...[0, -1, 1, 2, 1.5, -0, 2 ** 31 - 1, 2 ** 31, 2 ** 53, 1e300, -1e300],
  ...[true, false, null, [], {}, [''], ['x'], [{}], { x: 1 }],
];

type Mutation = { kind: 'remove' } | { kind: 'replace'; value: Json } | { kind: 'add'; key: string; value: Json } | { kind: 'count'; delta: number } | { kind: 'count-length' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: 'remove' as const }) },
  { weight: 5, arbitrary: fc.constantFrom(...EDGE_VALUES).map((value) => ({ kind: 'replace' as const, value })) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => ({ kind: 'replace' as const, value: value as Json })) },
  { weight: 2, arbitrary: fc.tuple(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'body', 'id')), fc.jsonValue({ maxDepth: 1 })).map(([key, value]) => ({ kind: 'add' as const, key, value: value as Json })) },
  { weight: 2, arbitrary: fc.integer({ min: -2, max: 2 }).filter((delta) => delta !== 0).map((delta) => ({ kind: 'count' as const, delta })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'count-length' as const }) },
);

/** Every path to a value in a JSON tree (the root is []). */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => out.push(...paths(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  return out;
}

/** A copy of `payload` with one mutation at the `pick`-th path. */
function mutate(payload: { [key: string]: Json }, pick: number, change: Mutation): Json {
  const copy = structuredClone(payload);
  if (change.kind === 'count') {
    copy.characterCount = (copy.characterCount as number) + change.delta;
    return copy;
  }
  if (change.kind === 'count-length') {
    copy.characterCount = (copy.body as string).length; // UTF-16 code units, not characters
    return copy;
  }
  const all = paths(copy);
  const path = all[pick % all.length]!;
  if (path.length === 0) return change.kind === 'replace' ? change.value : copy;
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string, Json>)[key]!;
  const last = path[path.length - 1]!;
  if (change.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete (parent as Record<string, Json>)[last];
  } else if (change.kind === 'replace') {
    (parent as Record<string | number, Json>)[last] = change.value;
  } else {
    const target = (parent as Record<string | number, Json>)[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

// ---- the comparison ----

/** The checks zod makes that JSON Schema cannot: the count against the body and the limit. */
function crossFieldChecksPass(value: Json): boolean {
  const payload = value as { body: string; characterCount: number; characterLimit: number };
  return payload.characterCount === countCharacters(payload.body) && payload.characterCount <= payload.characterLimit;
}

interface Tally {
  both: number;
  neither: number;
  onlyCrossField: number;
}

/** Runs both on `value` as a JSON document and checks that they agree; tallies the outcome. */
function compare(value: Json, tally: Tally): void {
  const document = JSON.parse(JSON.stringify(value)) as Json; // what a back end receives
  const jsonSchema = validate(document);
  const zod = messagePayloadSchema.safeParse(document);
  const detail = () => `JSON Schema ${jsonSchema ? 'accepts' : `rejects (${JSON.stringify(validate.errors?.slice(0, 2))})`}, zod ${zod.success ? 'accepts' : `rejects (${JSON.stringify(zod.error.issues.slice(0, 2))})`}: ${JSON.stringify(document).slice(0, 600)}`;
  if (!jsonSchema) {
    assert.equal(zod.success, false, detail());
    tally.neither++;
    return;
  }
  const cross = crossFieldChecksPass(document);
  assert.equal(zod.success, cross, detail());
  if (!zod.success) {
    assert.ok(zod.error.issues.every((issue) => issue.path.join('.') === 'characterCount' && issue.code === 'custom'), detail());
    tally.onlyCrossField++;
  } else {
    tally.both++;
  }
}

describe('JSON Schema and zod agree on generated payloads', () => {
  it('accept every valid payload alike', () => {
    const tally: Tally = { both: 0, neither: 0, onlyCrossField: 0 };
    fc.assert(fc.property(validPayload, (payload) => compare(payload, tally)), { numRuns: 2000 });
    assert.deepEqual(tally, { both: 2000, neither: 0, onlyCrossField: 0 });
  });

  it('accept and reject mutated payloads alike, but for the documented count checks', (t) => {
    const tally: Tally = { both: 0, neither: 0, onlyCrossField: 0 };
    const runs = 8000;
    fc.assert(fc.property(validPayload, fc.nat(), mutation, (payload, pick, change) => compare(mutate(payload, pick, change), tally)), { numRuns: runs });
    // Each outcome is well represented, so that the agreement is not only on easy cases.
    for (const [outcome, count] of Object.entries(tally)) assert.ok(count > runs * 0.05, `${outcome}: ${count} of ${runs} (${JSON.stringify(tally)})`);
    t.diagnostic(`${runs} mutated payloads: ${tally.both} accepted by both, ${tally.neither} rejected by both, ${tally.onlyCrossField} rejected by zod only for the count`);
  });
});
