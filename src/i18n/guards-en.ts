/**
 * The words of the guards (the mark beside the person's own button, the question before the other
 * one). Kept apart from en.ts so the banner's content script does not carry them. `g_` keys are
 * guidance and rest on facts (src/guidance/facts.ts). None takes a person's name or their bank: the
 * page under the mark and the question must not learn them (the question names only the button the
 * person pressed, which the page knows).
 */
export const guardsEn = {
  gckey: 'GCKey',
  partner: 'Sign-In Partner',
  yourBank: 'your bank',
  /** The mark's words, and what a screen reader hears: that it is ours, and unofficial. */
  mark: 'Yours',
  markLabel: 'Yours, says the unofficial IRCC sign-in guide',
  unofficial: 'Unofficial guide',
  dialogTitle: 'This opens a different account',
  g_dialogBody: (yours: string, other: string) =>
    `You told this guide you sign in with ${yours}. Continuing with ${other} creates a separate, empty account, without your applications.`,
  useInstead: (yours: string) => `Use ${yours} instead`,
  continueAnyway: (other: string) => `Continue with ${other} anyway`,
  cancel: 'Cancel',
};

export type GuardMessages = typeof guardsEn;
