import { budgetStatus } from '../budget.js';
import { cleanAnswer } from '../clean-text.js';
import { missingRequired } from '../completeness.js';
import type { ResolvedRecipient } from '../recipients.js';
import type { ResolvedCategory } from '../resolve-catalog.js';
import type { ComposeState } from './state.js';

/** A problem that blocks sending: where it is, and the message (a key of the strings) to show. */
export interface FieldProblem {
  /** `category`, `regarding`, `prompt:<id>`, `subject` or `message`: where the error link takes focus. */
  target: string;
  message: 'categoryLegend' | 'regardingRequired' | 'recipientRequired' | 'signatureNameRequired' | 'signatureCertifyRequired' | 'errorRequired' | 'errorSubjectRequired' | 'errorMessageRequired' | 'errorOverBudget';
  /** Values for the message's `{placeholders}`. */
  params?: Record<string, string>;
}

/** What the validators look at: the state and what follows from it. */
export interface ValidationInput {
  state: ComposeState;
  category: ResolvedCategory;
  /** A reply (`config.replyTo`): who it is about is not asked. */
  replying: boolean;
  /** Who can receive this category's messages (empty without `config.recipients`), and the one chosen. */
  recipients: readonly ResolvedRecipient[];
  recipient: ResolvedRecipient | undefined;
  /** The patient is asked to sign (`config.signature`). */
  signing: boolean;
  subject: string;
  body: string;
  count: number;
  limit: number;
}

/** One rule of a complete message (Lion's `Validator`, without the class). */
export interface Validator {
  name: string;
  problems(input: ValidationInput): FieldProblem[];
}

const when = (invalid: boolean, problem: FieldProblem): FieldProblem[] => (invalid ? [problem] : []);

export const regardingChosen: Validator = {
  name: 'regarding-chosen',
  problems: ({ state, replying }) => when(!replying && state.regarding === '', { target: 'regarding', message: 'regardingRequired' }),
};

export const recipientChosen: Validator = {
  name: 'recipient-chosen',
  problems: ({ recipients, recipient }) => when(recipients.length > 0 && recipient === undefined, { target: 'recipient', message: 'recipientRequired' }),
};

export const requiredAnswered: Validator = {
  name: 'required-answered',
  problems: ({ state, category }) =>
    missingRequired(category.prompts, state.answers).map((prompt) => ({
      target: `prompt:${prompt.id}`,
      message: 'errorRequired',
      params: { name: prompt.label.replace(/[?:]$/, '').toLowerCase() },
    })),
};

export const subjectGiven: Validator = {
  name: 'subject-given',
  // The same cleaning as the payload: a subject of only invisible characters is empty.
  problems: ({ subject }) => when(cleanAnswer(subject) === '', { target: 'subject', message: 'errorSubjectRequired' }),
};

export const somethingWritten: Validator = {
  name: 'something-written',
  problems: ({ body }) => when(body.trim() === '', { target: 'message', message: 'errorMessageRequired' }),
};

export const withinBudget: Validator = {
  name: 'within-budget',
  problems: ({ count, limit }) => when(budgetStatus(count, limit).state === 'over', { target: 'message', message: 'errorOverBudget' }),
};

export const signed: Validator = {
  name: 'signed',
  problems: ({ state, signing }) =>
    signing
      ? [
          ...when(cleanAnswer(state.signatureName) === '', { target: 'signature-name', message: 'signatureNameRequired' }),
          ...when(!state.signatureCertified, { target: 'signature-certify', message: 'signatureCertifyRequired' }),
        ]
      : [],
};

/** In the order of the form, so that the error summary reads top to bottom. */
export const MESSAGE_VALIDATORS: readonly Validator[] = [regardingChosen, recipientChosen, requiredAnswered, subjectGiven, somethingWritten, withinBudget, signed];

/** The problems that block sending; none means the message may be reviewed. */
export function validate(input: Omit<ValidationInput, 'category'> & { category: ResolvedCategory | undefined }): FieldProblem[] {
  const { category } = input;
  if (!category) return [{ target: 'category', message: 'categoryLegend' }];
  const problems = MESSAGE_VALIDATORS.flatMap((validator) => validator.problems({ ...input, category }));
  // A missing required answer says what to write; "write your message" beside it would ask for
  // a field marked optional.
  const unanswered = problems.some((problem) => problem.message === 'errorRequired');
  return unanswered ? problems.filter((problem) => problem.message !== 'errorMessageRequired') : problems;
}
