import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../src/content/start';
import { guardsWanted, runGuards } from '../src/guards/run';

/**
 * The guards' content script (its manifest entry is in wxt.config.ts: GUARD_MATCHES, at
 * document_start). It looks at the page first and, on a page it has nothing to do on, stops there.
 * What must happen at once does (the federation front moves on immediately); the marks and
 * questions wait until the page has loaded (src/guards/run.ts).
 */
export default defineUnlistedScript(() => startContent(guardsWanted, (match, ctx) => runGuards(match, ctx)));
