import type { Kind } from './types';

/**
 * canada.ca's "Register for an account" page (2026 design, F22): registering makes a new secure
 * account, and for someone who already has one, a second, empty one (F3). With a told method, stop.
 */
export const secureAccountRegister: Kind = {
  key: 'secure-account/register',
  guide: { purpose: 'g_registerPurpose', not: 'g_registerNot', next: 'g_signUpNext', link: 'signIn' },
  headline(known) {
    if (known.told) return { tone: 'warning', line: 'g_hRegisterStop', personal: true, back: 'signIn' };
    return { tone: 'note', line: 'g_hRegisterUnknown', back: 'signIn' };
  },
};
