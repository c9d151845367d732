import { browser } from 'wxt/browser';

/**
 * How long a content script may act on its page: until its extension is disabled, updated or removed.
 * Browsers do not tell a running content script that; its API goes dead (`runtime.id` is gone), so
 * the script looks now and then, and on the first sign runs every clean-up it was given, once.
 */
export type Lifetime = { readonly isInvalid: boolean; onInvalidated(callback: () => void): void };

export type ContentLifetime = Lifetime & {
  /** Runs `callback` every `ms` while the extension is alive; stops at the end. */
  every(ms: number, callback: () => void): void;
};

const extensionAlive = () => {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
};

export function contentLifetime(alive: () => boolean = extensionAlive): ContentLifetime {
  const callbacks: (() => void)[] = [];
  let ended = false;
  const end = () => {
    ended = true;
    for (const callback of callbacks.splice(0)) {
      try {
        callback();
      } catch {
        // one failed clean-up must not stop the others
      }
    }
  };
  const lifetime: ContentLifetime = {
    get isInvalid() {
      if (!ended && !alive()) end();
      return ended;
    },
    onInvalidated(callback) {
      if (ended) callback();
      else callbacks.push(callback);
    },
    every(ms, callback) {
      const timer = setInterval(() => {
        if (!lifetime.isInvalid) callback();
      }, ms);
      lifetime.onInvalidated(() => clearInterval(timer));
    },
  };
  // The first look is two seconds in, well after the page has loaded: nothing at start-up.
  lifetime.every(2000, () => {});
  return lifetime;
}

type Navigation = EventTarget & { addEventListener(type: 'navigate', listener: (event: Event) => void): void };

/**
 * Calls `onChange` with the new address when a single-page app changes it without a reload. Chrome
 * announces such moves (the Navigation API); where it is missing (Firefox ESR), the address is
 * compared once a second.
 */
export function watchLocation(lifetime: ContentLifetime, onChange: (href: string) => void): void {
  let last = location.href;
  const check = (href: string) => {
    if (href === last) return;
    last = href;
    onChange(href);
  };
  const navigation = (globalThis as unknown as { navigation?: Navigation }).navigation;
  // (`'currentEntry' in` tells the real API from an element a page gave `id="navigation"`.)
  if (navigation && 'currentEntry' in navigation && typeof navigation.addEventListener === 'function') {
    const onNavigate = (event: Event) => {
      const url = (event as Event & { destination?: { url?: string } }).destination?.url;
      if (typeof url === 'string' && !lifetime.isInvalid) check(url);
    };
    navigation.addEventListener('navigate', onNavigate);
    lifetime.onInvalidated(() => navigation.removeEventListener('navigate', onNavigate));
  } else {
    lifetime.every(1000, () => check(location.href));
  }
}
