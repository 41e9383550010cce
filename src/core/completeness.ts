import { cleanAnswer } from './clean-text.js';
import type { ResolvedPrompt } from './resolve-catalog.js';

/** An answer that is empty once cleaned: blank, or only invisible formatting characters. */
const isEmpty = (value: string | undefined): boolean => cleanAnswer(value ?? '') === '';

/** The required prompts still unanswered, in the order they are asked. */
export function missingRequired(prompts: readonly ResolvedPrompt[], values: Readonly<Record<string, string>>): ResolvedPrompt[] {
  return prompts.filter((prompt) => prompt.required && isEmpty(values[prompt.id]));
}

/** The optional prompts left empty: a gentle reminder, never a block. */
export function missingOptional(prompts: readonly ResolvedPrompt[], values: Readonly<Record<string, string>>): ResolvedPrompt[] {
  return prompts.filter((prompt) => !prompt.required && isEmpty(values[prompt.id]));
}
