import { h } from '../banner/dom';
import { PALETTE_CSS, themeClasses } from '../content/palette';
import { shadowHost } from '../content/shadow';
import type { ThemeChoice } from '../settings/constants';
import GUARDS_CSS from './guards.css?inline';

/** The outline our mark adds to the page's own button; the page's own style is put back afterwards. */
const OUTLINE = '3px solid #5b3fa8';

/**
 * Marks the person's own button: an outline on the page's element (its only change to the page's
 * elements) and a small label right after it, in a closed shadow root. The label is positioned
 * out of the flow, where the button's line continues, so nothing of the page moves. Returns a
 * function that takes it all away again.
 */
export function markOwn(target: HTMLElement, label: string, lang: string, theme: ThemeChoice = 'system'): () => void {
  const before = { outline: target.style.outline, offset: target.style.outlineOffset };
  target.style.outline = OUTLINE;
  target.style.outlineOffset = '3px';
  const { host, root } = shadowHost('ircc-guide-mark', PALETTE_CSS, GUARDS_CSS);
  root.append(h('span', { class: ['mark', ...themeClasses(theme)].join(' '), lang }, label));
  target.after(host);
  return () => {
    target.style.outline = before.outline;
    target.style.outlineOffset = before.offset;
    host.remove();
  };
}
