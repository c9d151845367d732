// What each page kind says behind "More": the background's alone (it answers the banner's `more`
// message, src/guidance/more.ts), so none of it is in the content scripts' bundle. Each guide is
// written in its page kind's own file, beside the kind.
import { pageKey } from '../pages';
import type { PageMatch } from '../pages/types';
import { gckeyRecoverGuide } from './gckey-recover';
import { gckeySignInGuide } from './gckey-sign-in';
import { gckeySignUpGuide } from './gckey-sign-up';
import { irccPortalNewVersionGuide } from './ircc-portal-new-version';
import { prPortalRepresentativeGuide } from './pr-portal-representative';
import { secureAccountChooseSignInGuide } from './secure-account-choose-sign-in';
import { secureAccountHomeGuide } from './secure-account-home';
import { secureAccountRegisterGuide } from './secure-account-register';
import { secureAccountSignInRedirectGuide } from './secure-account-sign-in-redirect';
import { SERVICE_GUIDES } from './services';
import type { Guide, PageKey } from './types';

/** The page kinds whose guide says more than their service's. */
export const KIND_GUIDES: Partial<Record<PageKey, Partial<Guide>>> = {
  'gckey/sign-in': gckeySignInGuide,
  'gckey/sign-up': gckeySignUpGuide,
  'gckey/recover': gckeyRecoverGuide,
  'secure-account/choose-sign-in': secureAccountChooseSignInGuide,
  'secure-account/sign-in-redirect': secureAccountSignInRedirectGuide,
  'secure-account/home': secureAccountHomeGuide,
  'secure-account/register': secureAccountRegisterGuide,
  'pr-portal/representative': prPortalRepresentativeGuide,
  'ircc-portal/new-version': irccPortalNewVersionGuide,
};

/** The kind's guide behind "More", completed part by part from its service's. */
export function guideOf(match: Pick<PageMatch, 'service' | 'page'>): Guide {
  return { ...SERVICE_GUIDES[match.service], ...KIND_GUIDES[pageKey(match)] };
}
