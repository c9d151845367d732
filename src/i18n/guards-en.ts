/**
 * The words of the guards (the mark beside the person's own button, the question before the other
 * one). Kept apart from en.ts so the banner's content script does not carry them. `g_` keys are
 * guidance and rest on facts (src/guidance/facts.ts).
 */
export const guardsEn = {
  gckey: 'GCKey',
  partner: 'Sign-In Partner',
  yourSignIn: 'Your sign-in',
  yourBank: 'Your bank',
  personSignIn: (name: string) => `${name}’s sign-in`,
  dialogTitle: 'This opens a different account',
  g_dialogBody: (yours: string, other: string) =>
    `You sign in with ${yours}. Continuing with ${other} creates a separate, empty account, without your applications.`,
  g_dialogBodyPerson: (name: string, yours: string, other: string) =>
    `${name} signs in with ${yours}. Continuing with ${other} creates a separate, empty account, without ${name}’s applications.`,
  useInstead: (yours: string) => `Use ${yours} instead`,
  continueAnyway: (other: string) => `Continue with ${other} anyway`,
  cancel: 'Cancel',
};

export type GuardMessages = typeof guardsEn;
