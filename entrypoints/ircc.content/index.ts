import { defineContentScript } from 'wxt/utils/define-content-script';
import { runBanner } from '../../src/banner/run';
import { CONTENT_MATCHES } from '../../src/pages';

export default defineContentScript({
  // Generated from the page catalogue: the manifest cannot list a host the catalogue does not know.
  matches: CONTENT_MATCHES,
  // Before the page is parsed, so the banner takes its place before the first paint.
  runAt: 'document_start',
  main(ctx) {
    const banner = runBanner(location.href, ctx);
    // The apps.cic.gc.ca portals are single-page apps: the banner follows their routes. The
    // listener dies with the content script's context.
    if (banner) ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => banner.follow(newUrl.href));
    // Browsers do not tell a running content script that its extension was disabled, updated or
    // removed; reading ctx.isInvalid notices it (and runs the clean-up), so nothing is left behind.
    if (banner) ctx.setInterval(() => ctx.isInvalid, 2000);
  },
});
