import type { Locale } from './locale.js';
import { localize } from './localized-text.js';
import type { CategoryDefinition, PromptDefinition, PromptKind } from './config-schema.js';

/** A prompt with its text in one language, ready to render. */
export interface ResolvedPrompt {
  id: string;
  label: string;
  hint: string;
  kind: PromptKind;
  required: boolean;
  options: { value: string; label: string }[];
  summarizes: boolean;
}

/** A category with its text in one language, ready to render. */
export interface ResolvedCategory {
  id: string;
  label: string;
  description: string;
  examples: string[];
  routeTo: string | undefined;
  notice: string;
  redirect: { href: string; label: string; message: string } | undefined;
  prompts: ResolvedPrompt[];
  /** The subject it suggests, when not made from its label and key answer (a reply's "Re: …"). */
  subject?: string;
}

export function resolvePrompt(prompt: PromptDefinition, locale: Locale): ResolvedPrompt {
  return {
    id: prompt.id,
    label: localize(prompt.label, locale),
    hint: localize(prompt.hint, locale),
    kind: prompt.kind,
    required: prompt.required === true,
    options: (prompt.options ?? []).map((option) => ({ value: option.value, label: localize(option.label, locale) })),
    summarizes: prompt.summarizes === true,
  };
}

export function resolveCategory(category: CategoryDefinition, locale: Locale): ResolvedCategory {
  const { redirect } = category;
  return {
    id: category.id,
    label: localize(category.label, locale),
    description: localize(category.description, locale),
    examples: (category.examples ?? []).map((example) => localize(example, locale)),
    routeTo: category.routeTo,
    notice: localize(category.notice, locale),
    redirect: redirect && {
      href: redirect.href,
      label: localize(redirect.label, locale),
      message: localize(redirect.message, locale),
    },
    prompts: category.prompts.map((prompt) => resolvePrompt(prompt, locale)),
  };
}
