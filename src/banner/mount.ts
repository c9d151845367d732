import { BANNER_CSS } from './banner';

export type BannerHost = {
  /** The element in the page: only the contract's two attributes are visible to the page. */
  host: HTMLElement;
  /** Replace what the banner shows (inside the closed shadow root). */
  show(content: Node): void;
  remove(): void;
};

/**
 * A host element with a closed shadow root, placed before everything else in the page so that it
 * takes its space before the page is painted (no layout shift) and never sits over the page's form.
 * Its name is random, so page styles and scripts cannot target it by name.
 */
export function mountHost(attrs: { service: string; page: string }): BannerHost {
  const host = document.createElement(`ircc-guide-${Math.random().toString(36).slice(2, 8)}`);
  host.setAttribute('data-ircc-service', attrs.service);
  host.setAttribute('data-ircc-page', attrs.page);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = BANNER_CSS;
  root.append(style);
  const insert = () => {
    const parent = document.body ?? document.documentElement;
    parent.insertBefore(host, parent.firstChild);
  };
  insert();
  return {
    host,
    show(content) {
      root.replaceChildren(style, content);
      if (!host.isConnected) insert(); // shown again after the person closed it
    },
    remove() {
      host.remove();
    },
  };
}
