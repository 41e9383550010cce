import type { PropertyDeclarations } from 'lit';
import type { ComposeConfig } from '../../core/config-schema.js';
import { DEFAULT_CHARACTER_LIMIT } from '../../core/budget.js';
import { DEFAULT_CRISIS_NUMBER, DEFAULT_EMERGENCY_NUMBER, DEFAULT_SUBMIT_TIMEOUT_MS, type UrgencyCheckMode } from '../../core/compose/settings.js';
import type { DraftStore } from '../../controllers/draft.js';
import { SmFormAssociated } from '../shared/form-associated.js';

/**
 * What a host sets on `<sm-compose>`: its properties and attributes, with their defaults. The
 * element (compose.ts) adds the patient's state and what the widget does with it.
 */
export abstract class ComposeProperties extends SmFormAssociated {
  static override properties: PropertyDeclarations = {
    config: { attribute: false },
    maxLength: { type: Number, attribute: 'max-length' },
    emergencyNumber: { attribute: 'emergency-number' },
    crisisNumber: { attribute: 'crisis-number' },
    onCallNumber: { attribute: 'on-call-number' },
    urgencyCheck: { attribute: 'urgency-check' },
    submitTimeout: { type: Number, attribute: 'submit-timeout' },
    requireAcknowledgement: { type: Boolean, attribute: 'require-acknowledgement' },
    draftKey: { attribute: 'draft-key' },
    draftStore: { attribute: false },
    leaveWarning: { attribute: 'leave-warning' },
    dictation: { type: Boolean },
  };

  /**
   * Categories, reply time, recipients, reply mode, signature, billing notice, office hours,
   * proxies (`proxies: { people: [{ id, label }], default?: 'all' | 'none', categories?, help? }`:
   * the patient chooses which of them may see the message) and string overrides; validated,
   * and shown as an error when invalid.
   */
  declare config: ComposeConfig | undefined;
  /** The character budget for the assembled message. Default 2000. */
  declare maxLength: number;
  /** Default 911. A blank value keeps the default. */
  declare emergencyNumber: string;
  /** Default 988. A blank value keeps the default. */
  declare crisisNumber: string;
  /** The care team's on-call line; shown in the urgency check when set. */
  declare onCallNumber: string | undefined;
  /** `open` (when writing starts), `send` (when sending), `both` (default) or `off`. */
  declare urgencyCheck: UrgencyCheckMode;
  /** Milliseconds to wait for the host's `waitUntil` promise before offering a retry. Default 30000; at most 600000. */
  declare submitTimeout: number;
  /** Ask the patient to confirm they understand the rules before writing. */
  declare requireAcknowledgement: boolean;
  /** Keeps a draft in this tab's `sessionStorage` under this key, restored after a reload. One widget per key. */
  declare draftKey: string | undefined;
  /** The host's own draft storage (e.g. on its server); used instead of `sessionStorage`. */
  declare draftStore: DraftStore | undefined;
  /** `on` (default): the browser asks before leaving the page with unsent text; `off`: it does not. */
  declare leaveWarning: 'on' | 'off';
  /**
   * Offer a "Dictate" button on text answers where the browser has speech recognition. Off by
   * default: in some browsers the recognition runs on the browser maker's servers.
   */
  declare dictation: boolean;
  constructor() {
    super();
    this.maxLength = DEFAULT_CHARACTER_LIMIT;
    this.emergencyNumber = DEFAULT_EMERGENCY_NUMBER;
    this.crisisNumber = DEFAULT_CRISIS_NUMBER;
    this.urgencyCheck = 'both';
    this.submitTimeout = DEFAULT_SUBMIT_TIMEOUT_MS;
    this.requireAcknowledgement = false;
    this.leaveWarning = 'on';
    this.dictation = false;
  }
}
