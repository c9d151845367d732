import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runBanner } from '../src/banner/run';
import { contentLifetime, watchLocation } from '../src/content/lifetime';

/**
 * The banner's content script. The manifest entry is written in wxt.config.ts (matches: the
 * catalogue's; run at document_start, so the banner takes its place before the first paint). It is
 * built as a plain script rather than a WXT content script: WXT's start-up context (messages to the
 * page, an abort controller, the runtime API) cost every IRCC page load milliseconds before the
 * banner did anything (issue 6). Its two jobs that matter are in src/content/lifetime.ts.
 */
export default defineUnlistedScript(() => {
  const lifetime = contentLifetime();
  const href = location.href;
  const banner = runBanner(href, lifetime);
  // The apps.cic.gc.ca portals are single-page apps: the banner follows their routes, from the time
  // its settings are in (catching up on any move made before that).
  void banner?.ready.then(() => {
    watchLocation(lifetime, (href) => banner.follow(href));
    if (location.href !== href) banner.follow(location.href);
  });
});
