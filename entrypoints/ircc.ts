import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runBanner } from '../src/banner/run';
import { watchRoute } from '../src/content/navigation';
import { startContent } from '../src/content/start';
import { SERVICES } from '../src/pages';

/**
 * The banner's content script. The manifest entry is written in wxt.config.ts (matches: the
 * catalogue's; run at document_start, so the banner takes its place before the first paint). It is
 * built as a plain script rather than a WXT content script: WXT's start-up context (messages to the
 * page, an abort controller, the runtime API) cost every IRCC page load milliseconds before the
 * banner did anything (issue 6). It looks at the page first: on a page the catalogue does not know,
 * it stops there (src/content/start.ts).
 */
export default defineUnlistedScript(() =>
  startContent(
    () => true,
    (match, ctx) => {
      const href = location.href;
      const banner = runBanner(href, ctx);
      // The apps.cic.gc.ca portals are single-page apps: the banner follows their routes once they
      // have changed, from the time its settings are in (catching up on any move made before that).
      // (After the lifetime's end, watching adds nothing: every listener and timer takes its signal.)
      // Other services' pages each come as a new document: nothing watches the address there.
      if (!SERVICES.find((service) => service.id === match.service)?.singlePage) return;
      void banner?.ready.then(() => {
        watchRoute(ctx, (next) => banner.follow(next));
        if (location.href !== href) banner.follow(location.href);
      });
    },
  ),
);
