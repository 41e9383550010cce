// The environment `derive` runs in, as <sm-compose> gives it with the writing step loaded, in
// English: for the tests of the state, the recipients, the signature and reply mode.
import { DEFAULT_CATEGORIES } from '../../src/core/catalog.js';
import { countCharacters } from '../../src/core/count-characters.js';
import type { ComposeEnv } from '../../src/core/compose/derive.js';
import { initialState, type ComposeState } from '../../src/core/compose/state.js';
import { transition, type ComposeAction } from '../../src/core/compose/transitions.js';
import { validate } from '../../src/core/compose/validators.js';
import { writeMessage } from '../../src/core/compose/writing.js';
import { resolveCategory } from '../../src/core/resolve-catalog.js';

export function composeEnv(overrides: Partial<ComposeEnv> = {}): ComposeEnv {
  return {
    categories: DEFAULT_CATEGORIES.map((category) => resolveCategory(category, 'en')),
    recipients: () => [],
    reply: undefined,
    limit: 2000,
    requireAcknowledgement: false,
    labels: { message: 'Message', regarding: 'Who is this message about?', regardingOther: 'Someone else' },
    count: countCharacters,
    writing: { writeMessage },
    signature: undefined,
    validate,
    ...overrides,
  };
}

/** The state after these actions, from the start. */
export const run = (...actions: ComposeAction[]): ComposeState => actions.reduce(transition, initialState);
