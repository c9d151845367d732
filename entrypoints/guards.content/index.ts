import { defineContentScript } from 'wxt/utils/define-content-script';
import { GUARD_MATCHES } from '../../src/guards/matches';
import { runGuards } from '../../src/guards/run';

export default defineContentScript({
  matches: GUARD_MATCHES,
  // The page's buttons must exist to be marked; the banner's script has long been in place by then.
  runAt: 'document_end',
  main(ctx) {
    void runGuards(location.href, ctx);
    // Notice an extension disabled, updated or removed while the page is open, and clean up.
    ctx.setInterval(() => ctx.isInvalid, 2000);
  },
});
