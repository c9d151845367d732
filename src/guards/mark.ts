import { SHADOW_MODE } from '../ui/shadow';
import { h } from '../banner/dom';
import GUARDS_CSS from './guards.css?inline';

/**
 * Marks the person's own button: a ring drawn around it and a small label, both in our own element
 * (a closed shadow root placed right after the button, out of the flow), so nothing of the page
 * moves and nothing is written on the page's own element. The label carries no name and no bank
 * (only the fact that this button is theirs, which is all the page may learn), says that it comes
 * from an unofficial guide, and has the same size for everyone. Returns a function that takes it
 * all away again.
 */
export function markOwn(target: HTMLElement, text: { mark: string; unofficial: string }, lang: string): () => void {
  const host = document.createElement(`ircc-guide-mark-${Math.random().toString(36).slice(2, 8)}`);
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const style = document.createElement('style');
  style.textContent = GUARDS_CSS;
  const ring = h('span', { class: 'ring', 'aria-hidden': 'true' });
  root.append(style, ring, h('span', { class: 'mark', lang }, `${text.mark} · ${text.unofficial}`));
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
