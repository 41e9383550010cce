// Type test: the tags in Vue templates, typed by sm-compose/vue through GlobalComponents (what
// Volar and vue-tsc check templates against). Compiled by test/core/types.test.ts; each
// `@ts-expect-error` must meet an error.
import type { GlobalComponents } from 'vue';
import type {} from 'sm-compose/vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const good: Props<'sm-compose'> = {
  locale: 'es',
  maxLength: 1500,
  urgencyCheck: 'send',
  config: { replyTime: 'within 2 days' },
  onSmSubmit: (event) => event.detail.waitUntil(Promise.resolve()),
  onSmAttachmentsChange: (event) => event.detail.count,
  onSmDictation: (event) => event.detail.state,
};
export const picker: Props<'sm-category-picker'> = { value: 'other', onSmCategoryChange: (event) => event.detail.category };

// @ts-expect-error -- maxLength is a number
export const badLength: Props<'sm-compose'> = { maxLength: '1500' };
// @ts-expect-error -- not an urgency-check mode
export const badMode: Props<'sm-compose'> = { urgencyCheck: 'sometimes' };
// @ts-expect-error -- sm-submit's detail has no text
export const badListener: Props<'sm-compose'> = { onSmSubmit: (event) => event.detail.text };
