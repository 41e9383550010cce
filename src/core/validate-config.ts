import type { core } from 'zod/mini';
import { composeConfigSchema, type ComposeConfig } from './config-schema.js';

/** One problem in a host config, with the path to the bad value: `config.categories[2].prompts[0].kind`. */
export interface ConfigIssue {
  path: string;
  message: string;
}

export type ConfigResult = { ok: true; config: ComposeConfig } | { ok: false; issues: ConfigIssue[] };

/** Validates a host config without throwing. `undefined` and `null` mean "use the defaults". */
export function validateConfig(input: unknown): ConfigResult {
  // With the input in each issue, a wrong value ("x" for a number) is told apart from a missing one.
  let result: ReturnType<typeof composeConfigSchema.safeParse>;
  try {
    result = composeConfigSchema.safeParse(input ?? {}, { reportInput: true });
  } catch {
    // A getter or a Proxy that throws while it is read: the config cannot be used, and says so.
    return { ok: false, issues: [{ path: 'config', message: 'The config could not be read: one of its values threw an error when read.' }] };
  }
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) })),
  };
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = 'config';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

const typeName = (expected: string) => (expected === 'int' ? 'a whole number' : expected);

const list = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

/**
 * zod/mini ships no wording (it keeps the bundle small), so config problems are put in
 * words here, for the portal developer who reads them.
 */
function describeIssue(issue: core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${list(issue.keys)}. Check the spelling.`;
    case 'invalid_value':
      return `Expected one of ${list(issue.values)}.`;
    case 'invalid_type':
      return issue.input === undefined && issue.expected !== 'undefined' ? `Missing: expected ${typeName(issue.expected)}.` : `Expected ${typeName(issue.expected)}.`;
    case 'invalid_union':
      return 'Expected text: a string, or { en, es } strings.';
    case 'too_small':
      return issue.origin === 'array' ? `Give at least ${issue.minimum} item(s).` : 'Must not be empty.';
    default:
      return 'Invalid value.';
  }
}
