import { h } from '../banner/dom';
import { PALETTE_CSS, themeClasses } from '../content/palette';
import { shadowHost } from '../content/shadow';
import type { ThemeChoice } from '../settings/constants';
import GUARDS_CSS from './guards.css?inline';

/**
 * Marks the person's own button: a ring drawn around it and a small label hanging from the ring's
 * lower corner at the end of the line, both in our own element (a closed shadow root placed right
 * after the button, out of the flow), so nothing of the page moves and nothing is written on the
 * page's own element. Neither takes a click: a click where the label is drawn reaches the page's
 * element beneath it (on the 2026 chooser, the other sign-in button starts 4 px below the person's).
 * The label carries no name and no bank (only the fact that this button is theirs, which is all the
 * page may learn), says that it comes from an unofficial guide, and has the same size for everyone;
 * it is read right after the button. Returns a function that takes it all away again.
 */
export function markOwn(
  target: HTMLElement,
  text: { mark: string; unofficial: string },
  lang: string,
  theme: ThemeChoice = 'system',
): () => void {
  const { host, root } = shadowHost('ircc-guide-mark', PALETTE_CSS, GUARDS_CSS);
  // A box over the button (the ring's and the label's frame), moved with it.
  const frame = h('span', { class: ['frame', ...themeClasses(theme)].join(' ') });
  frame.append(
    h('span', { class: 'ring', 'aria-hidden': 'true' }),
    h('span', { class: 'mark', lang }, `${text.mark} · ${text.unofficial}`),
  );
  root.append(frame);
  target.after(host);
  // The frame follows the button: where it is relative to our host, measured again when either moves.
  const place = () => {
    const at = host.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    frame.style.left = `${box.left - at.left}px`;
    frame.style.top = `${box.top - at.top}px`;
    frame.style.width = `${box.width}px`;
    frame.style.height = `${box.height}px`;
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
