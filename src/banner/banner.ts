import type { Answer, BannerContent } from '../guidance/content';
import { h } from './dom';

/** Minified by the build and put in the closed shadow root as text. */
export { default as BANNER_CSS } from './banner.css?inline';

export type BannerActions = { onClose: () => void; onAnswer: (answer: Answer) => void };

function question(content: BannerContent, actions: BannerActions): HTMLElement | undefined {
  const asked = content.question;
  if (!asked) return undefined;
  const buttons = asked.answers.map(({ answer, label }) => {
    const button = h('button', { type: 'button', class: 'answer' }, label);
    button.addEventListener('click', () => actions.onAnswer(answer));
    return button;
  });
  return h(
    'div',
    { class: 'question', role: 'group', 'aria-label': asked.prompt },
    h('p', { class: 'prompt' }, asked.prompt),
    h('p', { class: 'answers' }, ...buttons),
    asked.note && h('p', { class: 'personal note', role: 'status' }, asked.note),
  );
}

function body(content: BannerContent, shown: boolean, actions: BannerActions): HTMLElement {
  const personal = content.personal;
  return h(
    'div',
    { class: 'body', 'aria-hidden': shown ? undefined : 'true' },
    h(
      'p',
      { class: 'title' },
      h('span', { class: 'tag' }, content.labels.unofficial),
      ' ',
      h('strong', {}, content.title),
    ),
    personal && h('p', { class: `personal ${personal.tone}` }, personal.lines.join(' ')),
    question(content, actions),
    h('p', {}, `${content.purpose} ${content.not}`),
    h(
      'p',
      {},
      h('strong', {}, content.labels.next),
      ` ${content.next}`,
      content.link && ' ',
      content.link &&
        h('a', { href: content.link.href, target: '_blank', rel: 'noopener noreferrer' }, content.link.text),
    ),
  );
}

/** The reserve's invisible bodies are built once per list and moved into each new rendering. */
const built = new WeakMap<BannerContent[], HTMLElement[]>();
function reserveBodies(reserve: BannerContent[], actions: BannerActions): HTMLElement[] {
  const bodies = built.get(reserve) ?? reserve.map((content) => body(content, false, actions));
  built.set(reserve, bodies);
  return bodies;
}

/**
 * The banner's markup, from content already in the right language. An `aside` with a name is a
 * landmark a screen reader lists; the close button is a real button with a name.
 *
 * `shown` is what the person should read, or undefined while their settings are still being read.
 * `reserve` holds the other things this page could say (for other sign-in methods, the longest bank
 * name…): they are laid out invisibly in the same grid cell, so the banner is as tall from the first
 * frame as it will ever be, and filling in the person's own line never moves the page (no layout shift).
 */
export function renderBanner(
  shown: BannerContent | undefined,
  reserve: BannerContent[],
  actions: BannerActions,
): HTMLElement {
  const labels = (shown ?? reserve[0]!).labels;
  const close = h(
    'button',
    { type: 'button', class: 'close', 'aria-label': labels.close, title: labels.close },
    h('span', { 'aria-hidden': 'true' }, '×'),
  );
  close.addEventListener('click', actions.onClose);
  return h(
    'aside',
    {
      class: `banner${shown?.personal?.tone === 'warning' ? ' warning' : ''}`,
      'aria-label': labels.region,
      lang: (shown ?? reserve[0]!).lang,
    },
    h('div', { class: 'stack' }, shown && body(shown, true, actions), ...reserveBodies(reserve, actions)),
    close,
  );
}
