import type { ContentContext } from '../content/lifetime';
import { fromPerson } from '../content/trust';
import type { ThemeChoice } from '../settings/constants';
import type { ContentMessage } from '../settings/messages';
import { type Choice, confirmOtherWay, type DialogText, type Question } from './dialog';
import { markOwn } from './mark';

/** One way in: the page's element(s) for it (a sign-in button, a bank) and what it is called. */
export type Way<Id extends string> = { id: Id; name: string; elements: HTMLElement[] };

export type GuardSetup<Id extends string> = {
  /** Finds the ways on the page as it is now (again when the page draws more of them). */
  find: () => Way<Id>[];
  /** The person's own way, if they told us; without it nothing is stopped, nothing is marked. */
  own: Id | null;
  /** The mark's words: the same for everyone (no name, no bank), and that it is unofficial. */
  markLabel: { mark: string; unofficial: string };
  dialog: (own: Way<Id>, other: Way<Id>) => DialogText;
  /** What to tell the background when the person goes through a way (nothing for a way not worth noting). */
  record: (way: Id) => ContentMessage | undefined;
  send: (message: ContentMessage) => void;
  lang: string;
  theme: ThemeChoice;
  /** The content script's lifetime: when it ends, the page is left as it was. */
  ctx: ContentContext;
};

/** How long, after the guards are set up, choices the page draws later still get their mark and question. */
export const WATCH_FOR_MS = 15_000;
/** At most this many looks at the page for such choices (each one a query of the watched container). */
const MAX_LOOKS = 30;

/** A click that asks for a new tab or window, which a guard must honour after asking. */
const wantsNewTab = (event: MouseEvent) => event.button === 1 || event.ctrlKey || event.metaKey || event.shiftKey;

/**
 * The address a link really goes to, or undefined for a link that is driven by the page's script
 * (`href="#"`, another place in this same page, `javascript:`) or is malformed: such a link is
 * followed by letting the page's own handler run, never by going to its address.
 */
function leavesPage(element: HTMLElement): string | undefined {
  if (!(element instanceof HTMLAnchorElement)) return undefined;
  try {
    const to = new URL(element.href);
    const here = new URL(location.href);
    if (to.protocol !== 'https:' && to.protocol !== 'http:') return undefined;
    to.hash = '';
    here.hash = '';
    return to.href === here.href ? undefined : element.href;
  } catch {
    return undefined;
  }
}

/**
 * Marks the person's own way and stops a click on any other way until they confirm it. Clicks are
 * caught before the page's own handlers (capture phase), for the mouse, the keyboard (Enter fires a
 * click) and the middle button. Choices the page draws after load are found by a bounded watch of
 * their container. The question never traps the person: the way they confirm is followed (its own
 * address, or their click handed on to the page's script), and if the page takes the question away
 * their next click goes through. Only the person's own clicks (src/content/trust.ts) are recorded.
 * Returns a function that removes every mark, listener and watch, leaving the page's controls as
 * they were.
 */
export function guardWays<Id extends string>(setup: GuardSetup<Id>): () => void {
  const controller = new AbortController();
  const signal = controller.signal;
  const stopOnEnd = setup.ctx.onInvalidated(() => tearDown());
  let ways: Way<Id>[] = [];
  let own: Way<Id> | undefined;
  const marks = new Map<HTMLElement, () => void>();
  let question: Question | undefined;
  /** Our own hand-on of a confirmed click: not stopped again. */
  let passing: HTMLElement | undefined;
  /** A confirmed way whose next click goes straight through (where handing on was not enough). */
  let confirmed: HTMLElement | undefined;
  const note = (id: Id) => {
    const message = setup.record(id);
    if (message) setup.send(message);
  };

  /** Finds the ways again and marks the person's own, where not yet marked. */
  const look = () => {
    ways = setup.find();
    own = ways.find((way) => way.id === setup.own);
    for (const element of own?.elements ?? []) {
      if (!marks.has(element)) marks.set(element, markOwn(element, setup.markLabel, setup.lang, setup.theme));
    }
  };
  look();

  const follow = (chosen: Way<Id>, element: HTMLElement, newTab: boolean) => {
    const address = leavesPage(element);
    if (chosen === own) {
      // Their own way: a link is followed to its address; a button is never pressed for them, only
      // brought to their hand.
      if (address) return newTab ? void window.open(address, '_blank', 'noopener') : location.assign(address);
      element.scrollIntoView({ block: 'center' });
      return element.focus();
    }
    if (address && newTab) return void window.open(address, '_blank', 'noopener');
    // The very element the person pressed, now that they confirmed it: their click is handed on, so
    // the page's own handler (a script-driven link, a button) or the link itself does what it does.
    // If the page's handler wanted the original event, their next click on it goes straight through.
    confirmed = element;
    passing = element;
    try {
      element.click();
    } finally {
      passing = undefined;
    }
  };

  const onClick = (event: Event) => {
    if (setup.ctx.isInvalid) return tearDown();
    const click = event as MouseEvent;
    if (!(click.target instanceof Node) || (click.type === 'auxclick' && click.button !== 1)) return;
    const target = click.target;
    const way = ways.find((candidate) => candidate.elements.some((element) => element.contains(target)));
    if (!way) return;
    const element = way.elements.find((candidate) => candidate.contains(target))!;
    if (element === passing) return; // our own hand-on of a confirmed choice
    const person = fromPerson(click);
    if (element === confirmed) {
      confirmed = undefined;
      if (person) note(way.id);
      return;
    }
    if (question && !question.isShown()) {
      // The page took our question away: this click goes through, and the guard stays out of its way.
      question.close();
      question = undefined;
      if (person) note(way.id);
      return;
    }
    if (!own || way === own) {
      if (person) note(way.id);
      return; // their own way, or nothing to compare with: the page proceeds as usual
    }
    click.preventDefault();
    click.stopImmediatePropagation();
    if (question) return;
    const newTab = wantsNewTab(click);
    const mine = own;
    const asked = confirmOtherWay(setup.dialog(mine, way), setup.lang, element, setup.theme);
    question = asked;
    void asked.answer.then((choice: Choice) => {
      if (question === asked) question = undefined;
      if (choice === 'cancel' || signal.aborted) return;
      const chosen = choice === 'own' ? mine : way;
      const target = chosen === mine ? mine.elements[0]! : element;
      // The answer is the person's own click in our question (untrusted clicks never answer it).
      if (leavesPage(target) || chosen !== mine) note(chosen.id);
      follow(chosen, target, newTab);
    });
  };

  // Choices the page draws after load (a bank list filled in by its script): watch the container
  // the ways are in, or the page's main part while there are none, for a bounded time and number
  // of looks, and only its child lists; every look is deferred and batched.
  let looks = 0;
  let pending = false;
  const container = () =>
    ways[0]?.elements[0]?.closest('ul, ol, main, [role="main"], form') ??
    document.querySelector('main, [role="main"]') ??
    document.body;
  const watcher = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    setup.ctx.setTimeout(() => {
      pending = false;
      if (signal.aborted) return;
      look();
      if (++looks >= MAX_LOOKS) watcher.disconnect();
    }, 50);
  });
  const watched = container();
  if (watched) watcher.observe(watched, { childList: true, subtree: true });
  setup.ctx.setTimeout(() => watcher.disconnect(), WATCH_FOR_MS);

  function tearDown() {
    if (signal.aborted) return;
    controller.abort();
    stopOnEnd();
    watcher.disconnect();
    question?.close();
    marks.forEach((remove) => remove());
    marks.clear();
  }
  document.addEventListener('click', onClick, { capture: true, signal });
  document.addEventListener('auxclick', onClick, { capture: true, signal });
  return tearDown;
}
