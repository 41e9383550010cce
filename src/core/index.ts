/**
 * `sm-compose/core`: everything clinical, with no DOM. Runs in browsers, Node and on servers.
 */
export { LOCALES, toLocale, type Locale } from './locale.js';
export { localize, type LocalizedText } from './localized-text.js';
export { cleanText, cleanAnswer } from './clean-text.js';
export { countCharacters, createCharacterCounter } from './count-characters.js';
export { budgetStatus, DEFAULT_CHARACTER_LIMIT, DEFAULT_WARNING_RATIO, type BudgetState, type BudgetStatus } from './budget.js';
export { DEFAULT_CATEGORIES } from './catalog.js';
export {
  composeConfigSchema,
  categorySchema,
  promptSchema,
  redirectSchema,
  localizedTextSchema,
  redFlagSchema,
  recipientSchema,
  proxySchema,
  proxiesConfigSchema,
  officeHoursSchema,
  urgencyConfigSchema,
  MAX_RED_FLAGS,
  MAX_URGENCY_TIMEOUT_MS,
  type CategoryDefinition,
  type ComposeConfig,
  type PromptDefinition,
  type PromptKind,
  type PromptOption,
  type RedirectDefinition,
  type RedFlagConfig,
  type RecipientDefinition,
  type ProxyDefinition,
  type ProxiesConfig,
  type OfficeHoursConfig,
  type UrgencyConfig,
} from './config-schema.js';
export { officeStatus, formatOfficeDay, formatOfficeTime, type OfficeStatus, type OfficeDay } from './office-hours.js';
export { proxyVisibility, chooseProxy, type ProxyChoices, type ProxyVisibility, type ResolvedProxy } from './proxies.js';
export { recipientsFor, matchesSearch, resolveRecipient, type ResolvedRecipient } from './recipients.js';
export { validateConfig, type ConfigIssue, type ConfigResult } from './validate-config.js';
export { resolveCategory, resolvePrompt, type ResolvedCategory, type ResolvedPrompt } from './resolve-catalog.js';
export {
  messagePayloadSchema,
  attachmentInfoSchema,
  PAYLOAD_SCHEMA_VERSION,
  SUBJECT_MAX_LENGTH,
  type MessagePayload,
  type PayloadField,
  type PayloadUrgency,
  type PayloadUrgencyCheck,
} from './payload-schema.js';
export { URGENCY_LEVELS, URGENCY_DECISIONS, type UrgencyDecision, type UrgencyLevelName } from './urgency-levels.js';
export { DEFAULT_RED_FLAGS, RED_FLAG_ACTIONS, resolveRedFlags, type RedFlag, type RedFlagAction, type RedFlagDefinition } from './red-flags.js';
export {
  combineUrgency,
  runHostCheck,
  validateHostResult,
  DEFAULT_HOST_TIMEOUT_MS,
  type BuiltInUrgency,
  type CombinedUrgency,
  type HostCheckOutcome,
  type HostUrgencyAssess,
  type HostUrgencyContext,
  type HostUrgencyFinding,
  type HostUrgencyResult,
  type UrgencyCheck,
  type UrgencyCheckStatus,
} from './combine-urgency.js';
export { settleWithin, type Settled } from './settle-within.js';
export { assembleBody, suggestSubject, truncate, type AnsweredField } from './message-body.js';
export { buildPayload, type PayloadInput } from './build-payload.js';
export { missingRequired, missingOptional } from './completeness.js';
export { uuid } from './uuid.js';
export * from './triage/index.js';
export * from './fhir.js';
export * from './attachments.js';
export * from './draft.js';
export * from './draft-schema.js';
