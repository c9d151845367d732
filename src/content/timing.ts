/**
 * Calls `callback` once, in the browser's next rendering step: after the page's layout and before
 * its paint. Returns how to cancel it.
 *
 * An animation frame alone is not enough: Chrome can also paint a page in an update that is not a
 * frame (seen in traces while a page was still loading), and such updates run no animation-frame
 * callbacks. Resize observers are called in every update that goes on to paint, whatever asked for
 * it; a new observation is always reported once, so observing the root element is a way of asking
 * for "the next paint, just before it". Whichever comes first runs the callback; what it changes is
 * laid out again before that paint.
 *
 * Updates that stop short of painting (a screen reader or the mouse can ask for one) run neither,
 * yet the browser's layout-shift count compares them with the next: so the banner's first drawing
 * does not wait for this (see whenBodyStarts), only later ones, once its room is taken.
 */
export function beforeNextPaint(callback: () => void): () => void {
  let done = false;
  const cancel = () => {
    done = true;
    observer.disconnect();
    cancelAnimationFrame(frame);
  };
  const run = () => {
    if (done) return;
    cancel();
    callback();
  };
  const observer = new ResizeObserver(run);
  observer.observe(document.documentElement);
  const frame = requestAnimationFrame(run);
  return cancel;
}

/**
 * Calls `callback` once the page has loaded and the browser is idle: work that can wait (the guards'
 * marks) never holds up the page's load. A page whose images or scripts never finish loading still
 * gets it, at most half a second after its HTML is in, and an idle moment is waited for at most
 * half a second more.
 */
export function afterLoad(callback: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    removeEventListener('load', start);
    requestIdleCallback(() => callback(), { timeout: 500 });
  };
  if (document.readyState === 'complete') return start();
  addEventListener('load', start, { once: true });
  const soonAfterHtml = () => setTimeout(start, 500);
  if (document.readyState === 'interactive') soonAfterHtml();
  else document.addEventListener('DOMContentLoaded', soonAfterHtml, { once: true });
}

/**
 * Calls `callback` as soon as the page's `<body>` is in the document (at once if it already is).
 * Nothing of the body has been laid out by then: the observer is called when the parser's task
 * ends, before the browser can run any other (a frame, or a layout asked for by a screen reader
 * or the mouse). Returns how to cancel it.
 */
export function whenBodyStarts(callback: () => void): () => void {
  if (document.body) {
    callback();
    return () => {};
  }
  const observer = new MutationObserver(() => {
    if (!document.body) return;
    observer.disconnect();
    callback();
  });
  // Only the root's own children: the page's own changes further down are never looked at.
  observer.observe(document.documentElement, { childList: true });
  return () => observer.disconnect();
}
