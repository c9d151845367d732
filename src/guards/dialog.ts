import { h, unreadable } from '../banner/dom';
import { PALETTE_CSS, themeClasses } from '../content/palette';
import { shadowHost } from '../content/shadow';
import type { ThemeChoice } from '../settings/constants';
import GUARDS_CSS from './guards.css?inline';

export type Choice = 'own' | 'other' | 'cancel';
export type DialogText = {
  /** "Unofficial guide": part of the question's accessible name, so it cannot pass for the page's own. */
  unofficial: string;
  title: string;
  body: string;
  /** Whose sign-in it is, when several people share the browser: drawn apart, unreadable by the page. */
  who?: string;
  useOwn: string;
  continueOther: string;
  cancel: string;
};

/** The question while it is asked. */
export type Question = {
  /** What the person chose; 'cancel' too when the question is closed without an answer. */
  answer: Promise<Choice>;
  /** False once the question is gone: answered, closed, or taken out of the page by the page. */
  isShown(): boolean;
  /** Closes it as if cancelled (the guards were taken away). */
  close(): void;
};

/**
 * Asks before the click that would open a separate, empty account. A native modal <dialog> in a
 * closed shadow root: the page behind it is inert, focus moves to the safe choice and returns to
 * the page's own button afterwards, Escape cancels. Only the person's own clicks answer it.
 * Its words name no person and no bank the page does not already know (the person's name, if any,
 * is drawn as generated content in a fixed-height line), so its size says nothing about them.
 */
export function confirmOtherWay(
  text: DialogText,
  lang: string,
  returnFocusTo: HTMLElement,
  theme: ThemeChoice = 'system',
): Question {
  const { host, root } = shadowHost('ircc-guide-dialog', PALETTE_CSS, GUARDS_CSS);
  const button = (label: string, className: string, choice: Choice) => {
    const element = h('button', { type: 'button', class: className }, label);
    element.addEventListener('click', (event) => {
      if (event.isTrusted) finish(choice);
    });
    return element;
  };
  const own = button(text.useOwn, 'primary', 'own');
  own.autofocus = true;
  const dialog = h(
    'dialog',
    {
      role: 'alertdialog',
      'aria-labelledby': 'title',
      'aria-describedby': 'body',
      lang,
      class: themeClasses(theme).join(' ') || undefined,
    },
    h('h2', { id: 'title' }, h('span', { class: 'tag' }, text.unofficial), ' ', text.title),
    text.who !== undefined && unreadable(text.who),
    h('p', { id: 'body' }, text.body),
    h(
      'div',
      { class: 'actions' },
      own,
      button(text.continueOther, 'secondary', 'other'),
      button(text.cancel, 'quiet', 'cancel'),
    ),
  ) as HTMLDialogElement;
  root.append(dialog);
  document.documentElement.append(host);

  let finish: (choice: Choice) => void = () => {};
  let finished = false;
  const answer = new Promise<Choice>((resolve) => {
    finish = (choice) => {
      if (finished) return;
      finished = true;
      if (dialog.open) dialog.close();
      host.remove();
      if (choice !== 'own' && choice !== 'other') returnFocusTo.focus();
      resolve(choice);
    };
  });
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault(); // Escape: close through the same path, so focus goes back
    finish('cancel');
  });
  dialog.showModal();
  own.focus();
  return {
    answer,
    isShown: () => !finished && host.isConnected && dialog.open,
    close: () => finish('cancel'),
  };
}
