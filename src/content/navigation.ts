import type { ContentContext } from './lifetime';

type Navigation = EventTarget & { currentEntry: { url: string | null } | null };

/** How often the address is compared where the browser has no Navigation API, in milliseconds. */
export const ROUTE_POLL_MS = 1000;

/**
 * Calls `onRoute` with the new address once a single-page app's route has changed without a new
 * document. (A page restored from the back/forward cache is at the address it left from: its
 * script's state, route included, is restored with it; src/content/settings.ts reads the settings
 * again then.)
 *
 * Only routes that have happened count: the Navigation API's `currententrychange` fires after a
 * same-document navigation has committed, never for one that leaves the document (that document's
 * script ends with it, or the page is put in the back/forward cache as it was). So a link that does
 * not replace the page (`tel:`, `mailto:`, a download, a 204 answer, a "leave page?" prompt answered
 * "stay") changes nothing. Where that API is missing (Firefox ESR), the address is compared after
 * `popstate` (a move to another fragment fires it too), and once a second while the lifetime lasts (a content script cannot
 * see the page's own `history.pushState` calls: those run in the page's world).
 */
export function watchRoute(ctx: ContentContext, onRoute: (href: string) => void): void {
  let last = location.href;
  const check = () => {
    const href = location.href;
    if (href === last) return;
    last = href;
    onRoute(href);
  };
  const navigation = (globalThis as unknown as { navigation?: Navigation }).navigation;
  // (`'currentEntry' in` tells the real API from an element a page gave `id="navigation"`.)
  if (navigation && 'currentEntry' in navigation) {
    ctx.addEventListener(navigation, 'currententrychange', check);
  } else {
    ctx.addEventListener(window, 'popstate', check);
    ctx.setInterval(check, ROUTE_POLL_MS);
  }
}
