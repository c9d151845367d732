import { PALETTE_CSS } from '../content/palette';
import { shadowHost } from '../content/shadow';
import { BANNER_CSS } from './banner';

export type BannerHost = {
  /** The element in the page: only the contract's two attributes are visible to the page. */
  host: HTMLElement;
  /** Replace what the banner shows (inside the closed shadow root). */
  show(content: Element): void;
  /** A single-page app moved to another page kind. */
  setPage(attrs: { service: string; page: string }): void;
  remove(): void;
};

/**
 * A host element with a closed shadow root, placed before the page's body so that it is above
 * everything the page shows, takes its space before the page is painted (no layout shift) and never
 * sits over the page's form.
 * Its name is random, so page styles and scripts cannot target it by name.
 */
export function mountHost(attrs: { service: string; page: string }): BannerHost {
  const { host, root } = shadowHost('ircc-guide', PALETTE_CSS, BANNER_CSS);
  const setPage = (page: { service: string; page: string }) => {
    host.setAttribute('data-ircc-service', page.service);
    host.setAttribute('data-ircc-page', page.page);
  };
  setPage(attrs);
  let shown: Element | undefined;
  // A page that takes the banner out gets it back once; if it does so again, we let it be
  // rather than fight the page. Only the host's own parent is watched, not the whole page.
  let wanted = true;
  let comebacks = 1;
  let watcher: MutationObserver | undefined;
  const insert = () => {
    // Just before the body, not inside it: watching for our removal then means watching the root's
    // few children, never the body's, which a page may change thousands of times.
    const root = document.documentElement;
    root.insertBefore(host, document.body?.parentNode === root ? document.body : null);
    watcher?.disconnect();
    watcher = new MutationObserver(() => {
      if (!wanted || host.isConnected) return;
      watcher?.disconnect();
      if (comebacks-- > 0) insert();
    });
    watcher.observe(root, { childList: true });
  };
  insert();
  return {
    host,
    setPage,
    show(content) {
      // Only the content is swapped: the style stays put, so it is parsed once per page.
      if (shown) shown.replaceWith(content);
      else root.append(content);
      shown = content;
      if (wanted) return; // (if the page took it out, it stays out)
      wanted = true;
      insert(); // shown again after the person closed it
    },
    remove() {
      wanted = false;
      watcher?.disconnect();
      host.remove();
    },
  };
}
