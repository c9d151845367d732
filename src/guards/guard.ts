import type { ContentMessage } from '../settings/messages';
import { type Choice, confirmOtherWay, type DialogText } from './dialog';
import { markOwn } from './mark';

/** One way in: the page's element(s) for it (a sign-in button, a bank) and what it is called. */
export type Way<Id extends string> = { id: Id; name: string; elements: HTMLElement[] };

export type GuardSetup<Id extends string> = {
  ways: Way<Id>[];
  /** The person's own way, if they told us; without it nothing is stopped, nothing is marked. */
  own: Id | null;
  /** The mark's words: the same for everyone (no name, no bank), and that it is unofficial. */
  markLabel: { mark: string; unofficial: string };
  dialog: (own: Way<Id>, other: Way<Id>) => DialogText;
  /** What to tell the background when the person goes through a way. */
  record: (way: Id) => ContentMessage;
  send: (message: ContentMessage) => void;
  lang: string;
  /** False once the extension is disabled, updated or removed: from then on the page is left alone. */
  alive: () => boolean;
};

/** A click that asks for a new tab or window, which a guard must honour after asking. */
const wantsNewTab = (event: MouseEvent) => event.button === 1 || event.ctrlKey || event.metaKey || event.shiftKey;

/**
 * Goes where the person chose in our question. A link is followed to its address (in a new tab if
 * that is what they asked for). A page button is never pressed for them: the one they pressed
 * themselves is let through, and for their own way we only bring focus to its button.
 */
function follow(element: HTMLElement, newTab: boolean, pressedByPerson: boolean, letThrough: (e: HTMLElement) => void) {
  if (element instanceof HTMLAnchorElement && element.href) {
    if (newTab) window.open(element.href, '_blank', 'noopener');
    else location.assign(element.href);
  } else if (pressedByPerson) {
    letThrough(element);
  } else {
    element.scrollIntoView({ block: 'center' });
    element.focus();
  }
}

/**
 * Marks the person's own way and stops a click on any other way until they confirm it. Clicks are
 * caught before the page's own handlers (capture phase), for the mouse, the keyboard (Enter fires a
 * click) and the middle button. Returns a function that removes every mark and listener, leaving
 * the page's controls as they were.
 */
export function guardWays<Id extends string>(setup: GuardSetup<Id>): () => void {
  const own = setup.ways.find((way) => way.id === setup.own);
  const unmark = own ? own.elements.map((element) => markOwn(element, setup.markLabel, setup.lang)) : [];
  let asking = false;
  let passing: HTMLElement | undefined;

  const onClick = (event: MouseEvent) => {
    if (!setup.alive()) return tearDown();
    if (!(event.target instanceof Element) || (event.type === 'auxclick' && event.button !== 1)) return;
    const way = setup.ways.find((candidate) =>
      candidate.elements.some((element) => element.contains(event.target as Node)),
    );
    if (!way) return;
    const element = way.elements.find((candidate) => candidate.contains(event.target as Node))!;
    if (element === passing) return; // our own follow-through of a confirmed choice
    if (!own || way === own) {
      setup.send(setup.record(way.id));
      return; // their own way, or nothing to compare with: the page proceeds as usual
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (asking) return;
    asking = true;
    const newTab = wantsNewTab(event);
    void confirmOtherWay(setup.dialog(own, way), setup.lang, element).then((choice: Choice) => {
      asking = false;
      if (choice === 'cancel') return;
      const chosen = choice === 'own' ? own : way;
      const target = chosen === own ? own.elements[0]! : element;
      if (target instanceof HTMLAnchorElement || chosen !== own) setup.send(setup.record(chosen.id));
      follow(target, newTab, chosen === way, (pressed) => {
        passing = pressed;
        pressed.click(); // the very button the person pressed, now that they confirmed it
        passing = undefined;
      });
    });
  };

  function tearDown() {
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('auxclick', onClick, true);
    unmark.forEach((remove) => remove());
    unmark.length = 0;
  }
  document.addEventListener('click', onClick, true);
  document.addEventListener('auxclick', onClick, true);
  return tearDown;
}
