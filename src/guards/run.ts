import { browser } from 'wxt/browser';
import type { Lifetime } from '../content/lifetime';
import { afterLoad } from '../content/timing';
import { pageLang } from '../i18n';
import { guardsEn, type GuardMessages } from '../i18n/guards-en';
import { guardsFr } from '../i18n/guards-fr';
import { kindFor } from '../kinds';
import { detectPage, pageKey } from '../pages';
import { methodFromIdp } from '../pages/idp';
import { partnerById, type PartnerId } from '../pages/partners';
import type { Lang } from '../pages/types';
import { type Method, SETTINGS_KEY } from '../settings/constants';
import type { ContentMessage } from '../settings/messages';
import { type PageView, readPageView } from '../settings/page-view';
import { findBankChoices, findSignInLinks } from './find';
import { guardWays, type Way } from './guard';

const GUARD_TEXT: Record<Lang, GuardMessages> = { en: guardsEn, fr: guardsFr };
type Changes = Record<string, { newValue?: unknown }>;

/**
 * The question's words. `own` is never the person's bank by name (the page must not learn it, F14):
 * on the bank list it is "your bank"; `other` is the page's own button the person just pressed.
 * Their name, with several people in the browser, is drawn apart (src/guards/dialog.ts).
 */
function dialogText(g: GuardMessages, view: PageView, own: string, other: string) {
  const name = view.profileCount > 1 && view.profile.label ? view.profile.label : undefined;
  return {
    unofficial: g.unofficial,
    title: g.dialogTitle,
    who: name,
    body: g.g_dialogBody(own, other),
    useOwn: g.useInstead(own),
    continueOther: g.continueAnyway(other),
    cancel: g.cancel,
  };
}

/** The guards of one page kind, for the person's current settings. Returns how to take them away. */
function setUp(
  page: string,
  view: PageView,
  lang: Lang,
  send: (message: ContentMessage) => void,
  alive: () => boolean,
): () => void {
  if (view.disabled) return () => {}; // the global off switch: no marks, no questions
  const g = GUARD_TEXT[lang];
  // The mark names nobody and no bank: the same for everyone (issue 14).
  const markLabel = { mark: g.mark, unofficial: g.unofficial };

  if (page === 'secure-account/choose-sign-in') {
    const links = findSignInLinks();
    if (!links.get('gckey') || !links.get('sign-in-partner')) return () => {}; // redesigned: the banner still explains
    const methodName = (method: Method) => (method === 'gckey' ? g.gckey : g.partner);
    const ways: Way<Method>[] = [...links].map(([id, elements]) => ({ id, name: methodName(id), elements }));
    return guardWays({
      ways,
      own: view.profile.method,
      markLabel,
      lang,
      dialog: (own, other) => dialogText(g, view, own.name, other.name),
      record: (method) => ({ type: 'record-sign-in', method }),
      send,
      alive,
    });
  }

  if (page === 'sign-in-partner/choose-partner') {
    const ways: Way<PartnerId>[] = [...findBankChoices()].map(([id, elements]) => ({
      id,
      name: partnerById(id)![lang],
      elements,
    }));
    const own = view.profile.method === 'sign-in-partner' ? view.profile.partner : null;
    return guardWays({
      ways,
      own,
      markLabel,
      lang,
      dialog: (_mine, other) => dialogText(g, view, g.yourBank, other.name),
      record: (partner) => ({ type: 'record-bank', partner }),
      send,
      alive,
    });
  }
  return () => {};
}

/**
 * The guards' content script: on the secure-account chooser and the bank list, mark the person's own
 * way and ask before another; on the federation front, note which way a sign-in started; on the
 * GCKey sign-up page, note that the person went ahead. Never reads a field, never fills or submits.
 */
export async function runGuards(href: string, lifetime: Lifetime): Promise<void> {
  const match = detectPage(href);
  if (!match) return;
  const page = pageKey(match);
  const send = (message: ContentMessage) => void browser.runtime.sendMessage(message).catch(() => {});

  if (page === 'secure-account/sign-in-redirect') {
    const method = methodFromIdp(href);
    if (method) send({ type: 'record-sign-in', method });
    return;
  }
  if (page === 'gckey/sign-up') {
    // Going ahead is submitting the sign-up form (its terms, then its details); what is typed is never read.
    // "I do not accept" is a submit too: a button named for cancelling is not going ahead.
    const onSubmit = (event: SubmitEvent) => {
      if (!/cancel/i.test(event.submitter?.getAttribute('name') ?? '')) send({ type: 'record-new-gckey' });
    };
    document.addEventListener('submit', onSubmit, true);
    lifetime.onInvalidated(() => document.removeEventListener('submit', onSubmit, true));
    return;
  }

  if (page !== 'secure-account/choose-sign-in' && page !== 'sign-in-partner/choose-partner') return;
  // The bank list serves many services (F24): another bank than the IRCC account's is only a
  // mistake on the way to IRCC, which the background knows by this tab's id (src/kinds/ircc-tabs.ts).
  if (kindFor(match).shared) {
    const fromIrcc = await browser.runtime
      .sendMessage({ type: 'ask-ircc-tab' } satisfies ContentMessage)
      .catch(() => false);
    if (fromIrcc !== true || lifetime.isInvalid) return;
  }
  // The marks and questions are set up once the page has loaded and the browser is idle, so they
  // never hold the page up; that is long before a person can have read the page and clicked.
  await new Promise<void>((resolve) => afterLoad(resolve));
  if (lifetime.isInvalid) return;
  const lang = pageLang(match.lang, document.documentElement.lang);
  const alive = () => !lifetime.isInvalid;
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  let tearDown = setUp(page, readPageView(stored[SETTINGS_KEY]), lang, send, alive);
  const onChanged = (changes: Changes, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    tearDown();
    tearDown = setUp(page, readPageView(changes[SETTINGS_KEY]?.newValue), lang, send, alive);
  };
  browser.storage.onChanged.addListener(onChanged);
  lifetime.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onChanged);
    tearDown();
  });
}
