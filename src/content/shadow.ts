import { SHADOW_MODE } from '../ui/shadow';

/**
 * An element for the page with a closed shadow root holding `css`: everything the extension adds to
 * a page is one of these. Its tag name is `prefix` plus a random ending, so page styles and scripts
 * cannot target it by name. The host is not yet in the page: the caller places it.
 */
export function shadowHost(prefix: string, ...css: string[]): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(`${prefix}-${Math.random().toString(36).slice(2, 8)}`);
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const style = document.createElement('style');
  style.textContent = css.join('\n');
  root.append(style);
  return { host, root };
}
