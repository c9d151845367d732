import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { contentLifetime } from '../src/content/lifetime';
import { runGuards } from '../src/guards/run';

/**
 * The guards' content script (manifest entries in wxt.config.ts: GUARD_MATCHES_AT_START and
 * GUARD_MATCHES_WHEN_IDLE, see src/guards/matches.ts).
 */
export default defineUnlistedScript(() => {
  const lifetime = contentLifetime();
  const start = () => void runGuards(location.href, lifetime);
  // The federation front moves on at once: note its address now. Elsewhere the marks and questions
  // are set up when the page is idle (while it waits for its images, or once it has loaded), so
  // they never hold up the page; the timeout keeps that within half a second, long before a person
  // can have read the page and clicked.
  if (document.readyState === 'loading') start();
  else requestIdleCallback(start, { timeout: 500 });
});
