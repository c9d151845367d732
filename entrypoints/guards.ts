import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { contentLifetime } from '../src/content/lifetime';
import { runGuards } from '../src/guards/run';

/**
 * The guards' content script (its manifest entry is in wxt.config.ts: GUARD_MATCHES, at
 * document_start). What must happen at once does (the federation front moves on immediately); the
 * marks and questions wait until the page has loaded (src/guards/run.ts).
 */
export default defineUnlistedScript(() => void runGuards(location.href, contentLifetime()));
