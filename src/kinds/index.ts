import { pageKey } from '../pages';
import type { PageMatch } from '../pages/types';
import type { Method } from '../settings/constants';
import { gckeyRecover } from './gckey-recover';
import { gckeySignIn } from './gckey-sign-in';
import { gckeySignUp } from './gckey-sign-up';
import { irccPortalNewVersion } from './ircc-portal-new-version';
import { prPortalRepresentative } from './pr-portal-representative';
import { secureAccountChooseSignIn } from './secure-account-choose-sign-in';
import { secureAccountHome } from './secure-account-home';
import { secureAccountRegister } from './secure-account-register';
import { secureAccountSignInRedirect } from './secure-account-sign-in-redirect';
import { SERVICE_HEADLINES } from './services';
import { signInPartnerChoosePartner } from './sign-in-partner-choose-partner';
import type { Headline, Kind, Known, PageKey } from './types';

export type { Guide, Headline, Kind, Known, PageKey, Tone } from './types';

/** Every page kind that has a file of its own (it does something the service's general kind does not). */
export const KINDS: readonly Kind[] = [
  gckeySignIn,
  gckeySignUp,
  gckeyRecover,
  signInPartnerChoosePartner,
  secureAccountChooseSignIn,
  secureAccountSignInRedirect,
  secureAccountHome,
  secureAccountRegister,
  prPortalRepresentative,
  irccPortalNewVersion,
];
const BY_KEY = new Map<string, Kind>(KINDS.map((kind) => [kind.key, kind]));

/** The page kind of a page: its own file, or its service's general kind. */
export function kindFor(match: Pick<PageMatch, 'service' | 'page'>): Kind {
  const key = pageKey(match);
  const own = BY_KEY.get(key);
  if (own) return own;
  const general = SERVICE_HEADLINES[match.service];
  return { key, headline: () => general };
}

const METHOD_OR_NONE: (Method | null)[] = [null, 'gckey', 'sign-in-partner'];
/** Every `Known` there is: the reserve of a page kind is its headline over all of them. */
export const ALL_KNOWN: readonly Known[] = METHOD_OR_NONE.flatMap((told) =>
  [false, true].flatMap((toldBank) =>
    METHOD_OR_NONE.flatMap((seen) =>
      [false, true].flatMap((fromIrcc) =>
        [false, true].flatMap((recentNewGckey) =>
          [false, true].map((recentOtherWay) => ({ told, toldBank, seen, fromIrcc, recentNewGckey, recentOtherWay })),
        ),
      ),
    ),
  ),
);

/** Every headline a page kind can show, each once (generated: no list to keep by hand). */
export function headlinesOf(kind: Kind): Headline[] {
  const seen = new Map<string, Headline>();
  for (const known of ALL_KNOWN) {
    const headline = kind.headline(known);
    seen.set(JSON.stringify(headline), headline);
  }
  return [...seen.values()];
}

/** The page kinds where what is said depends on whether the tab comes from IRCC (generated). */
export const SHARED_PAGES: readonly PageKey[] = /* @__PURE__ */ KINDS.filter((kind) => kind.shared).map(
  (kind) => kind.key,
);
/** The page kinds the guards' content script acts on (generated). */
export const GUARDED_KINDS: readonly PageKey[] = /* @__PURE__ */ KINDS.filter((kind) => kind.guarded).map(
  (kind) => kind.key,
);
