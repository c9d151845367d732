import type { Guide, Kind } from './types';

/**
 * canada.ca's "Register for an account" page (2026 design, F22): registering makes a new secure
 * account, and for someone who already has one, a second, empty one (F3). With a told method, stop.
 */
export const secureAccountRegister: Kind = {
  key: 'secure-account/register',
  headline(known) {
    if (known.told) return { tone: 'warning', line: 'g_hRegisterStop', personal: true, back: 'signIn' };
    return { tone: 'note', line: 'g_hRegisterUnknown', back: 'signIn' };
  },
};

/** What this page kind says behind "More" (src/kinds/guides.ts: the background's alone, never in a page). */
export const secureAccountRegisterGuide: Partial<Guide> = {
  purpose: 'g_registerPurpose',
  not: 'g_registerNot',
  next: 'g_signUpNext',
  link: 'signIn',
};
