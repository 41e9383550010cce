/** A string that changes with a number: `{n}` is replaced by the formatted number. */
export interface PluralText {
  one: string;
  other: string;
}

/**
 * Every user-facing string of the widget. `{n}`, `{number}`, `{name}` and `{time}` are
 * placeholders. Hosts override any of them through `config.strings`.
 */
export interface Translation {
  // The whole widget
  widgetLabel: string;
  rulesTitle: string;
  rulesNonUrgent: string;
  rulesReplyTime: string;
  defaultReplyTime: string;
  rulesRecord: string;
  rulesOneTopic: string;
  rulesEmergency: string;
  rulesAcknowledge: string;
  regardingLegend: string;
  regardingSelf: string;
  regardingOther: string;
  regardingOtherExplain: string;
  regardingProxyLink: string;
  regardingRequired: string;
  redirectContinue: string;
  examplesTitle: string;
  // Category picker
  categoryLegend: string;
  recipientLegend: string;
  recipientRecent: string;
  recipientSearchLabel: string;
  recipientNoMatch: string;
  recipientOnly: string;
  recipientRequired: string;
  categoryHelpButton: string;
  categoryHelpText: string;
  // Urgency dialog
  urgencyTitle: string;
  urgencyIntro: string;
  urgencyCallEmergency: string;
  urgencyEmergencyRoom: string;
  urgencyCallOnCall: string;
  urgencyCrisis: string;
  urgencyCallCrisis: string;
  urgencyTextCrisis: string;
  urgencyContinue: string;
  urgencyTitleEmergency: string;
  urgencyTitleCrisis: string;
  urgencyTitleUrgent: string;
  urgencyNoticed: string;
  urgencyUrgentAdvice: string;
  urgencyConfirm: string;
  // Red-flag checklist of the routine check
  redFlagsTitle: string;
  /** The continue button once the patient has chosen a red flag (soft stop). */
  redFlagsContinueAnyway: string;
  /** Above the emergency number, for what the list does not name. */
  redFlagsOther: string;
  /** Under the crisis line's links; `{number}`: the emergency number. */
  redFlagCrisisAdvice: string;
  /** Under the on-call line's link; `{number}`: the emergency number. */
  redFlagOnCallAdvice: string;
  redFlagChestPain: string;
  redFlagTroubleBreathing: string;
  redFlagStrokeSigns: string;
  redFlagSevereBleeding: string;
  redFlagFaintingOrSeizure: string;
  redFlagThroatSwelling: string;
  redFlagInfantFever: string;
  redFlagSuicidalThoughts: string;
  noticeEmergency: string;
  noticeCrisis: string;
  noticeUrgent: string;
  noticeUrgentOnCall: string;
  // Prompts and message
  promptsTitle: string;
  requiredMark: string;
  optionalMark: string;
  selectPlaceholder: string;
  subjectLabel: string;
  subjectHint: string;
  messageLabel: string;
  messageHint: string;
  // Character budget
  budgetLimit: PluralText;
  budgetLeft: PluralText;
  budgetOver: PluralText;
  budgetNearLimit: PluralText;
  /** At exactly the limit, instead of "0 characters left". */
  budgetAtLimit: PluralText;
  // Review (the review and sent steps' own strings: review.ts)
  reviewButton: string;
  changeCategory: string;
  // Errors
  errorSummaryTitle: string;
  errorRequired: string;
  errorSubjectRequired: string;
  errorMessageRequired: string;
  errorOverBudget: string;
  errorConfigTitle: string;
  errorConfigIntro: string;
  /** A part of the widget (a file beside the drop-in bundle) did not load. */
  errorPartsMissing: string;
  errorLoadFailed: string;
  /** `{number}`: the emergency number. */
  errorLoadFailedDetail: string;
  errorPrepareFailed: string;
  errorPrepareFailedDetail: string;
  formIncomplete: string;
  draftRestored: string;
  draftStartOver: string;
  draftSaveFailed: string;
  // Signature
  signatureLegend: string;
  signatureName: string;
  signatureNameRequired: string;
  signatureCertifyRequired: string;
  signedLine: string;
  // Attachments and dictation
  attachmentsLabel: string;
  /** `{n}` files, `{size}` each, `{total}` in all, `{kinds}` the list of allowed kinds. */
  attachmentsHint: PluralText;
  attachmentsAddButton: string;
  attachmentsDropHint: string;
  attachmentsDropActive: string;
  attachmentsListLabel: string;
  attachmentsRemoveButton: string;
  attachmentsRemoveLabel: string;
  attachmentsAdded: PluralText;
  attachmentsRemoved: string;
  attachmentsKindImages: string;
  attachmentsKindPdf: string;
  attachmentsKindText: string;
  attachmentsKindAny: string;
  attachmentsRejectedType: string;
  attachmentsRejectedSize: string;
  attachmentsRejectedTotal: string;
  attachmentsRejectedCount: PluralText;
  attachmentsRejectedEmpty: string;
  attachmentsRejectedDuplicate: string;
  dictationButton: string;
  dictationListening: string;
  dictationErrorBlocked: string;
  dictationErrorNoMicrophone: string;
  dictationErrorNoSpeech: string;
  dictationErrorNetwork: string;
  dictationErrorLanguage: string;
  dictationErrorOther: string;
}

export type TranslationKey = keyof Translation;
