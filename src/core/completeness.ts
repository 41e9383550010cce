import type { ResolvedPrompt } from './resolve-catalog.js';

/** The required prompts still unanswered, in the order they are asked. */
export function missingRequired(prompts: readonly ResolvedPrompt[], values: Readonly<Record<string, string>>): ResolvedPrompt[] {
  return prompts.filter((prompt) => prompt.required && (values[prompt.id] ?? '').trim() === '');
}

/** The optional prompts left empty: a gentle reminder, never a block. */
export function missingOptional(prompts: readonly ResolvedPrompt[], values: Readonly<Record<string, string>>): ResolvedPrompt[] {
  return prompts.filter((prompt) => !prompt.required && (values[prompt.id] ?? '').trim() === '');
}
