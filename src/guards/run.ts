import { browser } from '../content/browser';
import type { ContentContext } from '../content/lifetime';
import { type PageSettings, pageSettings, watchSettings } from '../content/settings';
import { afterLoad } from '../content/timing';
import { fromPerson } from '../content/trust';
import { guardsEn, type GuardMessages } from '../i18n/guards-en';
import { guardsFr } from '../i18n/guards-fr';
import { kindFor } from '../kinds';
import { pageKey, type PageKey, type PageMatch } from '../pages';
import { methodFromIdp } from '../pages/idp';
import { partnerById, type PartnerId } from '../pages/partners';
import type { Lang } from '../pages/types';
import type { Method } from '../settings/constants';
import type { ContentMessage } from '../settings/messages';
import { buttonName, findBankChoices, findRegisterLinks, findSignInLinks } from './find';
import { guardWays, type Way } from './guard';

const GUARD_TEXT: Record<Lang, GuardMessages> = { en: guardsEn, fr: guardsFr };

/**
 * The question's words. `own` is never the person's bank by name (the page must not learn it, F14):
 * on the bank list it is "your bank"; `other` is the page's own button the person just pressed.
 * Their name, with several people in the browser, is drawn apart (src/guards/dialog.ts).
 */
function dialogText(g: GuardMessages, settings: PageSettings, own: string, other: string) {
  const name = settings.name;
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

/** The pages where the guards have anything to do at all (the others are left before any work): the kinds that say so. */
export const guardsWanted = (match: PageMatch): boolean => kindFor(match).guarded !== undefined;

/**
 * The guards of one page kind, for the person's current settings (their language over the page's,
 * their theme, their told method and bank: never what was only seen). Returns how to take them away.
 */
function setUp(
  page: PageKey,
  settings: PageSettings,
  send: (message: ContentMessage) => void,
  ctx: ContentContext,
): () => void {
  if (settings.disabled) return () => {}; // the global off switch: no marks, no questions
  const { lang, theme } = settings;
  const g = GUARD_TEXT[lang];
  // The mark names nobody and no bank: the same for everyone (issue 14).
  const markLabel = { mark: g.mark, unofficial: g.unofficial };
  const common = {
    lang,
    theme,
    send,
    ctx,
    markLabel,
    dialog: (own: Way<string>, other: Way<string>) => dialogText(g, settings, own.name, other.name),
  };

  if (page === 'secure-account/choose-sign-in') {
    const methodName = (method: Method) => (method === 'gckey' ? g.gckey : g.partner);
    return guardWays<Method | 'register'>({
      ...common,
      // Both ways, or none: a chooser whose buttons are not found is left alone (the banner still
      // explains). "Register for an account" makes a new account too (F3, F22): asked about like the
      // other button, named as the page itself labels it.
      find: () => {
        const links = findSignInLinks();
        if (!links.get('gckey') || !links.get('sign-in-partner')) return [];
        const ways: Way<Method | 'register'>[] = [...links].map(([id, elements]) => ({
          id,
          name: methodName(id),
          elements,
        }));
        const register = findRegisterLinks();
        if (register.length)
          ways.push({ id: 'register', name: buttonName('register', lang, register[0]).text, elements: register });
        return ways;
      },
      own: settings.told.method,
      record: (way) => (way === 'register' ? undefined : { type: 'record-sign-in', method: way }),
    });
  }
  return guardWays<PartnerId>({
    ...common,
    find: () => [...findBankChoices()].map(([id, elements]) => ({ id, name: partnerById(id)![lang], elements })),
    own: settings.told.method === 'sign-in-partner' ? settings.told.partner : null,
    dialog: (_mine, other) => dialogText(g, settings, g.yourBank, other.name),
    record: (partner) => ({ type: 'record-bank', partner }),
  });
}

/**
 * The guards' content script (started only on the pages `guardsWanted` names): on the secure-account
 * chooser and the bank list, mark the person's own way and ask before another; on the federation
 * front, note which way a sign-in started; on the GCKey sign-up page, note that the person went
 * ahead. Never reads a field, never fills or submits. Records only what the person did themselves.
 */
export function runGuards(match: PageMatch, ctx: ContentContext, href: string = location.href): void {
  const page = pageKey(match);
  const send = (message: ContentMessage) => void browser.runtime.sendMessage(message).catch(() => {});

  if (page === 'secure-account/sign-in-redirect') {
    const method = methodFromIdp(href);
    if (method) send({ type: 'record-sign-in', method });
    return;
  }
  if (page === 'gckey/sign-up') {
    // Going ahead is the person submitting the sign-up form (its terms, then its details); what is
    // typed is never read. "I do not accept" is a submit too: a button named for cancelling is not
    // going ahead. A page script's submit is not the person's.
    ctx.addEventListener(
      document,
      'submit',
      (event) => {
        const submitter = (event as SubmitEvent).submitter;
        if (fromPerson(event) && !/cancel/i.test(submitter?.getAttribute('name') ?? ''))
          send({ type: 'record-new-gckey' });
      },
      { capture: true },
    );
    return;
  }
  const kind = kindFor(match);
  if (kind.guarded !== 'marks') return;
  // The marks and questions are set up once the page has loaded and the browser is idle, so they
  // never hold the page up; that is long before a person can have read the page and clicked. By
  // then the banner's script has usually had the settings: the two share one watch of them.
  afterLoad(() => {
    if (ctx.isInvalid) return;
    let tearDown = () => {};
    let drawn = '';
    watchSettings(ctx, ({ view, fromIrcc }) => {
      const settings = pageSettings(view, match, document.documentElement.lang);
      // The bank list serves many services (F24): another bank than the IRCC account's is only a
      // mistake on the way to IRCC, which the background knows by this tab's id (src/kinds/ircc-tabs.ts).
      const guarded = !kind.shared || fromIrcc;
      // Set up again only when something the guards use changed (not on a recorded sign-in).
      const uses = guarded
        ? JSON.stringify([settings.disabled, settings.lang, settings.theme, settings.name, settings.told])
        : '';
      if (uses === drawn) return;
      drawn = uses;
      tearDown();
      tearDown = guarded ? setUp(page, settings, send, ctx) : () => {};
    });
    ctx.onInvalidated(() => tearDown());
  });
}
