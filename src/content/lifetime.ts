import { browser } from './browser';

/**
 * How long a content script may act on its page: until its extension is disabled, updated or
 * removed. Shaped like WXT's `ContentScriptContext` (https://wxt.dev/api/reference/wxt/utils/content-script-context/),
 * without its start-up cost: one abort signal that every listener and timer takes, so ending the
 * lifetime takes all of them away at once.
 *
 * Browsers do not tell a running content script that its extension went away; its API goes dead
 * (`runtime.id` is gone). The lifetime looks every two seconds, and whenever something asks
 * `isInvalid`. It is only ever made on a page the extension knows (src/content/start.ts): on any
 * other page there is no lifetime, no timer and no listener at all.
 */
export type ContentContext = {
  /** Aborted when the lifetime ends: pass it to every listener and observer. */
  readonly signal: AbortSignal;
  /** True once the extension is gone (asking also looks). */
  readonly isInvalid: boolean;
  /** Runs `callback` when the lifetime ends (at once if it has). Returns how to unregister it. */
  onInvalidated(callback: () => void): () => void;
  /** `setTimeout` that never fires after the end. */
  setTimeout(handler: () => void, ms?: number): number;
  /** `setInterval` that stops at the end. */
  setInterval(handler: () => void, ms: number): number;
  /** `target.addEventListener` removed at the end. */
  addEventListener(
    target: EventTarget,
    type: string,
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  /** Ends the lifetime now (the extension's API failed, or a test is done). */
  abort(): void;
};

/** Kept for the modules that only need to know when to stop. */
export type Lifetime = Pick<ContentContext, 'isInvalid' | 'onInvalidated'>;

const extensionAlive = () => {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
};

/** How often a lifetime looks whether its extension is still there, in milliseconds. */
export const LOOK_EVERY_MS = 2000;

export function contentContext(alive: () => boolean = extensionAlive): ContentContext {
  const controller = new AbortController();
  const signal = controller.signal;
  /** A browser timer that stops at the end and never calls back after it. */
  const timer =
    (set: (handler: () => void, ms?: number) => unknown, clear: (id: never) => void) =>
    (handler: () => void, ms?: number) => {
      const id = set(() => ctx.isInvalid || handler(), ms) as never;
      ctx.onInvalidated(() => clear(id));
      return id as number;
    };
  const ctx: ContentContext = {
    signal,
    get isInvalid() {
      if (!signal.aborted && !alive()) controller.abort();
      return signal.aborted;
    },
    onInvalidated(callback) {
      // (An abort listener that throws does not stop the others: the event reports it and goes on.)
      if (signal.aborted) callback();
      else signal.addEventListener('abort', callback, { once: true });
      return () => signal.removeEventListener('abort', callback);
    },
    setTimeout: timer(setTimeout, clearTimeout),
    setInterval: timer(setInterval, clearInterval),
    addEventListener(target, type, listener, options) {
      if (!signal.aborted) target.addEventListener(type, listener, { ...options, signal });
    },
    abort: () => controller.abort(),
  };
  // Looking is what ends the lifetime (and with it every listener and timer) once the extension is gone.
  ctx.setInterval(() => {}, LOOK_EVERY_MS);
  return ctx;
}
