import type { ComposeConfig } from './config-schema.js';

/** Whether `config.billing`'s notice is shown for messages of this category. */
export function billingNoticeApplies(config: ComposeConfig, category: string): boolean {
  return Boolean(config.billing && (config.billing.categories?.includes(category) ?? true));
}
