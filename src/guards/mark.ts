import { h } from '../banner/dom';
import { PALETTE_CSS, themeClasses } from '../content/palette';
import { shadowHost } from '../content/shadow';
import type { ThemeChoice } from '../settings/constants';
import GUARDS_CSS from './guards.css?inline';

/**
 * Marks the person's own button: a ring drawn around it and a small label, both in our own element
 * (a closed shadow root placed right after the button, out of the flow), so nothing of the page
 * moves and nothing is written on the page's own element. The label carries no name and no bank
 * (only the fact that this button is theirs, which is all the page may learn), says that it comes
 * from an unofficial guide, and has the same size for everyone. Returns a function that takes it
 * all away again.
 */
export function markOwn(
  target: HTMLElement,
  text: { mark: string; unofficial: string },
  lang: string,
  theme: ThemeChoice = 'system',
): () => void {
  const { host, root } = shadowHost('ircc-guide-mark', PALETTE_CSS, GUARDS_CSS);
  const ring = h('span', { class: 'ring', 'aria-hidden': 'true' });
  const classes = themeClasses(theme);
  if (classes.length) ring.classList.add(...classes);
  root.append(ring, h('span', { class: ['mark', ...classes].join(' '), lang }, `${text.mark} · ${text.unofficial}`));
  target.after(host);
  // The ring follows the button: where it is relative to our host, measured again when either moves.
  const place = () => {
    const at = host.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    ring.style.left = `${box.left - at.left}px`;
    ring.style.top = `${box.top - at.top}px`;
    ring.style.width = `${box.width}px`;
    ring.style.height = `${box.height}px`;
  };
  place();
  const watcher = new ResizeObserver(place);
  watcher.observe(target);
  watcher.observe(document.documentElement);
  return () => {
    watcher.disconnect();
    host.remove();
  };
}
