import { pageLang } from '../i18n';
import type { Lang, PageMatch } from '../pages/types';
import type { Method, ThemeChoice } from '../settings/constants';
import type { ContentMessage } from '../settings/messages';
import { type PageProfile, type PageView, readStoredPageView, showsBanner } from '../settings/page-view';
import { browser } from './browser';
import type { ContentContext } from './lifetime';

/** What a content script knows of its page's settings, all at once. */
export type PageState = {
  /** The active person's page view (validated: a malformed value reads as the defaults). */
  view: PageView;
  /**
   * Whether this tab is on its way to or from IRCC, as the background knows it by the tab's id
   * (src/kinds/ircc-tabs.ts); only GCKey and the bank list, which serve other services too, need it.
   */
  fromIrcc: boolean;
};

/**
 * The one watch both content scripts share, on their own global, which no page script can reach.
 * Under a symbol: a string key would also find an element the page gave that `id` (named access).
 */
type Watch = { ctx: ContentContext; state?: PageState; told: Set<(state: PageState) => void> };
const WATCH = Symbol.for('ircc-guide.watch');

/**
 * The content scripts' one read and one watch of the settings. The background answers one
 * `ask-page-view` message with the page view it keeps for them (PAGE_VIEW_KEY: the active person, no
 * one else) and with whether this tab is on its way to or from IRCC; changes come in its `page-view`
 * message, never from `storage.onChanged`, which would hand every page's process every person's name
 * and bank with each change. The banner's and the guards' scripts run in one isolated world per page
 * and share this watch: the first to start asks, the other hears the same answers (one message and
 * one listener per page, not two of each).
 *
 * `onState` is called with the validated state once it is in (at once, if it already is), again on
 * every change, and again when the page comes back from the back/forward cache (a message sent while
 * it was there is not delivered, and the tab's way may have changed). A missing or malformed first
 * answer reads as the defaults and "not from IRCC", never a crash; a later one changes nothing. If
 * the extension's API is gone (it went away mid-read), the lifetime ends.
 */
export function watchSettings(ctx: ContentContext, onState: (state: PageState) => void): void {
  const shared = globalThis as unknown as { [WATCH]?: Watch };
  let watch = shared[WATCH];
  if (!watch || watch.ctx.signal.aborted) startWatch((watch = shared[WATCH] = { ctx, told: new Set() }));
  const told = watch.told;
  told.add(onState);
  ctx.onInvalidated(() => told.delete(onState));
  if (watch.state) onState(watch.state);
}

function startWatch(watch: Watch): void {
  const { ctx } = watch;
  const tell = (state: PageState) => {
    watch.state = state;
    // One script's failure never keeps the news from the other's.
    for (const onState of watch.told)
      try {
        onState(state);
      } catch (error) {
        reportError(error);
      }
  };
  // Changes heard so far: one heard while an answer is on its way is newer than the answer's view.
  let heard = 0;
  let changed: PageView | undefined;
  const ask = (since = heard) => {
    // An answer, or none (the error of a message not answered, or something malformed): with none,
    // what is already known stays; before anything is, the defaults.
    const take = (answer: unknown) => {
      const sent = answer as { view?: unknown; fromIrcc?: unknown } | null | undefined;
      const answered = typeof sent?.fromIrcc === 'boolean';
      if (ctx.isInvalid || (!answered && watch.state)) return;
      tell({ view: since === heard ? readStoredPageView(sent?.view) : changed!, fromIrcc: sent?.fromIrcc === true });
    };
    browser.runtime.sendMessage({ type: 'ask-page-view' } satisfies ContentMessage).then(take, take);
  };
  const onMessage = (message: unknown) => {
    const sent = message as { type?: unknown; view?: unknown } | null;
    if (ctx.isInvalid || sent?.type !== 'page-view') return;
    heard++;
    changed = readStoredPageView(sent.view);
    // Before the first answer the tab's way is not known yet: the answer tells both.
    if (watch.state) tell({ ...watch.state, view: changed });
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  ask();
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) ask();
  });
}

/**
 * What the settings mean for one page, for the banner and the guards alike. `told` is what the
 * person told the extension (popup, options, first run, the banner's question): only that is
 * asserted or guarded. `seen` is what it only saw happen: offered as a question at most.
 */
export type PageSettings = {
  /** The person's chosen language over the page's; the page's is the URL's, else `<html lang>`, else English. */
  lang: Lang;
  theme: ThemeChoice;
  /** Whether a banner belongs here (not switched off globally, for the service or the page kind). */
  banner: boolean;
  /** The global off switch: no banner, no guard, anywhere. */
  disabled: boolean;
  /** The active person's name, only when more than one person is kept and it has one. */
  name: string | undefined;
  told: { method: Method | null; partner: PageProfile['partner'] };
  seen: { lastUsed: PageProfile['lastUsed']; newGckeyAt: number | null };
  /** The view itself, for the banner's wording (src/guidance/content.ts takes the profile whole). */
  view: PageView;
};

export function pageSettings(view: PageView, match: PageMatch, htmlLang: string | null | undefined): PageSettings {
  const { profile } = view;
  return {
    lang: view.language !== 'page' ? view.language : pageLang(match.lang, htmlLang),
    theme: view.theme,
    banner: showsBanner(view, match),
    disabled: view.disabled,
    name: view.profileCount > 1 && profile.label ? profile.label : undefined,
    told: { method: profile.method, partner: profile.partner },
    seen: { lastUsed: profile.lastUsed, newGckeyAt: profile.newGckeyAt },
    view,
  };
}
